// Parameters: merged from the path item and the operation, split by location, named for code.
import { toBindingName, uniqueName } from "../ir/names.js";
import type { Parameter } from "../ir/types.js";
import { isObject, type Json, type JsonObject } from "../openapi/document.js";
import { deref, type NormalizeContext } from "./context.js";
import { readLifecycle } from "./lifecycle.js";
import { normalizeSchema } from "./schemas.js";

export interface SplitParameters {
  path: Parameter[];
  query: Parameter[];
  header: Parameter[];
  cookie: Parameter[];
}

/** Binding names generated methods use for their own arguments, so a path parameter cannot take them. */
const METHOD_ARGUMENT_NAMES = ["body", "params", "options"];

export function normalizeParameters(
  ctx: NormalizeContext,
  path: string,
  shared: Json | undefined,
  own: Json | undefined,
  at: { pathItem: string; operation: string },
): SplitParameters {
  // Operation-level parameters override path-level ones with the same name and location (OpenAPI §4.8.9).
  const merged = new Map<string, { raw: JsonObject; at: string }>();
  const add = (list: Json | undefined, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, index) => {
      const resolved = deref(ctx, item);
      if (!resolved || typeof resolved.node.name !== "string" || typeof resolved.node.in !== "string") return;
      merged.set(`${resolved.node.in}:${resolved.node.name}`, { raw: resolved.node, at: `${base}/parameters/${index}` });
    });
  };
  add(shared, at.pathItem);
  add(own, at.operation);

  const split: SplitParameters = { path: [], query: [], header: [], cookie: [] };
  const takenBindings = new Set(METHOD_ARGUMENT_NAMES);
  for (const { raw, at: paramAt } of merged.values()) {
    const location = raw.in as Parameter["in"];
    const wireName = raw.name as string;
    const parameter: Parameter = {
      wireName,
      codeName: location === "path" ? uniqueName(toBindingName(wireName), takenBindings) : wireName,
      in: location,
      required: location === "path" || raw.required === true,
      deprecated: raw.deprecated === true,
      schema: normalizeSchema(ctx, parameterSchema(raw), `${paramAt}/schema`),
      // OpenAPI §4.8.12.4: style defaults to form for query/cookie (explode true), simple for path/header (explode false).
      explode: typeof raw.explode === "boolean" ? raw.explode : (raw.style ?? defaultStyle(location)) === "form",
      sdkIgnored: raw["x-sdk-ignore"] === true,
    };
    if (typeof raw.description === "string") parameter.description = raw.description;
    const lifecycle = readLifecycle(raw);
    if (lifecycle) parameter.lifecycle = lifecycle;
    if (typeof raw.style === "string") parameter.style = raw.style;
    split[location].push(parameter);
  }
  // Positional arguments follow the path template, whatever order the spec declares them in.
  const slots = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  split.path = split.path.filter((p) => slots.includes(p.wireName)).sort((a, b) => slots.indexOf(a.wireName) - slots.indexOf(b.wireName));
  return split;
}

function defaultStyle(location: Parameter["in"]): string {
  return location === "query" || location === "cookie" ? "form" : "simple";
}

/** A parameter's schema, or the schema of its single `content` entry. */
function parameterSchema(raw: JsonObject): Json | undefined {
  if (raw.schema !== undefined) return raw.schema;
  if (isObject(raw.content)) {
    const first = Object.values(raw.content)[0];
    if (isObject(first)) return first.schema;
  }
  return undefined;
}
