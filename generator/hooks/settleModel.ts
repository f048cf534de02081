// After a hook, the parts of the IR that repeat other parts are derived again, so a hook edits one
// place and the rest follows: refs carry their target's typeName (re-read from `schemas`), and the
// group tree is rebuilt from the operations' groupPath and name (operations re-sorted). What cannot
// be derived — a ref to a schema that is gone, two methods at one place — is the hook's error.
import { DiagnosticSink } from "../diagnostics.js";
import { compareStrings } from "../ir/order.js";
import type { ApiModel, Operation } from "../ir/types.js";
import { buildGroupTree } from "../normalize/groups.js";
import { rewriteIr } from "../naming/rewriteIr.js";

export function settleModel(model: ApiModel): { model: ApiModel; problems: string[] } {
  const problems: string[] = [];
  const typeNames = new Map(model.schemas.map((s) => [s.name, s.typeName]));
  const dangling = new Set<string>();
  const follow = <T>(value: T): T =>
    rewriteIr(value, (node) => {
      if (node.kind !== "ref" || typeof node.name !== "string") return undefined;
      const typeName = typeNames.get(node.name);
      if (typeName === undefined) dangling.add(node.name);
      return typeName === undefined || typeName === node.typeName ? undefined : { ...node, typeName };
    });
  const schemas = model.schemas.map(follow);
  const operations = model.operations.map(follow).sort(compareOperations);
  for (const name of [...dangling].sort()) problems.push(`a ref to the schema "${name}", which is not in \`schemas\``);

  const seen = new Map<string, string>();
  for (const operation of operations) {
    const member = [...operation.groupPath, operation.name].join(".");
    const other = seen.get(member);
    if (other !== undefined) problems.push(`operations "${other}" and "${operation.operationId}" both at client.${member}()`);
    seen.set(member, operation.operationId);
  }
  const sink = new DiagnosticSink();
  const rootGroup = buildGroupTree(operations, sink);
  for (const d of sink.items) if (d.severity === "error") problems.push(d.message.replace(/\.$/, ""));
  return { model: { ...model, schemas, operations, rootGroup }, problems };
}

function compareOperations(a: Operation, b: Operation): number {
  return compareStrings([...a.groupPath, a.name].join("\u0000"), [...b.groupPath, b.name].join("\u0000"));
}
