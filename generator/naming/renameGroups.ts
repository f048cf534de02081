// `naming.groups`: { "clientGrants": "grants", "organizations.members": "people" } renames the last
// segment of a group path; its sub-groups and operations move with it. Keys are paths as the
// normalizer named them (before any override), so overrides do not depend on each other's order.
import type { DiagnosticSink } from "../diagnostics.js";
import type { Operation } from "../ir/types.js";
import { memberNameProblem } from "./memberNames.js";
import { escapePointer } from "./pointer.js";

export function renameGroups(operations: Operation[], overrides: Record<string, string>, sink: DiagnosticSink, origin: string): Operation[] {
  const at = (key: string) => `${origin}/naming/groups/${escapePointer(key)}`;
  const usable = new Map<string, string>();
  for (const [path, name] of Object.entries(overrides)) {
    const problem = memberNameProblem(name);
    if (problem) sink.report({ code: "GEN_NAMING_INVALID", severity: "error", message: `Group "${path}" cannot be renamed: ${problem}.`, location: at(path), hint: "Choose another name." });
    else usable.set(path, name);
  }

  // Every group path in use (namespaces included), old → new.
  const renamedPaths = new Map<string, string>();
  for (const { groupPath } of operations) {
    for (let i = 1; i <= groupPath.length; i++) {
      const prefix = groupPath.slice(0, i);
      renamedPaths.set(prefix.join("."), prefix.map((segment, j) => usable.get(prefix.slice(0, j + 1).join(".")) ?? segment).join("."));
    }
  }
  // Two groups renamed onto one path would merge silently; say so instead.
  const byNewPath = new Map<string, string>();
  for (const [from, to] of renamedPaths) {
    const other = byNewPath.get(to);
    if (other === undefined) byNewPath.set(to, from);
    else if (usable.has(from) || usable.has(other)) {
      sink.report({
        code: "GEN_NAMING_CONFLICT",
        severity: "error",
        message: `Groups "${other}" and "${from}" would both become client.${to}.`,
        location: at(usable.has(from) ? from : other),
        hint: "Choose a name no sibling group has.",
      });
    }
  }
  for (const key of usable.keys()) {
    if (!renamedPaths.has(key)) {
      sink.report({ code: "GEN_NAMING_UNMATCHED", severity: "warning", message: `No group "${key}" to rename (after filters).`, location: at(key), hint: "Keys are dotted group paths as the client has them before renaming (`organizations.members`)." });
    }
  }
  return operations.map((operation) => {
    const key = operation.groupPath.join(".");
    const to = renamedPaths.get(key)!;
    return to === key ? operation : { ...operation, groupPath: to.split(".") };
  });
}
