// IR schema → straight-line TypeScript that checks a value.
//
// Every check function has the shape
//
//   function checkX(v: unknown, p: string, e: ValidationError[] | null, open?: boolean): boolean
//
// `v` is the value, `p` its JSON pointer, `e` the error list (null for a type guard, which returns at
// the first failure), and `open` lifts a closed object's "no other keys" rule when the object is one
// member of an `allOf` (see closedness.ts). Nested nodes are inlined into their parent's body; a
// union variant that is more than a type test becomes its own function so it can be tried silently.
import type { Schema, StringSchema, NumberSchema, ArraySchema, ObjectSchema, UnionSchema, IntersectionSchema } from "../../ir/types.js";
import { pointerSegment } from "../../diagnostics.js";
import { isIdentifier } from "../../ir/names.js";
import { declaredKeys, hasTopLevelClosedness, isClosed } from "./closedness.js";
import { jsString, jsValue, patternFlags } from "./literals.js";
import type { ValidatorModule } from "./module.js";

/**
 * Whether the node being compiled may skip its closed-object test: `param` follows the function's
 * `open` argument, `open` always skips (an intersection member), `closed` never does.
 */
type Openness = "param" | "open" | "closed";

const INDENT = "  ";

/** Compiles one schema into a named check function and adds it to the module. */
export function compileCheckFunction(module: ValidatorModule, name: string, schema: Schema, where: string): void {
  const takesOpen = hasTopLevelClosedness(schema, module.context.lookup);
  const body = new FunctionBody(module, name, where);
  const lines = body.node(schema, "v", "p", takesOpen ? "param" : "closed", 1);
  const params: Array<[string, string]> = [["v", "unknown"], ["p", "string"], ["e", "ValidationError[] | null"]];
  if (takesOpen) params.push(["open", "= false"]);
  module.addFunction(printFunction(`export function ${name}`, params, lines));
}

/** One value a custom function checks: where it comes from, its pointer, its schema. */
export interface CheckedPart {
  /** An expression reading the value, e.g. `query["per_page"]`. */
  source: string;
  /** The JSON pointer reported for it, e.g. `/query/per_page`. */
  pointer: string;
  schema: Schema;
  required: boolean;
}

/**
 * A function checking several values in turn (an operation's parameters and body), each under its
 * own pointer. `prelude` declares what the sources read from; `cases` splits parts by a condition
 * (a response status), the first case whose condition holds applies.
 */
export function compilePartsFunction(
  module: ValidatorModule,
  head: string,
  params: Array<[string, string]>,
  prelude: string[],
  cases: Array<{ condition?: string; parts: CheckedPart[] }>,
  where: string,
): void {
  const body = new FunctionBody(module, head.replace(/^.*\s/, ""), where);
  const lines: string[] = prelude.map((line) => pad(1) + line);
  const branches = cases.map(({ condition, parts }) => ({ condition, lines: parts.flatMap((part) => body.part(part, condition ? 2 : 1)) }));
  branches.forEach(({ condition, lines: branch }, index) => {
    if (condition === undefined) lines.push(...branch);
    else lines.push(`${pad(1)}${index > 0 ? "} else " : ""}if (${condition}) {`, ...branch);
  });
  if (branches.some((b) => b.condition !== undefined)) lines.push(`${pad(1)}}`);
  module.addFunction(printFunction(head, params, lines));
}

function printFunction(head: string, params: Array<[string, string]>, lines: string[]): string {
  const text = lines.join("\n");
  const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const uses = (identifier: string) => new RegExp(`\\b${identifier}\\b`).test(code);
  // Unused parameters get a leading underscore, so the output passes noUnusedParameters.
  const printed = params.map(([name, type]) => {
    const used = uses(name) ? name : `_${name}`;
    return type.startsWith("=") ? `${used} ${type}` : `${used}: ${type}`;
  });
  const signature = `${head}(${printed.join(", ")}): boolean {`;
  if (!uses("ok")) return `${signature}\n${text}${text ? "\n" : ""}${INDENT}return true;\n}`;
  return `${signature}\n${INDENT}let ok = true;\n${text}\n${INDENT}return ok;\n}`;
}

class FunctionBody {
  private variables = 0;
  private hoisted = 0;

  constructor(
    private readonly module: ValidatorModule,
    private readonly functionName: string,
    /** A JSON pointer to the schema in the spec, for diagnostics. */
    private readonly where: string,
  ) {}

  /** Statements checking one part of a request or response (see compilePartsFunction). */
  part(part: CheckedPart, depth: number): string[] {
    const item = this.variable();
    const path = jsString(part.pointer);
    const checks = this.node(part.schema, item, path, "closed", depth + 1);
    if (!part.required && checks.length === 0) return [];
    const lines = [`${pad(depth)}const ${item}: unknown = ${part.source};`];
    if (part.required) {
      const name = part.pointer.slice(part.pointer.lastIndexOf("/") + 1);
      lines.push(...this.failIfElse(`${item} === undefined`, path, "required", `must have required property '${name}'`, depth, checks));
    } else {
      lines.push(`${pad(depth)}if (${item} !== undefined) {`, ...checks, `${pad(depth)}}`);
    }
    return lines;
  }

  /** Statements checking `value` (an identifier) at pointer expression `path`. */
  node(schema: Schema, value: string, path: string, openness: Openness, depth: number): string[] {
    const inner = this.nonNull(schema, value, path, openness, depth + (schema.nullable ? 1 : 0));
    if (!schema.nullable || schema.kind === "null" || inner.length === 0) return inner;
    return [`${pad(depth)}if (${value} !== null) {`, ...inner, `${pad(depth)}}`];
  }

  private nonNull(schema: Schema, value: string, path: string, openness: Openness, depth: number): string[] {
    switch (schema.kind) {
      case "unknown":
        return [];
      case "ref":
        return this.ref(schema.name, value, path, openness, depth);
      case "string":
        return this.typed(`typeof ${value} !== "string"`, "string", this.stringRules(schema, value, path, depth + 1), path, depth);
      case "number":
        return this.number(schema, value, path, depth);
      case "boolean":
        return [this.failIf(`typeof ${value} !== "boolean"`, path, "type", "must be boolean", depth)];
      case "null":
        return [this.failIf(`${value} !== null`, path, "type", "must be null", depth)];
      case "enum":
        return [this.failIf(`!${this.enumTest(schema.values, value)}`, path, "enum", "must be equal to one of the allowed values", depth)];
      case "const":
        return [this.failIf(this.constMismatch(schema.value, value), path, "const", "must be equal to constant", depth)];
      case "array":
        return this.typed(`!Array.isArray(${value})`, "array", this.arrayRules(schema, value, path, depth + 1), path, depth);
      case "object":
        return this.typed(`!isObject(${value})`, "object", this.objectRules(schema, value, path, openness, depth + 1), path, depth);
      case "union":
        return this.union(schema, value, path, openness, depth);
      case "intersection":
        return this.intersection(schema, value, path, openness, depth);
    }
  }

  // --- Building blocks ----------------------------------------------------------------------

  /** `if (condition) <record the failure>` — a type guard returns at once, a validator goes on. */
  private failIf(condition: string, path: string, keyword: string, message: string, depth: number): string {
    return `${pad(depth)}if (${condition}) { if (e === null) return false; ok = fail(e, ${path}, ${jsString(keyword)}, ${jsString(message)}); }`;
  }

  /** `failIf`, with `otherwise` in an else branch (where the failed test no longer holds). */
  private failIfElse(condition: string, path: string, keyword: string, message: string, depth: number, otherwise: string[]): string[] {
    const check = this.failIf(condition, path, keyword, message, depth);
    if (otherwise.length === 0) return [check];
    return [`${check.slice(0, -1)}} else {`, ...otherwise, `${pad(depth)}}`];
  }

  /** A type test, and the type's own rules in the else branch where the value is narrowed. */
  private typed(wrongType: string, typeName: string, rules: string[], path: string, depth: number): string[] {
    return this.failIfElse(wrongType, path, "type", `must be ${typeName}`, depth, rules);
  }

  private ref(name: string, value: string, path: string, openness: Openness, depth: number): string[] {
    return [`${pad(depth)}if (!${this.callRef(name, value, path, "e", openness)}) { if (e === null) return false; ok = false; }`];
  }

  private callRef(name: string, value: string, path: string, errors: string, openness: Openness): string {
    const args = [value, path, errors];
    if (this.module.context.takesOpen(name)) args.push(openArgument(openness));
    return `${this.module.context.checkName(name)}(${args.join(", ")})`;
  }

  private variable(prefix = "v"): string {
    this.variables++;
    return `${prefix}${this.variables}`;
  }

  // --- Strings and numbers ------------------------------------------------------------------

  private stringRules(schema: StringSchema, value: string, path: string, depth: number): string[] {
    const rules: string[] = [];
    if (schema.maxLength !== undefined) {
      const max = schema.maxLength;
      rules.push(this.failIf(`${value}.length > ${max} && codePoints(${value}) > ${max}`, path, "maxLength", `must NOT have more than ${max} characters`, depth));
    }
    if (schema.minLength !== undefined && schema.minLength > 0) {
      const min = schema.minLength;
      // Code points never exceed UTF-16 units, and a string of 2·min units has at least min code points.
      const condition = min === 1 ? `${value}.length === 0` : `${value}.length < ${2 * min} && codePoints(${value}) < ${min}`;
      rules.push(this.failIf(condition, path, "minLength", `must NOT have fewer than ${min} characters`, depth));
    }
    if (schema.pattern !== undefined) {
      const regex = this.regex(schema.pattern);
      if (regex) rules.push(this.failIf(`!${regex}.test(${value})`, path, "pattern", `must match pattern "${schema.pattern}"`, depth));
    }
    if (schema.format !== undefined) {
      rules.push(this.failIf(`!checkFormat(${jsString(schema.format)}, ${value})`, path, "format", `must match format "${schema.format}"`, depth));
    }
    return rules;
  }

  /** A module constant holding the compiled pattern, or undefined when JavaScript cannot compile it. */
  private regex(pattern: string): string | undefined {
    const flags = patternFlags(pattern);
    if (flags === undefined) {
      this.module.context.sink.warn(
        "GEN_PATTERN_INVALID",
        `The pattern ${JSON.stringify(pattern)} is not a valid JavaScript regular expression; values are not checked against it.`,
        this.where,
        "Fix the pattern in the spec (JSON Schema patterns follow ECMA-262).",
      );
      return undefined;
    }
    if (flags === "") {
      this.module.context.sink.warn(
        "GEN_PATTERN_LEGACY",
        `The pattern ${JSON.stringify(pattern)} is invalid with the Unicode flag JSON Schema requires; it is checked with legacy (non-Unicode) JavaScript semantics.`,
        this.where,
        "Escape the characters the Unicode flag rejects (e.g. `\\-` inside a class next to `\\w`, a literal `{`) or fix the quantifier.",
      );
    }
    return this.module.constant("re", `new RegExp(${jsString(pattern)}, ${jsString(flags)})`);
  }

  private number(schema: NumberSchema, value: string, path: string, depth: number): string[] {
    const typeName = schema.integer ? "integer" : "number";
    const wrongType = `typeof ${value} !== "number" || ${schema.integer ? `!Number.isInteger(${value})` : `!Number.isFinite(${value})`}`;
    const rules: string[] = [];
    const bound = (operator: string, limit: number | undefined, keyword: string, words: string) => {
      if (limit !== undefined) rules.push(this.failIf(`${value} ${operator} ${limit}`, path, keyword, `must be ${words} ${limit}`, depth + 1));
    };
    bound("<", schema.minimum, "minimum", ">=");
    bound(">", schema.maximum, "maximum", "<=");
    bound("<=", schema.exclusiveMinimum, "exclusiveMinimum", ">");
    bound(">=", schema.exclusiveMaximum, "exclusiveMaximum", "<");
    if (schema.multipleOf !== undefined) {
      rules.push(this.failIf(`!Number.isInteger(${value} / ${schema.multipleOf})`, path, "multipleOf", `must be multiple of ${schema.multipleOf}`, depth + 1));
    }
    // The typeof test narrows `unknown` to number for the comparisons in the else branch.
    return this.typed(wrongType, typeName, rules, path, depth);
  }

  // --- Enums and constants ------------------------------------------------------------------

  private enumTest(values: Array<string | number | boolean | null>, value: string): string {
    if (values.length === 0) return "false";
    if (values.length <= 4) return `(${values.map((v) => `${value} === ${jsValue(v)}`).join(" || ")})`;
    const set = this.module.constant("allowed", `new Set<unknown>([${values.map((v) => jsValue(v)).join(", ")}])`);
    return `${set}.has(${value})`;
  }

  private constMismatch(expected: unknown, value: string): string {
    if (expected === null || typeof expected !== "object") return `${value} !== ${jsValue(expected)}`;
    return `!deepEqual(${value}, ${this.module.constant("value", jsValue(expected))})`;
  }

  // --- Arrays -------------------------------------------------------------------------------

  private arrayRules(schema: ArraySchema, value: string, path: string, depth: number): string[] {
    const rules: string[] = [];
    if (schema.minItems !== undefined && schema.minItems > 0) {
      rules.push(this.failIf(`${value}.length < ${schema.minItems}`, path, "minItems", `must NOT have fewer than ${schema.minItems} items`, depth));
    }
    if (schema.maxItems !== undefined) {
      rules.push(this.failIf(`${value}.length > ${schema.maxItems}`, path, "maxItems", `must NOT have more than ${schema.maxItems} items`, depth));
    }
    if (schema.uniqueItems) rules.push(this.failIf(`hasDuplicates(${value})`, path, "uniqueItems", "must NOT have duplicate items", depth));
    const prefix = schema.prefixItems ?? [];
    prefix.forEach((itemSchema, index) => {
      const item = this.variable();
      const checks = this.node(itemSchema, item, `${path} + "/${index}"`, "closed", depth + 1);
      if (checks.length > 0) rules.push(`${pad(depth)}if (${value}.length > ${index}) {`, `${pad(depth + 1)}const ${item}: unknown = ${value}[${index}];`, ...checks, `${pad(depth)}}`);
    });
    const index = this.variable("i");
    const item = this.variable();
    const itemChecks = this.node(schema.items, item, `${path} + "/" + ${index}`, "closed", depth + 1);
    if (itemChecks.length > 0) {
      rules.push(`${pad(depth)}for (let ${index} = ${prefix.length}; ${index} < ${value}.length; ${index}++) {`, `${pad(depth + 1)}const ${item}: unknown = ${value}[${index}];`, ...itemChecks, `${pad(depth)}}`);
    }
    if (schema.contains) {
      const test = this.silentTest(schema.contains, "x", "closed");
      rules.push(this.failIf(`!${value}.some((x: unknown) => ${test})`, path, "contains", "must contain at least 1 valid item", depth));
    }
    return rules;
  }

  // --- Objects ------------------------------------------------------------------------------

  private objectRules(schema: ObjectSchema, value: string, path: string, openness: Openness, depth: number): string[] {
    const rules: string[] = [];
    if (schema.minProperties !== undefined || schema.maxProperties !== undefined) {
      const count = this.variable("n");
      rules.push(`${pad(depth)}const ${count} = Object.keys(${value}).length;`);
      if (schema.minProperties !== undefined) {
        rules.push(this.failIf(`${count} < ${schema.minProperties}`, path, "minProperties", `must NOT have fewer than ${schema.minProperties} properties`, depth));
      }
      if (schema.maxProperties !== undefined) {
        rules.push(this.failIf(`${count} > ${schema.maxProperties}`, path, "maxProperties", `must NOT have more than ${schema.maxProperties} properties`, depth));
      }
    }
    for (const property of schema.properties) {
      const key = property.wireName;
      const item = this.variable();
      const childPath = `${path} + ${jsString(`/${pointerSegment(key)}`)}`;
      const checks = this.node(property.schema, item, childPath, "closed", depth + 1);
      if (!property.required && checks.length === 0) continue;
      rules.push(`${pad(depth)}const ${item} = ${memberAccess(value, key)};`);
      const missing = `${item} === undefined`;
      if (property.required) {
        rules.push(...this.failIfElse(missing, childPath, "required", `must have required property '${key}'`, depth, checks));
      } else {
        rules.push(`${pad(depth)}if (${item} !== undefined) {`, ...checks, `${pad(depth)}}`);
      }
    }
    for (const key of schema.undeclaredRequired ?? []) {
      rules.push(this.failIf(`${memberAccess(value, key)} === undefined`, `${path} + ${jsString(`/${pointerSegment(key)}`)}`, "required", `must have required property '${key}'`, depth));
    }
    rules.push(...this.extraKeys(schema, value, path, openness, depth));
    return rules;
  }

  /** The loop over keys that `properties` does not declare: pattern properties, then additionalProperties. */
  private extraKeys(schema: ObjectSchema, value: string, path: string, openness: Openness, depth: number): string[] {
    const patterns = schema.patternProperties ?? [];
    const extra = schema.additionalProperties;
    const closed = extra === false && openness !== "open";
    const typedExtra = typeof extra === "object" ? extra : undefined;
    if (patterns.length === 0 && !closed && !typedExtra) return [];
    const key = this.variable("k");
    const keyPath = `${path} + "/" + pointerSegment(${key})`;
    const body: string[] = [];
    if (schema.properties.length > 0) body.push(`${pad(depth + 1)}${knownKeySwitch(key, schema.properties.map((p) => p.wireName))}`);
    for (const entry of patterns) {
      const regex = this.regex(entry.pattern);
      if (!regex) continue;
      const item = this.variable();
      const checks = this.node(entry.schema, item, keyPath, "closed", depth + 3);
      body.push(`${pad(depth + 1)}if (${regex}.test(${key})) {`);
      if (checks.length > 0) body.push(`${pad(depth + 2)}{`, `${pad(depth + 3)}const ${item}: unknown = ${value}[${key}];`, ...checks, `${pad(depth + 2)}}`);
      body.push(`${pad(depth + 2)}continue;`, `${pad(depth + 1)}}`);
    }
    if (typedExtra) {
      const item = this.variable();
      body.push(`${pad(depth + 1)}const ${item}: unknown = ${value}[${key}];`, ...this.node(typedExtra, item, keyPath, "closed", depth + 1));
    } else if (closed) {
      body.push(this.failIf("true", keyPath, "additionalProperties", "must NOT have additional properties", depth + 1).replace("if (true) ", ""));
    }
    const loop = [`${pad(depth)}for (const ${key} in ${value}) {`, ...body, `${pad(depth)}}`];
    if (closed && !typedExtra && openness === "param") return [`${pad(depth)}if (!open) {`, ...indentLines(loop), `${pad(depth)}}`];
    return loop;
  }

  // --- Composition --------------------------------------------------------------------------

  private union(schema: UnionSchema, value: string, path: string, openness: Openness, depth: number): string[] {
    const tests = schema.variants.map((variant) => this.silentTest(variant, value, openness));
    if (schema.mode === "anyOf") {
      return [this.failIf(`!(${tests.join(" || ")})`, path, "anyOf", "must match a schema in anyOf", depth)];
    }
    const count = this.variable("n");
    return [
      `${pad(depth)}const ${count} = ${tests.map((t) => `(${t} ? 1 : 0)`).join(" + ")};`,
      this.failIf(`${count} !== 1`, path, "oneOf", "must match exactly one schema in oneOf", depth),
    ];
  }

  private intersection(schema: IntersectionSchema, value: string, path: string, openness: Openness, depth: number): string[] {
    const lookup = this.module.context.lookup;
    const merged = schema.members.some((member) => isClosed(member, lookup));
    // With a closed member, members are checked open and the intersection closes over all their keys.
    const memberOpenness: Openness = merged ? "open" : openness;
    const lines = schema.members.flatMap((member) => this.node(member, value, path, memberOpenness, depth));
    if (!merged || openness === "open") return lines;
    const { names, patterns } = declaredKeys(schema, lookup);
    const key = this.variable("k");
    const body = [`${pad(depth + 2)}${knownKeySwitch(key, [...names])}`];
    for (const pattern of patterns) {
      const regex = this.regex(pattern);
      if (regex) body.push(`${pad(depth + 2)}if (${regex}.test(${key})) continue;`);
    }
    body.push(this.failIf("true", `${path} + "/" + pointerSegment(${key})`, "additionalProperties", "must NOT have additional properties", depth + 2).replace("if (true) ", ""));
    const guard = openness === "param" ? `!open && isObject(${value})` : `isObject(${value})`;
    lines.push(`${pad(depth)}if (${guard}) {`, `${pad(depth + 1)}for (const ${key} in ${value}) {`, ...body, `${pad(depth + 1)}}`, `${pad(depth)}}`);
    return lines;
  }

  /** A boolean expression: does `value` satisfy `schema`? Never records errors. */
  private silentTest(schema: Schema, value: string, openness: Openness): string {
    const simple = simpleTest(schema, value);
    if (simple !== undefined) return simple;
    if (schema.kind === "ref" && !schema.nullable) return this.callRef(schema.name, value, `""`, "null", openness);
    const lookup = this.module.context.lookup;
    const takesOpen = hasTopLevelClosedness(schema, lookup);
    this.hoisted++;
    const name = this.module.functionName(`${this.functionName}$${this.hoisted}`);
    const body = new FunctionBody(this.module, name, this.where);
    const lines = body.node(schema, "v", "p", takesOpen ? "param" : "closed", 1);
    const params: Array<[string, string]> = [["v", "unknown"], ["p", "string"], ["e", "ValidationError[] | null"]];
    if (takesOpen) params.push(["open", "= false"]);
    this.module.addFunction(printFunction(`function ${name}`, params, lines));
    return `${name}(${value}, "", null${takesOpen ? `, ${openArgument(openness)}` : ""})`;
  }
}

/** Type tests that need no function of their own. */
function simpleTest(schema: Schema, value: string): string | undefined {
  const orNull = (test: string) => (schema.nullable ? `(${value} === null || ${test})` : test);
  switch (schema.kind) {
    case "unknown":
      return "true";
    case "null":
      return `${value} === null`;
    case "boolean":
      return orNull(`typeof ${value} === "boolean"`);
    case "string":
      return Object.keys(schema).every((k) => ["kind", "nullable", "description", "lifecycle", "deprecated", "default", "examples", "readOnly", "writeOnly", "contentMediaType", "contentEncoding"].includes(k))
        ? orNull(`typeof ${value} === "string"`)
        : undefined;
    case "const":
      return schema.value === null || typeof schema.value !== "object" ? `${value} === ${jsValue(schema.value)}` : undefined;
    default:
      return undefined;
  }
}

function openArgument(openness: Openness): string {
  return openness === "param" ? "open" : openness === "open" ? "true" : "false";
}

/** `switch (k) { case "a": case "b": continue; }` — skips keys the object declares. */
function knownKeySwitch(key: string, names: string[]): string {
  if (names.length === 0) return "";
  return `switch (${key}) { ${names.map((n) => `case ${jsString(n)}:`).join(" ")} continue; }`;
}

/** `v.name`, `v["x5t#S256"]`, or an own-property read for names every object inherits (`constructor`). */
function memberAccess(value: string, key: string): string {
  if (key in Object.prototype) return `(hasOwn(${value}, ${jsString(key)}) ? ${value}[${jsString(key)}] : undefined)`;
  return isIdentifier(key) ? `${value}.${key}` : `${value}[${jsString(key)}]`;
}

function pad(depth: number): string {
  return INDENT.repeat(depth);
}

function indentLines(lines: string[]): string[] {
  return lines.map((line) => INDENT + line);
}
