// Example values synthesized from schemas: the request arguments of the code samples and the
// response bodies shown on each page.
//
// Two modes. `request` builds the smallest value the generated client's types accept: required
// properties only (plus one when `minProperties` asks for it), one item per array, the first
// variant of a union, the first value of an enum. `response` shows every property, down to a depth
// limit. Both prefer what the spec says (`examples`, `default`, `const`) over invented values, stop
// at reference cycles (FlowAction → … → FlowAction), and stay within a node budget so one page
// cannot balloon.
import type { Schema, StringSchema } from "../../ir/types.js";
import { isFileField } from "../client/typeExpression.js";
import type { SchemaLookup } from "./schemaLookup.js";

/** Stands for a file to upload; the snippet printers decide how to show it. */
export class FileExample {
  constructor(readonly field: string) {}
}

export type ExampleValue = null | boolean | number | string | FileExample | ExampleValue[] | { [key: string]: ExampleValue };

export interface ExampleOptions {
  mode: "request" | "response";
  /** Objects and arrays below this depth are shown empty. */
  maxDepth?: number;
  /** At most this many values are synthesized; later objects and arrays are shown empty. */
  maxNodes?: number;
  /** `code`: keys as the generated client names them (camelCase property names), for TypeScript snippets. Default `wire`. */
  keys?: "wire" | "code";
}

export function exampleValue(schema: Schema, lookup: SchemaLookup, options: ExampleOptions, hint = ""): ExampleValue {
  const state: State = {
    lookup,
    mode: options.mode,
    maxDepth: options.maxDepth ?? (options.mode === "request" ? 12 : 4),
    budget: options.maxNodes ?? 400,
    codeKeys: options.keys === "code",
  };
  return synthesize(schema, state, { depth: 0, refs: [], hint });
}

interface State {
  lookup: SchemaLookup;
  mode: "request" | "response";
  maxDepth: number;
  budget: number;
  codeKeys: boolean;
}

interface At {
  depth: number;
  /** Component names being expanded, outermost first: the cycle guard. */
  refs: string[];
  /** The property or parameter name, used for strings that have nothing better. */
  hint: string;
}

function synthesize(schema: Schema, state: State, at: At): ExampleValue {
  state.budget--;
  const given = specValue(schema);
  if (given !== undefined) return given;
  switch (schema.kind) {
    case "ref": {
      const target = state.lookup.byName.get(schema.name);
      if (!target) return {};
      if (at.refs.includes(schema.name)) return emptyLike(state.lookup.resolve(schema, new Set(at.refs)));
      return synthesize(target.schema, state, { ...at, refs: [...at.refs, schema.name] });
    }
    case "string":
      return isFileField(schema) ? new FileExample(at.hint || "file") : stringExample(schema, state.mode, at.hint);
    case "number":
      return numberExample(schema);
    case "boolean":
      return true;
    case "null":
      return null;
    case "enum": {
      const value = schema.values.find((v) => v !== null);
      return value === undefined ? null : value;
    }
    case "const":
      return schema.value as ExampleValue;
    case "array": {
      if (schema.maxItems === 0 || at.depth >= state.maxDepth || state.budget <= 0) return [];
      const item = schema.prefixItems?.[0] ?? schema.items;
      if (item.kind === "ref" && at.refs.includes(item.name)) return [];
      const count = Math.max(1, Math.min(schema.minItems ?? 1, 3));
      const value = synthesize(item, state, { ...at, depth: at.depth + 1 });
      return Array.from({ length: count }, () => value);
    }
    case "object":
    case "intersection": {
      const shape = state.lookup.objectShape(schema, schema.kind === "object" || at.refs.length === 0 ? undefined : new Set(at.refs));
      if (!shape) return intersectionExample(schema, state, at);
      if (at.depth >= state.maxDepth || state.budget <= 0) return {};
      const out: { [key: string]: ExampleValue } = {};
      let chosen = shape.properties.filter((p) => (state.mode === "response" ? !p.schema.writeOnly : p.required || false));
      if (state.mode === "request" && chosen.length === 0 && (shape.minProperties ?? 0) > 0 && shape.properties.length > 0) chosen = [shape.properties[0]];
      for (const p of chosen) {
        if (state.mode === "response" && state.budget <= 0) break;
        out[state.codeKeys ? p.codeName : p.wireName] = synthesize(p.schema, state, { ...at, depth: at.depth + 1, hint: p.wireName });
      }
      const extra = shape.additional;
      const wantsExtra = state.mode === "response" || (shape.minProperties ?? 0) > Object.keys(out).length;
      if (shape.properties.length === 0 && typeof extra === "object" && wantsExtra) {
        out.key = synthesize(extra, state, { ...at, depth: at.depth + 1, hint: "value" });
      }
      return out;
    }
    case "union": {
      const variant = schema.variants.find((v) => state.lookup.resolve(v).kind !== "null" && !(v.kind === "ref" && at.refs.includes(v.name))) ?? schema.variants[0];
      return variant ? synthesize(variant, state, at) : null;
    }
    case "unknown":
      return {};
  }
}

/** `examples`, `default` or a nullable schema's non-null value: what the spec itself offers. */
function specValue(schema: Schema): ExampleValue | undefined {
  if (schema.examples && schema.examples.length > 0 && isJson(schema.examples[0])) return schema.examples[0] as ExampleValue;
  if (schema.default !== undefined && schema.default !== null && isJson(schema.default)) return schema.default as ExampleValue;
  return undefined;
}

/** A value of a schema that is not an object: an `allOf` refining a string, say. */
function intersectionExample(schema: Schema, state: State, at: At): ExampleValue {
  if (schema.kind !== "intersection") return {};
  const member = schema.members.find((m) => m.kind !== "unknown" && state.lookup.resolve(m).kind !== "unknown");
  return member ? synthesize(member, state, at) : {};
}

/** What stands for a value that would recurse: an empty array or object, or a scalar example. */
function emptyLike(schema: Schema): ExampleValue {
  if (schema.kind === "array") return [];
  if (schema.kind === "string") return "string";
  if (schema.kind === "number") return 0;
  if (schema.kind === "boolean") return true;
  return {};
}

const FORMAT_EXAMPLES: Array<[RegExp, string]> = [
  [/^date-time$/, "2024-01-15T09:30:00.000Z"],
  [/^date$/, "2024-01-15"],
  [/^time$/, "09:30:00"],
  [/email/, "user@example.com"],
  [/^ipv4$/, "192.0.2.10"],
  [/^ipv6$/, "2001:db8::10"],
  [/^ipv6_cidr$/, "2001:db8::/32"],
  [/cidr/, "192.0.2.0/24"],
  [/^uuid$/, "123e4567-e89b-12d3-a456-426614174000"],
  [/hostname/, "example.com"],
  [/color/, "#0059d6"],
  [/hexadecimal/, "a1b2c3"],
  [/ur[il]/, "https://example.com"],
];

function stringExample(schema: StringSchema, mode: "request" | "response", hint: string): string {
  // Without a format, a name like `email` or `callback_url` still says what the value looks like.
  const format = schema.format ?? (/(^|_)(email|url|uri)$/i.test(hint) ? hint.split("_").pop()!.toLowerCase() : undefined);
  const byFormat = format ? FORMAT_EXAMPLES.find(([pattern]) => pattern.test(format))?.[1] : undefined;
  let value = byFormat ?? (mode === "request" && hint ? hint : "string");
  if (schema.minLength !== undefined && value.length < schema.minLength) value = value.padEnd(Math.min(schema.minLength, 64), "x");
  if (schema.maxLength !== undefined && value.length > schema.maxLength) value = value.slice(0, schema.maxLength);
  return value;
}

function numberExample(schema: Extract<Schema, { kind: "number" }>): number {
  const step = schema.integer ? 1 : 0.5;
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + step : undefined);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - step : undefined);
  let value = low ?? 1;
  if (high !== undefined && value > high) value = high;
  if (schema.multipleOf !== undefined && schema.multipleOf > 0) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return schema.integer ? Math.round(value) : value;
}

function isJson(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value) || (typeof value === "object" && value !== null);
}
