// Checks a parsed config against config.schema.json, so the file editors complete against and the
// file gen enforces are one and the same. This interprets only the JSON Schema 2020-12 keywords
// that schema uses (a test fails if it starts using another), and words each failure for a person
// editing the file: the JSON pointer, what is wrong, and a hint (often "did you mean …").
import { closestMatch } from "./suggest.js";

export interface SchemaIssue {
  /** RFC 6901 pointer to the offending value, e.g. `/flavours/ga/targets/0` (empty for the root). */
  pointer: string;
  message: string;
  hint?: string;
}

export type JsonSchemaNode = { [keyword: string]: unknown };

/** The keywords `checkAgainstSchema` understands; annotations are listed so they are not mistaken for gaps. */
export const SUPPORTED_KEYWORDS = new Set([
  "$schema", "$defs", "$ref", "title", "description", "default", "examples",
  "type", "enum", "properties", "required", "additionalProperties", "propertyNames", "minProperties",
  "items", "minItems", "uniqueItems", "minLength", "pattern",
  // gen's own: a JavaScript function is accepted here (hooks given inline in gen.config.mjs).
  "x-gen-allow-function",
]);

export function checkAgainstSchema(value: unknown, root: JsonSchemaNode): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  new Checker(root, issues).check(value, root, [], root.description as string | undefined);
  return issues;
}

class Checker {
  constructor(
    private readonly root: JsonSchemaNode,
    private readonly issues: SchemaIssue[],
  ) {}

  check(value: unknown, schema: JsonSchemaNode, at: string[], context: string | undefined): void {
    if (typeof schema.$ref === "string") schema = { ...this.resolve(schema.$ref), ...withoutRef(schema) };
    // The nearest description says what a value is for: the best hint when its form is wrong.
    const about = (schema.description as string | undefined) ?? context;
    if (typeof value === "function") {
      if (!schema["x-gen-allow-function"]) this.report(at, "a function is not allowed here.", "Functions are accepted only as hooks in gen.config.mjs.");
      return;
    }
    if (Array.isArray(schema.enum)) {
      const allowed = schema.enum as unknown[];
      if (!allowed.includes(value)) {
        const guess = typeof value === "string" ? closestMatch(value, allowed.map(String)) : undefined;
        this.report(at, `${show(value)} is not allowed here.`, `${guess ? `Did you mean "${guess}"? ` : ""}Use one of: ${allowed.map(String).join(", ")}.`);
      }
      return;
    }
    if (typeof schema.type === "string" && !hasType(value, schema.type)) {
      this.report(at, `expected ${article(schema.type)}, found ${describeValue(value)}.`, about);
      return;
    }
    if (isPlainObject(value)) this.checkObject(value, schema, at, about);
    else if (Array.isArray(value)) this.checkArray(value, schema, at, about);
    else if (typeof value === "string") this.checkString(value, schema, at, about);
  }

  private checkObject(value: Record<string, unknown>, schema: JsonSchemaNode, at: string[], about: string | undefined): void {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchemaNode>;
    const keys = Object.keys(value);
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in value)) this.report(at, `the required property "${name}" is missing.`, describeOf(properties[name]) ?? about);
    }
    if (typeof schema.minProperties === "number" && keys.length < schema.minProperties) {
      this.report(at, `needs at least ${schema.minProperties} entr${schema.minProperties === 1 ? "y" : "ies"}.`, about);
    }
    const names = schema.propertyNames as JsonSchemaNode | undefined;
    for (const key of keys) {
      if (names) this.checkKey(key, names, [...at, key], about);
      const known = properties[key];
      if (known) this.check(value[key], known, [...at, key], undefined);
      else if (schema.additionalProperties === false) {
        const allowed = Object.keys(properties);
        const guess = closestMatch(key, allowed);
        this.report([...at, key], `unknown property "${key}".`, `${guess ? `Did you mean "${guess}"? ` : ""}Allowed here: ${allowed.join(", ")}.`);
      } else if (isPlainObject(schema.additionalProperties)) {
        this.check(value[key], schema.additionalProperties as JsonSchemaNode, [...at, key], undefined);
      }
    }
  }

  /** A key checked as a string value, reported at the key's own pointer. */
  private checkKey(key: string, names: JsonSchemaNode, at: string[], about: string | undefined): void {
    if (typeof names.pattern === "string" && !new RegExp(names.pattern, "u").test(key)) this.report(at, `${show(key)} is not a valid name here.`, about);
  }

  private checkArray(value: unknown[], schema: JsonSchemaNode, at: string[], about: string | undefined): void {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) {
      this.report(at, `needs at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}.`, about);
    }
    if (schema.uniqueItems === true) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) this.report([...at, String(i)], `${show(item)} is listed twice.`, "Remove the repeated entry.");
        seen.add(key);
      });
    }
    if (isPlainObject(schema.items)) value.forEach((item, i) => this.check(item, schema.items as JsonSchemaNode, [...at, String(i)], about));
  }

  private checkString(value: string, schema: JsonSchemaNode, at: string[], about: string | undefined): void {
    if (typeof schema.minLength === "number" && value.length < schema.minLength) this.report(at, "must not be empty.", about);
    else if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) {
      this.report(at, `${show(value)} is not a valid value here.`, about);
    }
  }

  private resolve(ref: string): JsonSchemaNode {
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const target = match ? (this.root.$defs as Record<string, JsonSchemaNode> | undefined)?.[match[1]] : undefined;
    if (!target) throw new Error(`config.schema.json: unresolvable $ref ${ref}`);
    return target;
  }

  private report(at: string[], message: string, hint: string | undefined): void {
    this.issues.push({ pointer: at.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join(""), message, ...(hint ? { hint } : {}) });
  }
}

function withoutRef(schema: JsonSchemaNode): JsonSchemaNode {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function describeOf(schema: JsonSchemaNode | undefined): string | undefined {
  return schema && typeof schema.description === "string" ? schema.description : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${article(typeof value)} (${show(value)})`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
