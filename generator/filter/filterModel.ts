// Filters of a flavour, applied to the IR: operations the filters drop are removed, groups left
// without operations are pruned, and only the component schemas the kept operations use (directly
// or through other schemas) remain. A filtered flavour is "these operations and what they need":
// schemas the spec defines but no operation uses (508 of Auth0's 2,698) are left out as well.
// Pure: the input model is not touched.
import type { FilterConfig } from "../config/types.js";
import { DiagnosticSink } from "../diagnostics.js";
import type { ApiModel } from "../ir/types.js";
import { buildGroupTree } from "../normalize/groups.js";
import { reachableSchemaNames } from "./reachableSchemas.js";
import { keepsOperation, selectorEntries } from "./selectors.js";

export function filterModel(model: ApiModel, filters: FilterConfig): ApiModel {
  const operations = model.operations.filter((operation) => keepsOperation(filters, operation));
  const reachable = reachableSchemaNames(operations, model.schemas);
  return {
    ...model,
    // The group tree is rebuilt from what is left, the same way the normalizer built it: a group
    // with no operations of its own becomes a namespace (synthesized), an empty one disappears.
    rootGroup: buildGroupTree(operations, new DiagnosticSink()),
    operations,
    schemas: model.schemas.filter((schema) => reachable.has(schema.name)),
  };
}

/**
 * Problems with filters that are not errors in the config's form: an entry that matches no
 * operation of the spec (a typo, or an operation the spec dropped) is a warning; filters that keep
 * nothing are an error.
 */
export function checkFilters(model: ApiModel, filters: FilterConfig, sink: DiagnosticSink, origin: string): void {
  for (const side of ["include", "exclude"] as const) {
    const selector = filters[side];
    if (!selector) continue;
    for (const entry of selectorEntries(selector)) {
      if (model.operations.some(entry.matches)) continue;
      const value = selector[entry.list]![entry.index];
      sink.report({
        code: "GEN_FILTER_UNMATCHED",
        severity: "warning",
        message: `The ${side} filter entry ${JSON.stringify(value)} (${entry.list}) matches no operation of the spec.`,
        location: `${origin}/filters/${side}/${entry.list}/${entry.index}`,
        hint: entry.list === "groups" ? "Group patterns are dotted group paths as in the client (`users`, `users.roles`, `users.*`)." : "Check the spelling against the spec.",
      });
    }
  }
  if (!model.operations.some((operation) => keepsOperation(filters, operation))) {
    sink.report({
      code: "GEN_FILTER_EMPTY",
      severity: "error",
      message: `The filters keep none of the spec's ${model.operations.length} operations.`,
      location: `${origin}/filters`,
      hint: "Loosen `include` or `exclude`.",
    });
  }
}
