// Whether an operation matches a filter's selector: by group pattern, tag, operationId, lifecycle.
import type { FilterConfig, OperationSelector } from "../config/types.js";
import type { Lifecycle, Operation } from "../ir/types.js";
import { groupPatternMatches } from "./groupPattern.js";

/** The stage a filter sees: the declared one, else deprecated if flagged, else GA (no mark means released). */
export function effectiveLifecycle(operation: Operation): Lifecycle {
  return operation.lifecycle ?? (operation.deprecated ? "deprecated" : "GA");
}

/**
 * `include` keeps an operation that matches one of its groups, tags or operations (when any are
 * listed: those say *which* operations) and whose lifecycle is listed (when lifecycles are given:
 * that says *how mature* they must be). `exclude` drops whatever matches any entry. Exclude wins.
 */
export function keepsOperation(filters: FilterConfig, operation: Operation): boolean {
  const { include, exclude } = filters;
  if (include) {
    const picks = [include.groups, include.tags, include.operations].some((list) => (list?.length ?? 0) > 0);
    if (picks && !picksOperation(include, operation)) return false;
    if ((include.lifecycles?.length ?? 0) > 0 && !include.lifecycles!.includes(effectiveLifecycle(operation))) return false;
  }
  if (exclude && (picksOperation(exclude, operation) || (exclude.lifecycles ?? []).includes(effectiveLifecycle(operation)))) return false;
  return true;
}

/** Matches one of the selector's groups, tags or operationIds. */
function picksOperation(selector: OperationSelector, operation: Operation): boolean {
  return (
    (selector.groups ?? []).some((pattern) => groupPatternMatches(pattern, operation.groupPath)) ||
    (selector.tags ?? []).some((tag) => operation.tags.includes(tag)) ||
    (selector.operations ?? []).includes(operation.operationId)
  );
}

/** Every entry of a selector, with what it matches, for reporting entries that match nothing. */
export function selectorEntries(selector: OperationSelector): Array<{ list: keyof OperationSelector; index: number; matches: (o: Operation) => boolean }> {
  const entries: Array<{ list: keyof OperationSelector; index: number; matches: (o: Operation) => boolean }> = [];
  (selector.groups ?? []).forEach((pattern, index) => entries.push({ list: "groups", index, matches: (o) => groupPatternMatches(pattern, o.groupPath) }));
  (selector.tags ?? []).forEach((tag, index) => entries.push({ list: "tags", index, matches: (o) => o.tags.includes(tag) }));
  (selector.operations ?? []).forEach((id, index) => entries.push({ list: "operations", index, matches: (o) => o.operationId === id }));
  (selector.lifecycles ?? []).forEach((stage, index) => entries.push({ list: "lifecycles", index, matches: (o) => effectiveLifecycle(o) === stage }));
  return entries;
}
