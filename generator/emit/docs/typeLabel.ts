// How the docs name a schema's type (`string<connection-id>`, `enum<string>`, `object[]`,
// `integer | null`) and list its constraints ("Required range: 0 <= x <= 432000"). Labels are plain
// text; the page renderers escape them.
import type { Schema } from "../../ir/types.js";
import { isFileField } from "../client/typeExpression.js";
import type { SchemaLookup } from "./schemaLookup.js";

/** A constraint or annotation line: a label and the values printed as code after it. */
export interface Fact {
  label: string;
  values: string[];
}

export function typeLabel(schema: Schema, lookup: SchemaLookup, seen: ReadonlySet<string> = new Set()): string {
  if (seen.size === 0) return lookup.cached("typeLabel", schema, () => computeLabel(schema, lookup, seen));
  return computeLabel(schema, lookup, seen);
}

function computeLabel(schema: Schema, lookup: SchemaLookup, seen: ReadonlySet<string>): string {
  const base = baseLabel(schema, lookup, seen);
  const nullable = schema.nullable && schema.kind !== "null" && !(schema.kind === "enum" && schema.values.includes(null));
  return nullable && !base.split(" | ").includes("null") ? `${base} | null` : base;
}

function baseLabel(schema: Schema, lookup: SchemaLookup, seen: ReadonlySet<string>): string {
  switch (schema.kind) {
    case "ref": {
      if (seen.has(schema.name)) return "object";
      const target = lookup.byName.get(schema.name);
      return target ? typeLabel(target.schema, lookup, new Set([...seen, schema.name])) : "any";
    }
    case "string":
      if (isFileField(schema)) return "file";
      return schema.format ? `string<${schema.format}>` : "string";
    case "number": {
      const name = schema.integer ? "integer" : "number";
      return schema.format && !/^int(32|64)$/.test(schema.format) ? `${name}<${schema.format}>` : name;
    }
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "enum":
      return `enum<${schema.baseType ?? inferredBase(schema.values)}>`;
    case "const":
      return `enum<${inferredBase([schema.value])}>`;
    case "array": {
      const item = typeLabel(schema.items, lookup, seen);
      return item.includes(" ") ? `(${item})[]` : `${item}[]`;
    }
    case "object": {
      if (schema.properties.length === 0 && typeof schema.additionalProperties === "object") {
        return `Record<string, ${typeLabel(schema.additionalProperties, lookup, seen)}>`;
      }
      return "object";
    }
    case "union": {
      const labels = dedupe(schema.variants.map((v) => typeLabel(v, lookup, seen)).flatMap((l) => l.split(" | ")));
      return labels.includes("any") ? "any" : labels.join(" | ");
    }
    case "intersection": {
      if (lookup.objectShape(schema, seen)) return "object";
      const labels = dedupe(schema.members.map((m) => typeLabel(m, lookup, seen)).filter((l) => l !== "any"));
      // `allOf: [{type: string, format: uri}, {type: string, maxLength}]` is one string<uri>.
      const specific = labels.filter((l) => !labels.some((other) => other !== l && other.startsWith(`${l}<`)));
      return specific.length === 0 ? "any" : specific.join(" & ");
    }
    case "unknown":
      return "any";
  }
}

function inferredBase(values: unknown[]): string {
  const types = dedupe(
    values.filter((v) => v !== null).map((v) => (typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v === "object" ? "object" : typeof v)),
  );
  return types.length === 1 ? types[0] : types.length === 0 ? "null" : types.join(" | ");
}

/**
 * The constraints and annotations of a schema, as readers look for them. An `allOf` contributes the
 * constraints of every member (Auth0 refines a string with `allOf: [{$ref}, {maxLength: 255}]`).
 */
export function schemaFacts(schema: Schema, lookup: SchemaLookup): Fact[] {
  return lookup.cached("schemaFacts", schema, () => computeFacts(schema, lookup));
}

function computeFacts(schema: Schema, lookup: SchemaLookup): Fact[] {
  const facts: Fact[] = [];
  const parts = constraintSources(schema, lookup, new Set());
  for (const part of parts) facts.push(...ownFacts(part, lookup));
  const meta = annotated(schema, parts);
  if (meta.default !== undefined) facts.push({ label: "Default", values: [valueText(meta.default)] });
  if (meta.examples && meta.examples.length > 0) facts.push({ label: meta.examples.length > 1 ? "Examples" : "Example", values: meta.examples.map(valueText) });
  if (meta.readOnly) facts.push({ label: "Read-only: returned by the API, ignored in requests", values: [] });
  if (meta.writeOnly) facts.push({ label: "Write-only: accepted in requests, never returned", values: [] });
  return dedupeFacts(facts);
}

/** The schema itself, its reference target, and the members of an `allOf`, flattened. */
function constraintSources(schema: Schema, lookup: SchemaLookup, seen: Set<string>): Schema[] {
  if (schema.kind === "ref") {
    if (seen.has(schema.name)) return [];
    seen.add(schema.name);
    const target = lookup.byName.get(schema.name);
    return target ? [schema, ...constraintSources(target.schema, lookup, seen)] : [schema];
  }
  if (schema.kind === "intersection") return [schema, ...schema.members.flatMap((m) => constraintSources(m, lookup, seen))];
  return [schema];
}

/** The first default/examples/readOnly along the reference chain (the property's own come first). */
function annotated(schema: Schema, parts: Schema[]): { default?: unknown; examples?: unknown[]; readOnly?: boolean; writeOnly?: boolean } {
  const all = [schema, ...parts];
  return {
    default: all.find((s) => s.default !== undefined)?.default,
    examples: all.find((s) => s.examples !== undefined && s.examples.length > 0)?.examples,
    readOnly: all.some((s) => s.readOnly),
    writeOnly: all.some((s) => s.writeOnly),
  };
}

function ownFacts(schema: Schema, lookup: SchemaLookup): Fact[] {
  const facts: Fact[] = [];
  switch (schema.kind) {
    case "number": {
      const range = rangeText(schema);
      if (range) facts.push({ label: "Required range", values: [range] });
      if (schema.multipleOf !== undefined) facts.push({ label: "Multiple of", values: [String(schema.multipleOf)] });
      break;
    }
    case "string": {
      const length = lengthFact(schema.minLength, schema.maxLength, "string length", "");
      if (length) facts.push(length);
      if (schema.pattern !== undefined) facts.push({ label: "Pattern", values: [schema.pattern] });
      if (isFileField(schema) && schema.contentMediaType) facts.push({ label: "Content type", values: [schema.contentMediaType] });
      break;
    }
    case "enum":
      facts.push({ label: "Available options", values: schema.values.map(valueText) });
      break;
    case "const":
      facts.push({ label: "Allowed value", values: [valueText(schema.value)] });
      break;
    case "array": {
      const length = lengthFact(schema.minItems, schema.maxItems, "array length", " elements");
      if (length) facts.push(length);
      if (schema.uniqueItems) facts.push({ label: "Items must be unique", values: [] });
      const item = lookup.resolve(schema.items);
      if (item.kind === "enum") facts.push({ label: "Available item options", values: item.values.map(valueText) });
      if (item.kind === "string") {
        const itemLength = lengthFact(item.minLength, item.maxLength, "item length", "");
        if (itemLength) facts.push(itemLength);
      }
      break;
    }
    case "object": {
      const count = lengthFact(schema.minProperties, schema.maxProperties, "number of properties", "");
      if (count) facts.push(count);
      break;
    }
    default:
      break;
  }
  return facts;
}

function rangeText(schema: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }): string | undefined {
  const low = schema.exclusiveMinimum !== undefined ? { value: schema.exclusiveMinimum, op: "<" } : schema.minimum !== undefined ? { value: schema.minimum, op: "<=" } : undefined;
  const high = schema.exclusiveMaximum !== undefined ? { value: schema.exclusiveMaximum, op: "<" } : schema.maximum !== undefined ? { value: schema.maximum, op: "<=" } : undefined;
  if (low && high) return `${low.value} ${low.op} x ${high.op} ${high.value}`;
  if (low) return `x ${low.op.replace("<", ">")} ${low.value}`;
  if (high) return `x ${high.op} ${high.value}`;
  return undefined;
}

function lengthFact(min: number | undefined, max: number | undefined, what: string, unit: string): Fact | undefined {
  if (min !== undefined && max !== undefined) return { label: `Required ${what}`, values: [min === max ? `${min}${unit}` : `${min} - ${max}${unit}`] };
  if (min !== undefined && min > 0) return { label: `Minimum ${what}`, values: [String(min)] };
  if (max !== undefined) return { label: `Maximum ${what}`, values: [String(max)] };
  return undefined;
}

/** How a value from the spec is shown: strings as they are, everything else as JSON. */
export function valueText(value: unknown): string {
  return typeof value === "string" ? value : value === undefined ? "undefined" : JSON.stringify(value);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

function dedupeFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.label}\u0000${f.values.join("\u0000")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
