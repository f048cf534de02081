// `naming.methods`: { "get_users": "listAll" } sets the method name of an operation, by operationId.
import type { DiagnosticSink } from "../diagnostics.js";
import type { Operation } from "../ir/types.js";
import { memberNameProblem } from "./memberNames.js";
import { escapePointer } from "./pointer.js";

export function renameMethods(operations: Operation[], overrides: Record<string, string>, sink: DiagnosticSink, origin: string): Operation[] {
  const at = (id: string) => `${origin}/naming/methods/${escapePointer(id)}`;
  const ids = new Set(operations.map((o) => o.operationId));
  for (const [id, name] of Object.entries(overrides)) {
    const problem = memberNameProblem(name);
    if (problem) sink.report({ code: "GEN_NAMING_INVALID", severity: "error", message: `Operation "${id}" cannot be named ${name}: ${problem}.`, location: at(id), hint: "Choose another name." });
    else if (!ids.has(id)) sink.report({ code: "GEN_NAMING_UNMATCHED", severity: "warning", message: `No operation "${id}" to rename (after filters).`, location: at(id), hint: "Keys are operationIds as the spec writes them." });
  }
  const renamed = operations.map((operation) => {
    const name = overrides[operation.operationId];
    return name === undefined || memberNameProblem(name) || name === operation.name ? operation : { ...operation, name };
  });
  reportDuplicates(renamed, overrides, sink, at, `${origin}/naming`);
  return renamed;
}

/** `client.<group>.<name>` must stay one operation, and must not also be a sub-group. */
function reportDuplicates(operations: Operation[], overrides: Record<string, string>, sink: DiagnosticSink, at: (id: string) => string, origin: string): void {
  const byMember = new Map<string, Operation>();
  const groups = new Set(operations.flatMap((o) => o.groupPath.map((_, i) => o.groupPath.slice(0, i + 1).join("."))));
  for (const operation of operations) {
    const member = [...operation.groupPath, operation.name].join(".");
    const blame = overrides[operation.operationId] !== undefined ? operation.operationId : undefined;
    const other = byMember.get(member);
    if (other) {
      const culprit = blame ?? (overrides[other.operationId] !== undefined ? other.operationId : undefined);
      sink.report({ code: "GEN_NAMING_CONFLICT", severity: "error", message: `Operations "${other.operationId}" and "${operation.operationId}" would both be client.${member}().`, location: culprit ? at(culprit) : origin, hint: "Choose a name no other method of the group has." });
    }
    byMember.set(member, operation);
    if (groups.has(member)) {
      sink.report({ code: "GEN_NAMING_CONFLICT", severity: "error", message: `client.${member} would be both a method ("${operation.operationId}") and a group.`, location: blame ? at(blame) : origin, hint: "Choose a name no sub-group of the group has." });
    }
  }
}
