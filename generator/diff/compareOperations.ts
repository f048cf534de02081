// Compares the client's methods: which were added, removed or moved, and how each call's
// signature changed — positional path parameters, the request-parameters object, the body and
// the result.
//
// Operations are matched by operationId, then (for an operationId renamed in the spec) by HTTP
// method and path. The SDK address (`client.users.list`) is what changes for the user when an
// operation is regrouped or renamed, so it is compared, not used to match.
import type { Parameter, Schema } from "../ir/types.js";
import type { Direction, Finding } from "./changes.js";
import { compareSchemas, effectiveLifecycle, type ComponentPair, type SchemaFinding } from "./compareSchemas.js";
import { describeSchema } from "./describeSchema.js";
import type { SurfaceOperation } from "./surface.js";

export function compareOperations(oldOps: SurfaceOperation[], newOps: SurfaceOperation[], components: ComponentPair): Finding[] {
  const findings: Finding[] = [];
  const { pairs, added, removed } = matchOperations(oldOps, newOps);
  for (const op of added) {
    findings.push({ kind: "operation-added", location: address(op), direction: "request", detail: signature(op), operationId: op.operationId });
  }
  for (const op of removed) {
    findings.push({ kind: "operation-removed", location: address(op), direction: "request", detail: signature(op), operationId: op.operationId });
  }
  for (const [before, after] of pairs) {
    // Unchanged text, no finding (see compare.ts); most operations are unchanged between two runs.
    if (JSON.stringify(before) !== JSON.stringify(after)) findings.push(...compareOperation(before, after, components));
  }
  return findings;
}

/** `users.list`: where the method sits on the client. */
export function address(op: SurfaceOperation): string {
  return [...op.groupPath, op.name].join(".");
}

function signature(op: SurfaceOperation): string {
  const lifecycle = op.lifecycle && op.lifecycle !== "GA" ? ` (${op.lifecycle})` : "";
  return `${op.method} ${op.path}${lifecycle}`;
}

function matchOperations(oldOps: SurfaceOperation[], newOps: SurfaceOperation[]) {
  const pairs: Array<[SurfaceOperation, SurfaceOperation]> = [];
  const unmatchedNew = new Map(newOps.map((op) => [op.operationId, op]));
  const unmatchedOld: SurfaceOperation[] = [];
  for (const op of oldOps) {
    const counterpart = unmatchedNew.get(op.operationId);
    if (counterpart) {
      pairs.push([op, counterpart]);
      unmatchedNew.delete(op.operationId);
    } else unmatchedOld.push(op);
  }
  const byRoute = new Map([...unmatchedNew.values()].map((op) => [`${op.method} ${op.path}`, op]));
  const removed: SurfaceOperation[] = [];
  for (const op of unmatchedOld) {
    const counterpart = byRoute.get(`${op.method} ${op.path}`);
    if (counterpart) {
      pairs.push([op, counterpart]);
      byRoute.delete(`${op.method} ${op.path}`);
      unmatchedNew.delete(counterpart.operationId);
    } else removed.push(op);
  }
  return { pairs, added: [...unmatchedNew.values()], removed };
}

function compareOperation(before: SurfaceOperation, after: SurfaceOperation, components: ComponentPair): Finding[] {
  const findings: Finding[] = [];
  const at = address(after);
  const push = (direction: Direction, finding: SchemaFinding) => findings.push({ ...finding, direction, operationId: after.operationId });
  const compare = (a: Schema, b: Schema, location: string, direction: "request" | "response") =>
    compareSchemas(a, b, location, components, (f) => push(direction, f));

  if (address(before) !== at) push("request", { kind: "operation-moved", location: at, detail: `client.${address(before)} → client.${at}` });
  const [from, to] = [effectiveLifecycle(before), effectiveLifecycle(after)];
  if (from !== to) push("request", { kind: "lifecycle-changed", location: at, detail: `${from} → ${to}`, from, to });

  comparePathParameters(before.pathParameters, after.pathParameters, at, push, compare);
  compareRequestParameters(before, after, at, push, compare);

  const [oldBody, newBody] = [before.requestBody, after.requestBody];
  if (!oldBody && newBody) push("request", { kind: "request-body-added", location: `${at} › body`, detail: describeSchema(newBody.schema), required: newBody.argumentRequired });
  if (oldBody && !newBody) push("request", { kind: "request-body-removed", location: `${at} › body`, detail: describeSchema(oldBody.schema) });
  if (oldBody && newBody) {
    if (!oldBody.argumentRequired && newBody.argumentRequired) push("request", { kind: "request-body-required", location: `${at} › body`, detail: "optional → required" });
    if (oldBody.argumentRequired && !newBody.argumentRequired) push("request", { kind: "request-body-optional", location: `${at} › body`, detail: "required → optional" });
    compare(oldBody.schema, newBody.schema, `${at} › body`, "request");
  }

  const [oldResult, newResult] = [before.result, after.result];
  if (oldResult.kind !== newResult.kind) {
    push("response", { kind: "result-changed", location: `${at} › result`, detail: `${oldResult.kind} → ${newResult.kind}`, from: oldResult.kind, to: newResult.kind });
  } else if ("schema" in oldResult && "schema" in newResult) {
    compare(oldResult.schema, newResult.schema, `${at} › result`, "response");
    const [wasEmpty, isEmpty] = ["mayBeEmpty" in oldResult && !!oldResult.mayBeEmpty, "mayBeEmpty" in newResult && !!newResult.mayBeEmpty];
    if (!wasEmpty && isEmpty) push("response", { kind: "type-widened", location: `${at} › result`, detail: "may now resolve to undefined (an empty response)" });
    if (wasEmpty && !isEmpty) push("response", { kind: "type-narrowed", location: `${at} › result`, detail: "no longer resolves to undefined" });
  }

  const [oldPaging, newPaging] = [pagingShape(before), pagingShape(after)];
  if (oldPaging !== newPaging) push("response", { kind: "pagination-changed", location: at, detail: `${oldPaging} → ${newPaging}` });
  return findings;
}

type Push = (direction: Direction, finding: SchemaFinding) => void;
type Compare = (a: Schema, b: Schema, location: string, direction: "request" | "response") => void;

/** Path parameters are positional arguments: their number and order matter, their names do not. */
function comparePathParameters(before: Parameter[], after: Parameter[], at: string, push: Push, compare: Compare): void {
  const [oldNames, newNames] = [before.map((p) => p.codeName).join(", "), after.map((p) => p.codeName).join(", ")];
  if (before.length !== after.length) {
    push("request", { kind: "positional-parameters-changed", location: at, detail: `(${oldNames}) → (${newNames})` });
    return;
  }
  // The same names in another order pass each argument to the wrong slot.
  const reordered = before.some((p, i) => p.codeName !== after[i].codeName && after.some((q) => q.codeName === p.codeName));
  if (reordered) {
    push("request", { kind: "positional-parameters-changed", location: at, detail: `(${oldNames}) → (${newNames})` });
    return;
  }
  before.forEach((p, i) => {
    const q = after[i];
    if (p.codeName !== q.codeName) push("request", { kind: "positional-parameter-renamed", location: `${at} › ${q.codeName}`, detail: `${p.codeName} → ${q.codeName}` });
    compare(p.schema, q.schema, `${at} › ${q.codeName}`, "request");
  });
}

/** The request-parameters object (query, header, cookie): members are matched by location and wire name. */
function compareRequestParameters(before: SurfaceOperation, after: SurfaceOperation, at: string, push: Push, compare: Compare): void {
  const [oldBag, newBag] = [before.requestParameters, after.requestParameters];
  if (oldBag && newBag && oldBag.typeName !== newBag.typeName) {
    push("request", { kind: "request-parameters-type-renamed", location: `${at} › params`, detail: `${oldBag.typeName} → ${newBag.typeName}` });
  }
  const key = (p: Parameter) => `${p.in}:${p.wireName}`;
  const oldParams = new Map((oldBag?.parameters ?? []).map((p) => [key(p), p]));
  const newParams = new Map((newBag?.parameters ?? []).map((p) => [key(p), p]));
  const removed = [...oldParams].filter(([k]) => !newParams.has(k)).map(([, p]) => p);
  const added = [...newParams].filter(([k]) => !oldParams.has(k)).map(([, p]) => p);
  const where = (p: Parameter) => `${at} › params.${p.codeName}`;

  // One parameter gone and one of the same type and location come: a rename.
  if (removed.length === 1 && added.length === 1 && removed[0].in === added[0].in && JSON.stringify(removed[0].schema) === JSON.stringify(added[0].schema)) {
    push("request", { kind: "parameter-renamed", location: where(added[0]), detail: `${removed[0].codeName} → ${added[0].codeName}`, required: added[0].required });
  } else {
    for (const p of removed) push("request", { kind: "parameter-removed", location: where(p), detail: `${p.in} ${describeSchema(p.schema)}` });
    for (const p of added) push("request", { kind: "parameter-added", location: where(p), detail: `${p.in} ${describeSchema(p.schema)}`, required: p.required });
  }
  for (const [k, p] of oldParams) {
    const q = newParams.get(k);
    if (!q) continue;
    if (!p.required && q.required) push("request", { kind: "parameter-required", location: where(q), detail: "optional → required" });
    if (p.required && !q.required) push("request", { kind: "parameter-optional", location: where(q), detail: "required → optional" });
    const [from, to] = [effectiveLifecycle(p), effectiveLifecycle(q)];
    if (from !== to) push("request", { kind: "lifecycle-changed", location: where(q), detail: `${from} → ${to}`, from, to });
    compare(p.schema, q.schema, where(q), "request");
  }
}

/** How a list method pages, as one comparable phrase. */
function pagingShape(op: SurfaceOperation): string {
  const paging = op.pagination;
  if (!paging) return "not paged";
  return paging.itemsKey ? `${paging.style} paging over "${paging.itemsKey}"` : `${paging.style} paging`;
}
