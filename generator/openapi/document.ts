// The OpenAPI document as loaded: plain JSON values. Types here are deliberately loose (the input
// is untrusted); the validator checks shapes and the normalizer reads fields defensively.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** An OpenAPI 3.1 document after loading, bundling and upgrading. */
export interface OpenApiDocument extends JsonObject {}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Decodes a local JSON pointer (`#/components/schemas/User`) into its segments (RFC 6901). */
export function pointerSegments(ref: string): string[] | undefined {
  if (ref === "#") return [];
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Follows a local JSON pointer; undefined when any segment is missing. */
export function resolvePointer(document: Json, ref: string): Json | undefined {
  const segments = pointerSegments(ref);
  if (segments === undefined) return undefined;
  let node: Json | undefined = document;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = Object.prototype.hasOwnProperty.call(node, segment) ? node[segment] : undefined;
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}
