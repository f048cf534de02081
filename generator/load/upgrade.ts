// Upgrades an OpenAPI 3.0 document to the 3.1 model in place, so the normalizer reads one dialect.
//
// 3.0 → 3.1 schema changes handled (OpenAPI 3.1 release notes, JSON Schema 2020-12):
// - `nullable: true` → `"null"` added to `type` (and to `enum` when the schema lists values);
// - boolean `exclusiveMinimum`/`exclusiveMaximum` → numeric bounds;
// - `format: binary` → `contentMediaType: application/octet-stream`; `format: byte` → `contentEncoding: base64`.
import { isObject, type Json, type JsonObject, type OpenApiDocument } from "../openapi/document.js";

export function upgradeTo31(document: OpenApiDocument): OpenApiDocument {
  const version = typeof document.openapi === "string" ? document.openapi : "";
  if (!version.startsWith("3.0")) return document;
  walk(document);
  document.openapi = "3.1.0";
  return document;
}

function walk(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item);
    return;
  }
  if (!isObject(node)) return;
  upgradeSchemaKeywords(node);
  for (const value of Object.values(node)) if (typeof value === "object" && value !== null) walk(value);
}

/** Only schema objects carry these keywords with these value types, so no position tracking is needed. */
function upgradeSchemaKeywords(schema: JsonObject): void {
  if (typeof schema.nullable === "boolean") {
    const nullable = schema.nullable;
    delete schema.nullable;
    if (nullable) addNull(schema);
  }
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof schema[flag] === "boolean") {
      if (schema[flag] && typeof schema[bound] === "number") {
        schema[flag] = schema[bound];
        delete schema[bound];
      } else delete schema[flag];
    }
  }
  if (schema.type === "string" && schema.format === "binary") {
    schema.contentMediaType ??= "application/octet-stream";
    delete schema.format;
  }
  if (schema.type === "string" && schema.format === "byte") {
    schema.contentEncoding ??= "base64";
    delete schema.format;
  }
}

function addNull(schema: JsonObject): void {
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null")) schema.type = [...schema.type, "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  // A nullable `$ref` or composition has no `type` to extend: say it with a oneOf.
  if (schema.type === undefined && schema.enum === undefined) {
    const { description, ...rest } = schema;
    for (const key of Object.keys(schema)) delete schema[key];
    if (description !== undefined) schema.description = description;
    schema.anyOf = [rest, { type: "null" }];
  }
}
