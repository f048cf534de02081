// JSON Schema 2020-12 (as OpenAPI 3.1 uses it) → IR `Schema`.
//
// One node in, one IR node out. References to component schemas stay references (`kind: "ref"`);
// other local references are inlined. A node that mixes its own constraints with a composition
// (`type: object` + `oneOf`) becomes an intersection of the two, which is what JSON Schema means.
import { pointerSegment } from "../diagnostics.js";
import type { Property, Schema, SchemaMeta } from "../ir/types.js";
import { isObject, resolvePointer, type Json, type JsonObject } from "../openapi/document.js";
import { componentSchemaName, type NormalizeContext } from "./context.js";
import { readLifecycle } from "./lifecycle.js";

export function normalizeSchema(ctx: NormalizeContext, node: Json | undefined, at: string): Schema {
  if (node === undefined || node === true) return { kind: "unknown" };
  if (!isObject(node)) return { kind: "unknown" };
  const meta = readMeta(node);
  if (typeof node.$ref === "string") return withMeta(normalizeRef(ctx, node.$ref, at), meta);

  const composition = normalizeComposition(ctx, node, at);
  const own = normalizeOwn(ctx, node, at);
  if (!composition) return withMeta(own, meta);
  if (own.kind === "unknown" || isBareType(node, own)) return withMeta(composition, meta);
  const members = composition.kind === "intersection" ? [own, ...composition.members] : [own, composition];
  return withMeta({ kind: "intersection", members }, meta);
}

function normalizeRef(ctx: NormalizeContext, ref: string, at: string): Schema {
  const name = componentSchemaName(ref);
  if (name !== undefined && ctx.schemaTypeNames.has(name)) {
    return { kind: "ref", name, typeName: ctx.schemaTypeNames.get(name)! };
  }
  // A reference into the middle of a schema (or elsewhere): inline it, once per chain.
  const target = resolvePointer(ctx.document, ref);
  if (target === undefined || ctx.inlining.has(ref)) {
    if (target === undefined) ctx.sink.warn("GEN_UNRESOLVED_REF", `$ref "${ref}" does not resolve; typed as unknown.`, at);
    return { kind: "unknown" };
  }
  ctx.inlining.add(ref);
  try {
    return normalizeSchema(ctx, target, ref);
  } finally {
    ctx.inlining.delete(ref);
  }
}

/** oneOf / anyOf / allOf. A one-member wrapper (`anyOf: [{$ref}]`) is the member itself. */
function normalizeComposition(ctx: NormalizeContext, node: JsonObject, at: string): Schema | undefined {
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const list = node[keyword];
    if (!Array.isArray(list) || list.length === 0) continue;
    const members = list.map((member, i) => normalizeSchema(ctx, member, `${at}/${keyword}/${i}`));
    if (members.length === 1) return members[0];
    if (keyword === "allOf") return { kind: "intersection", members };
    const union: Schema = { kind: "union", mode: keyword, variants: members };
    const discriminator = node.discriminator;
    if (isObject(discriminator) && typeof discriminator.propertyName === "string") {
      const mapping: Record<string, string> = {};
      if (isObject(discriminator.mapping)) {
        for (const [tag, ref] of Object.entries(discriminator.mapping)) {
          if (typeof ref === "string") mapping[tag] = componentSchemaName(ref) ?? ref;
        }
      }
      const context = discriminator["x-discriminator-context"];
      union.discriminator = {
        propertyName: discriminator.propertyName,
        mapping,
        ...(typeof context === "string" ? { context } : {}),
      };
    }
    return union;
  }
  return undefined;
}

const STRING_KEYWORDS = ["minLength", "maxLength", "pattern", "format", "contentMediaType", "contentEncoding"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
const ARRAY_KEYWORDS = ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"];
const OBJECT_KEYWORDS = ["properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties"];

/** The node's own type and constraints, ignoring composition keywords. */
function normalizeOwn(ctx: NormalizeContext, node: JsonObject, at: string): Schema {
  const declared = declaredTypes(node);
  const nullable = declared.includes("null") || (Array.isArray(node.enum) && node.enum.includes(null));
  if ("const" in node) return { kind: "const", value: node.const };
  if (Array.isArray(node.enum)) {
    const values = node.enum.filter(
      (v): v is string | number | boolean | null => v === null || ["string", "number", "boolean"].includes(typeof v),
    );
    const base = declared.find((t) => t !== "null");
    return {
      kind: "enum",
      values,
      ...(base === "string" || base === "number" || base === "integer" || base === "boolean" ? { baseType: base } : {}),
      ...(nullable ? { nullable: true } : {}),
    };
  }
  let types = declared.filter((t) => t !== "null");
  if (types.length === 0) types = inferTypes(node);
  const variants = types.map((type) => normalizeTyped(ctx, node, type, at));
  let schema: Schema;
  if (variants.length === 0) schema = declared.includes("null") ? { kind: "null" } : { kind: "unknown" };
  else if (variants.length === 1) schema = variants[0];
  else schema = { kind: "union", mode: "anyOf", variants };
  if (nullable && schema.kind !== "null") schema.nullable = true;
  return schema;
}

function declaredTypes(node: JsonObject): string[] {
  if (typeof node.type === "string") return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === "string");
  return [];
}

/** An untyped node with only, say, `maxLength` is a string refinement (common inside `allOf`). */
function inferTypes(node: JsonObject): string[] {
  const has = (keywords: string[]) => keywords.some((k) => k in node);
  const types: string[] = [];
  if (has(OBJECT_KEYWORDS)) types.push("object");
  if (has(ARRAY_KEYWORDS)) types.push("array");
  if (has(STRING_KEYWORDS)) types.push("string");
  if (has(NUMBER_KEYWORDS)) types.push("number");
  return types;
}

function normalizeTyped(ctx: NormalizeContext, node: JsonObject, type: string, at: string): Schema {
  switch (type) {
    case "string":
      return compact({
        kind: "string",
        format: str(node.format),
        minLength: num(node.minLength),
        maxLength: num(node.maxLength),
        pattern: str(node.pattern),
        contentMediaType: str(node.contentMediaType),
        contentEncoding: str(node.contentEncoding),
      });
    case "integer":
    case "number":
      return compact({
        kind: "number",
        integer: type === "integer",
        format: str(node.format),
        minimum: num(node.minimum),
        maximum: num(node.maximum),
        exclusiveMinimum: num(node.exclusiveMinimum),
        exclusiveMaximum: num(node.exclusiveMaximum),
        multipleOf: num(node.multipleOf),
      });
    case "boolean":
      return { kind: "boolean" };
    case "null":
      return { kind: "null" };
    case "array":
      return compact({
        kind: "array",
        items: normalizeSchema(ctx, node.items, `${at}/items`),
        prefixItems: Array.isArray(node.prefixItems)
          ? node.prefixItems.map((item, i) => normalizeSchema(ctx, item, `${at}/prefixItems/${i}`))
          : undefined,
        minItems: num(node.minItems),
        maxItems: num(node.maxItems),
        uniqueItems: node.uniqueItems === true ? true : undefined,
        contains: node.contains === undefined ? undefined : normalizeSchema(ctx, node.contains, `${at}/contains`),
      });
    case "object":
      return normalizeObject(ctx, node, at);
    default:
      ctx.sink.warn("GEN_UNKNOWN_TYPE", `Unknown schema type "${type}"; typed as unknown.`, `${at}/type`);
      return { kind: "unknown" };
  }
}

function normalizeObject(ctx: NormalizeContext, node: JsonObject, at: string): Schema {
  const required = new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === "string") : []);
  const properties: Property[] = [];
  if (isObject(node.properties)) {
    for (const [wireName, propertySchema] of Object.entries(node.properties)) {
      properties.push({
        wireName,
        codeName: wireName,
        required: required.has(wireName),
        schema: normalizeSchema(ctx, propertySchema, `${at}/properties/${pointerSegment(wireName)}`),
      });
    }
  }
  const declared = new Set(properties.map((p) => p.wireName));
  const undeclaredRequired = [...required].filter((name) => !declared.has(name));
  const extra = node.additionalProperties;
  const additionalProperties =
    extra === undefined || extra === true ? true : extra === false ? false : normalizeSchema(ctx, extra, `${at}/additionalProperties`);
  const patternProperties = isObject(node.patternProperties)
    ? Object.entries(node.patternProperties).map(([pattern, schema]) => ({
        pattern,
        schema: normalizeSchema(ctx, schema, `${at}/patternProperties/${pointerSegment(pattern)}`),
      }))
    : undefined;
  return compact({
    kind: "object",
    properties,
    additionalProperties,
    patternProperties,
    undeclaredRequired: undeclaredRequired.length > 0 ? undeclaredRequired : undefined,
    minProperties: num(node.minProperties),
    maxProperties: num(node.maxProperties),
  });
}

/** `type: object` alone beside a `oneOf` adds nothing the variants do not already say. */
function isBareType(node: JsonObject, own: Schema): boolean {
  switch (own.kind) {
    case "object":
      return (
        own.properties.length === 0 &&
        own.undeclaredRequired === undefined &&
        node.additionalProperties === undefined &&
        own.minProperties === undefined &&
        own.maxProperties === undefined
      );
    case "string":
    case "number":
    case "boolean":
    case "null":
      return Object.keys(own).every((k) => k === "kind" || k === "integer" || k === "nullable");
    default:
      return false;
  }
}

function readMeta(node: JsonObject): SchemaMeta {
  const meta: SchemaMeta = {};
  if (typeof node.description === "string") meta.description = node.description;
  const lifecycle = readLifecycle(node);
  if (lifecycle) meta.lifecycle = lifecycle;
  if (node.deprecated === true) meta.deprecated = true;
  if ("default" in node) meta.default = node.default;
  if (Array.isArray(node.examples)) meta.examples = node.examples;
  else if ("example" in node) meta.examples = [node.example];
  if (node.readOnly === true) meta.readOnly = true;
  if (node.writeOnly === true) meta.writeOnly = true;
  return meta;
}

/** Annotations on a `$ref` or wrapper apply to the node it stands for (3.1 semantics). */
function withMeta<T extends Schema>(schema: T, meta: SchemaMeta): T {
  if (Object.keys(meta).length === 0) return schema;
  return { ...schema, ...meta };
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

function str(value: Json | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function num(value: Json | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}
