// Which component schemas a caller writes (request side) and which it reads (response side).
// A change inside a component is judged by the way its values travel: a removed property breaks
// code that reads it, but only an excess-property error for code that sends it.
import type { Schema } from "../ir/types.js";
import type { Direction } from "./changes.js";
import type { Surface } from "./surface.js";

export interface ComponentUsage {
  request: Set<string>;
  response: Set<string>;
}

export function componentUsage(surface: Surface): ComponentUsage {
  const components = new Map(surface.schemas.map((s) => [s.name, s.schema]));
  const requestRoots: Schema[] = [];
  const responseRoots: Schema[] = [];
  for (const op of surface.operations) {
    for (const p of op.pathParameters) requestRoots.push(p.schema);
    for (const p of op.requestParameters?.parameters ?? []) requestRoots.push(p.schema);
    if (op.requestBody) requestRoots.push(op.requestBody.schema, ...op.requestBody.contents.map((c) => c.schema));
    if ("schema" in op.result) responseRoots.push(op.result.schema);
    if (op.pagination?.itemSchema) responseRoots.push(op.pagination.itemSchema);
  }
  return { request: reachableComponents(requestRoots, components), response: reachableComponents(responseRoots, components) };
}

/** Directions from both versions together: a component counts as read if either version reads it. */
export function directionOf(name: string, usages: ComponentUsage[]): Direction {
  const request = usages.some((u) => u.request.has(name));
  const response = usages.some((u) => u.response.has(name));
  if (request && response) return "both";
  if (request) return "request";
  if (response) return "response";
  return "unused";
}

function reachableComponents(roots: Schema[], components: Map<string, Schema>): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const schema = pending.pop()!;
    if (schema.kind === "ref") {
      if (seen.has(schema.name)) continue;
      seen.add(schema.name);
      const target = components.get(schema.name);
      if (target) pending.push(target);
      continue;
    }
    pending.push(...childSchemas(schema));
  }
  return seen;
}

/** The schema nodes directly inside a node (not following refs). */
export function childSchemas(schema: Schema): Schema[] {
  switch (schema.kind) {
    case "array":
      return [schema.items, ...(schema.prefixItems ?? []), ...(schema.contains ? [schema.contains] : [])];
    case "object":
      return [
        ...schema.properties.map((p) => p.schema),
        ...(typeof schema.additionalProperties === "object" ? [schema.additionalProperties] : []),
        ...(schema.patternProperties ?? []).map((p) => p.schema),
      ];
    case "union":
      return schema.variants;
    case "intersection":
      return schema.members;
    default:
      return [];
  }
}
