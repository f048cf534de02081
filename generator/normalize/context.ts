// What every normalizer function receives: the document, where to report, and the decided names.
import type { DiagnosticSink } from "../diagnostics.js";
import { isObject, resolvePointer, type Json, type JsonObject, type OpenApiDocument } from "../openapi/document.js";

export interface NormalizeContext {
  document: OpenApiDocument;
  sink: DiagnosticSink;
  /** Component schema name → the identifier generated code uses. */
  schemaTypeNames: Map<string, string>;
  /** Local refs being inlined right now, to stop a non-component cycle. */
  inlining: Set<string>;
}

/** Follows `$ref`s (parameters, bodies, responses) until reaching a concrete object. */
export function deref(ctx: NormalizeContext, node: Json | undefined): { node: JsonObject; pointer?: string } | undefined {
  let current = node;
  let at: string | undefined;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === "string"; hops++) {
    at = current.$ref;
    current = resolvePointer(ctx.document, current.$ref);
  }
  return isObject(current) ? { node: current, pointer: at } : undefined;
}

export const COMPONENT_SCHEMA_PREFIX = "#/components/schemas/";

/** The component name a `$ref` names directly, e.g. `#/components/schemas/User` → `User`. */
export function componentSchemaName(ref: string): string | undefined {
  if (!ref.startsWith(COMPONENT_SCHEMA_PREFIX)) return undefined;
  const rest = ref.slice(COMPONENT_SCHEMA_PREFIX.length);
  if (rest.includes("/")) return undefined;
  return decodeURIComponent(rest).replace(/~1/g, "/").replace(/~0/g, "~");
}
