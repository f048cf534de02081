// A light check of what a hook handed back, so garbage fails here with the hook's name rather than
// deep inside an emitter as an internal error. It checks the skeleton the pipeline relies on, not
// every field: the IR's JSON Schema (generator/ir/schema.json) is the full contract.
import type { ApiModel } from "../ir/types.js";

/** What is wrong with `value` as a model, or undefined when it will do. */
export function modelShapeProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `${describe(value)} instead of a model`;
  const model = value as Partial<Record<keyof ApiModel, unknown>>;
  if (!Array.isArray(model.operations)) return "a model without an `operations` array";
  if (!Array.isArray(model.schemas)) return "a model without a `schemas` array";
  if (typeof model.rootGroup !== "object" || model.rootGroup === null) return "a model without a `rootGroup`";
  for (const [i, operation] of model.operations.entries()) {
    const o = operation as Record<string, unknown>;
    if (typeof o?.operationId !== "string" || typeof o.name !== "string" || !Array.isArray(o.groupPath) || !o.groupPath.every((s) => typeof s === "string" && s !== "")) {
      return `operations[${i}] without a string operationId and name and a groupPath of non-empty strings`;
    }
  }
  for (const [i, schema] of model.schemas.entries()) {
    const s = schema as Record<string, unknown>;
    if (typeof s?.name !== "string" || typeof s.typeName !== "string" || typeof s.schema !== "object" || s.schema === null) {
      return `schemas[${i}] without a string name and typeName and a schema`;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value === "undefined" ? "undefined" : `a ${typeof value}`}`;
}
