// The group tree: one node per distinct group path, with the namespaces in between synthesized
// (`guardian` exists only to hold `guardian.factors`), and name clashes reported.
import { compareStrings } from "../ir/order.js";
import { pascalCase, uniqueName } from "../ir/names.js";
import type { Group, Operation } from "../ir/types.js";
import type { DiagnosticSink } from "../diagnostics.js";

export function buildGroupTree(operations: Operation[], sink: DiagnosticSink): Group {
  // Pascal names become file and class names: unique, case-insensitively, across the tree.
  const takenPascalNames = new Set<string>();
  const newGroup = (path: string[]): Group => ({
    path,
    name: path[path.length - 1] ?? "",
    pascalName: uniqueName(path.map(pascalCase).join("") || "Root", takenPascalNames),
    synthesized: true,
    operationIds: [],
    children: [],
  });
  const root = newGroup([]);
  const byKey = new Map<string, Group>([["", root]]);
  const groupFor = (path: string[]): Group => {
    const key = path.join(".");
    let group = byKey.get(key);
    if (!group) {
      group = newGroup(path);
      byKey.set(key, group);
      groupFor(path.slice(0, -1)).children.push(group);
    }
    return group;
  };
  for (const operation of operations) {
    const group = groupFor(operation.groupPath);
    group.synthesized = false;
    group.operationIds.push(operation.operationId);
  }
  const byId = new Map(operations.map((o) => [o.operationId, o]));
  for (const group of byKey.values()) {
    group.children.sort((a, b) => compareStrings(a.name, b.name));
    group.operationIds.sort((a, b) => compareStrings(byId.get(a)!.name, byId.get(b)!.name));
    reportClashes(group, byId, sink);
  }
  return root;
}

/** `client.x.foo()` and `client.x.foo.bar()` cannot both exist: the member `foo` would be two things. */
function reportClashes(group: Group, byId: Map<string, Operation>, sink: DiagnosticSink): void {
  const children = new Set(group.children.map((c) => c.name));
  for (const id of group.operationIds) {
    const operation = byId.get(id)!;
    if (children.has(operation.name)) {
      sink.error(
        "GEN_METHOD_GROUP_CLASH",
        `Method "${operation.name}" of group "${group.path.join(".") || "(root)"}" has the same name as a sub-group.`,
        operation.pointer,
        "Rename the method (x-operation-name) or the sub-group (x-operation-group).",
      );
    }
  }
}
