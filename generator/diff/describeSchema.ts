// A schema as a short, TypeScript-like phrase for change reports: `string | number`, `User[]`,
// `"a" | "b" | … (12 more)`. Only for people to read; never parsed, never emitted as code.
import type { Schema } from "../ir/types.js";

const MAX_ITEMS = 4;

export function describeSchema(schema: Schema, depth = 0): string {
  const base = describeBase(schema, depth);
  return schema.nullable && schema.kind !== "null" ? `${base} | null` : base;
}

function describeBase(schema: Schema, depth: number): string {
  if (depth > 2) return "…";
  switch (schema.kind) {
    case "ref":
      return schema.typeName;
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "unknown":
      return schema.kind;
    case "enum":
      return listOf(schema.values.map((v) => JSON.stringify(v)), " | ");
    case "const":
      return JSON.stringify(schema.value) ?? "undefined";
    case "array": {
      const items = describeSchema(schema.items, depth + 1);
      return /[|&]/.test(items) ? `(${items})[]` : `${items}[]`;
    }
    case "object":
      if (schema.properties.length === 0) return typeof schema.additionalProperties === "object" ? `Record<string, ${describeSchema(schema.additionalProperties, depth + 1)}>` : "object";
      return `{ ${listOf(schema.properties.map((p) => `${p.codeName}${p.required ? "" : "?"}`), "; ")} }`;
    case "union":
      return listOf(schema.variants.map((v) => describeSchema(v, depth + 1)), " | ");
    case "intersection":
      return listOf(schema.members.map((m) => describeSchema(m, depth + 1)), " & ");
  }
}

function listOf(items: string[], separator: string): string {
  if (items.length <= MAX_ITEMS) return items.join(separator);
  return `${items.slice(0, MAX_ITEMS).join(separator)}${separator}… (${items.length - MAX_ITEMS} more)`;
}
