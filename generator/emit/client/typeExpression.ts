// IR Schema → TypeScript type expression. Recursive, so it is built here in code and reaches the
// templates as a finished string. Spec values become literals only through jsString (ASCII-safe).
import { jsString } from "../shared/literals.js";
import { isIdentifier } from "../../ir/names.js";
import type { ObjectSchema, Property, Schema } from "../../ir/types.js";
import { docComment, lifecycleTags } from "../shared/docComment.js";
import { memberLayout, splitTopLevel } from "../shared/layout.js";

export interface TypeOptions {
  /** The type of a file field (`contentMediaType: application/octet-stream`). */
  fileType: string;
  /** Indentation of the line the expression starts on, for multi-line object literals. */
  indent: string;
  /** Prefix for named types, e.g. `T.` where the types module is imported as a namespace. */
  typePrefix: string;
  /** Name properties as on the wire even where the IR renamed them (the validators' types describe wire data). */
  wireNames?: boolean;
}

export const DEFAULT_TYPE_OPTIONS: TypeOptions = { fileType: "Blob", indent: "", typePrefix: "" };

export function typeExpression(schema: Schema, options: TypeOptions = DEFAULT_TYPE_OPTIONS): string {
  const base = baseExpression(schema, options);
  if (schema.nullable && schema.kind !== "null" && !(schema.kind === "enum" && schema.values.includes(null)) && base !== "unknown") {
    return `${base} | null`;
  }
  return base;
}

function baseExpression(schema: Schema, options: TypeOptions): string {
  switch (schema.kind) {
    case "ref":
      return options.typePrefix + schema.typeName;
    case "string":
      return isFileField(schema) ? options.fileType : "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "enum":
      return schema.values.length === 0 ? "never" : dedupe(schema.values.map((v) => literal(v))).join(" | ");
    case "const":
      return isPrimitive(schema.value) ? literal(schema.value) : "unknown";
    case "array": {
      const item = typeExpression(schema.items, options);
      return topLevelHas(item, "|") || topLevelHas(item, "&") ? `Array<${item}>` : `${item}[]`;
    }
    case "object":
      return objectExpression(schema, options);
    case "union": {
      const variants = dedupe(schema.variants.map((v) => typeExpression(v, options)));
      return variants.includes("unknown") ? "unknown" : variants.join(" | ");
    }
    case "intersection": {
      const members = dedupe(
        schema.members.map((m) => typeExpression(m, options)).filter((m) => m !== "unknown"),
      ).map(wrapForIntersection);
      return members.length === 0 ? "unknown" : members.join(" & ");
    }
    case "unknown":
      return "unknown";
  }
}

/** 3.1 uploads: a string whose `contentMediaType` is binary (no `format: binary` any more). */
export function isFileField(schema: Schema): boolean {
  return schema.kind === "string" && schema.contentMediaType !== undefined && !schema.contentMediaType.startsWith("text/") && !schema.contentMediaType.includes("json");
}

function objectExpression(schema: ObjectSchema, options: TypeOptions): string {
  const extra = schema.additionalProperties;
  const extraType = extra === true ? "unknown" : extra === false ? undefined : typeExpression(extra, options);
  if (schema.properties.length === 0) {
    if (extraType !== undefined) return `Record<string, ${extraType}>`;
    return "Record<string, never>";
  }
  const inner = options.indent + "  ";
  const members = schema.properties.map((p) => propertyLine(p, { ...options, indent: inner }));
  // An object with declared properties lists them and nothing more unless extra values have a schema
  // of their own: an `unknown` index signature on every open object would hide typos in every call.
  // A typed index signature must admit the declared properties too, hence `unknown` there as well.
  if (typeof extra === "object") members.push(`${inner}[key: string]: unknown;\n`);
  return `{\n${members.join("")}${options.indent}}`;
}

/** One property of an object type, with its doc comment. */
export function propertyLine(property: Property, options: TypeOptions): string {
  const name = options.wireNames ? property.wireName : property.codeName;
  const key = isIdentifier(name) ? name : jsString(name);
  const optional = property.required ? "" : "?";
  const type = typeExpression(property.schema, options);
  return `${propertyDoc(property.schema, options.indent)}${memberLayout(options.indent, `${key}${optional}`, type)}\n`;
}

/** The doc comment of a schema used as a property or a named type. */
export function propertyDoc(schema: Schema, indent: string): string {
  const tags = lifecycleTags(schema.lifecycle, schema.deprecated);
  if (schema.default !== undefined) tags.push(`@defaultValue ${JSON.stringify(schema.default)}`);
  return docComment([schema.description], tags, indent);
}

function literal(value: unknown): string {
  return value === null ? "null" : typeof value === "string" ? jsString(value) : JSON.stringify(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

function wrapForIntersection(expression: string): string {
  return topLevelHas(expression, "|") ? `(${expression})` : expression;
}

/** True when `operator` appears outside every bracket and string literal. */
function topLevelHas(expression: string, operator: string): boolean {
  return splitTopLevel(expression, operator).length > 1;
}
