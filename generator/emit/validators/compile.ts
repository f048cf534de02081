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
//
// Each statement is printed as it is built (code/statements.ts), from expressions built as syntax
// trees (code/expressions.ts), laid out exactly as prettier lays out the same code: the output
// passes `prettier --check` without going through prettier.
import type { Schema, StringSchema, NumberSchema, ArraySchema, ObjectSchema, UnionSchema, IntersectionSchema } from "../../ir/types.js";
import { pointerSegment } from "../../diagnostics.js";
import { isIdentifier } from "../../ir/names.js";
import { declaredKeys, hasTopLevelClosedness, isClosed } from "./closedness.js";
import { printCheckFunction, type Parameter } from "./checkFunction.js";
import { addNamesRead } from "./code/names.js";
import {
  and,
  array,
  arrow,
  binary,
  call,
  conditional,
  construct,
  FALSE,
  index,
  jsonValue,
  member,
  name,
  not,
  NULL,
  num,
  or,
  plus,
  str,
  TRUE,
  typeOf,
  UNDEFINED,
  type Atom,
  type Expr,
} from "./code/expressions.js";
import { blockLines, closing, declaration, forInLines, forLines, ifClause, ifOpening, pad, switchLines } from "./code/statements.js";
import { failedCheck, failIf, failure } from "./failures.js";
import { patternFlags } from "../shared/patterns.js";
import type { ValidatorModule } from "./module.js";

/**
 * Whether the node being compiled may skip its closed-object test: `param` follows the function's
 * `open` argument, `open` always skips (an intersection member), `closed` never does.
 */
type Openness = "param" | "open" | "closed";

const NOTHING_READ: ReadonlySet<string> = new Set();
const CHECK_READS: ReadonlySet<string> = new Set(["v", "p", "e", "ok"]);
const CHECK_READS_OPEN: ReadonlySet<string> = new Set([...CHECK_READS, "open"]);

const CHECK_PARAMETERS: Parameter[] = [
  ["v", "unknown"],
  ["p", "string"],
  ["e", "ValidationError[] | null"],
];

/** Compiles one schema into a named check function and adds it to the module. */
export function compileCheckFunction(module: ValidatorModule, functionName: string, schema: Schema, where: string): void {
  printSchemaCheck(module, `export function ${functionName}`, new FunctionBody(module, functionName, where), schema);
}

/** `head(v, p, e[, open])` checking `schema` with `body`. */
function printSchemaCheck(module: ValidatorModule, head: string, body: FunctionBody, schema: Schema): void {
  const takesOpen = hasTopLevelClosedness(schema, module.context.lookup);
  const lines = body.node(schema, name("v"), name("p"), takesOpen ? "param" : "closed", 1);
  const params: Parameter[] = takesOpen ? [...CHECK_PARAMETERS, ["open", "= false"]] : CHECK_PARAMETERS;
  // Every check tests the value and records its failures at its pointer: a body that checks
  // anything reads `v`, `p` and `e`.
  const reads = lines.length === 0 ? NOTHING_READ : body.readsOpen ? CHECK_READS_OPEN : CHECK_READS;
  module.addFunction(printCheckFunction(head, params, lines, reads));
}

/** One value a custom function checks: where it comes from, its pointer, its schema. */
export interface CheckedPart {
  /** An expression reading the value, e.g. `query["per_page"]`. */
  source: Expr;
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
  params: Parameter[],
  prelude: Array<{ variable: string; init: Expr }>,
  cases: Array<{ condition?: Expr; parts: CheckedPart[] }>,
  where: string,
): void {
  const body = new FunctionBody(module, head.replace(/^.*\s/, ""), where);
  const reads = new Set<string>();
  const lines = prelude.map(({ variable, init }) => {
    addNamesRead(init, reads);
    return declaration(1, variable, init);
  });
  let chained = false;
  for (const { condition, parts } of cases) {
    if (condition) addNamesRead(condition, reads);
    const depth = condition ? 2 : 1;
    const checks = parts.flatMap((part) => {
      const partLines = body.part(part, depth);
      // A part checked reads its source and records failures.
      if (partLines.length > 0) {
        addNamesRead(part.source, reads);
        reads.add("e").add("ok");
      }
      return partLines;
    });
    // The conditional cases as `if (c1) {…} else if (c2) {…}`.
    if (condition) lines.push(ifOpening(1, condition, chained ? "} else " : ""));
    lines.push(...checks);
    chained ||= condition !== undefined;
  }
  if (chained) lines.push(closing(1));
  module.addFunction(printCheckFunction(head, params, lines, reads));
}

class FunctionBody {
  private variables = 0;
  private hoisted = 0;
  /** Whether the body reads the function's `open` parameter. */
  readsOpen = false;

  constructor(
    private readonly module: ValidatorModule,
    private readonly functionName: string,
    /** A JSON pointer to the schema in the spec, for diagnostics. */
    private readonly where: string,
  ) {}

  /** Lines checking one part of a request or response (see compilePartsFunction). */
  part(part: CheckedPart, depth: number): string[] {
    const item = this.variable();
    const path = str(part.pointer);
    const checks = this.node(part.schema, item, path, "closed", depth + 1);
    if (!part.required && checks.length === 0) return [];
    const lines = [declaration(depth, item.text, part.source, "unknown")];
    if (part.required) {
      const key = part.pointer.slice(part.pointer.lastIndexOf("/") + 1);
      lines.push(...failIf(depth, binary("===", item, UNDEFINED), path, "required", `must have required property '${key}'`, checks));
    } else {
      lines.push(ifOpening(depth, binary("!==", item, UNDEFINED)), ...checks, closing(depth));
    }
    return lines;
  }

  /** Lines checking `value` (a name) at pointer expression `path`, at `depth`. */
  node(schema: Schema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    const inner = this.nonNull(schema, value, path, openness, depth + (schema.nullable ? 1 : 0));
    if (!schema.nullable || schema.kind === "null" || inner.length === 0) return inner;
    return [ifOpening(depth, binary("!==", value, NULL)), ...inner, closing(depth)];
  }

  private nonNull(schema: Schema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    switch (schema.kind) {
      case "unknown":
        return [];
      case "ref":
        return failedCheck(depth, not(this.callRef(schema.name, value, path, name("e"), openness)));
      case "string":
        return this.typed(depth, binary("!==", typeOf(value), str("string")), "string", this.stringRules(schema, value, path, depth + 1), path);
      case "number":
        return this.number(schema, value, path, depth);
      case "boolean":
        return failIf(depth, binary("!==", typeOf(value), str("boolean")), path, "type", "must be boolean");
      case "null":
        return failIf(depth, binary("!==", value, NULL), path, "type", "must be null");
      case "enum":
        return failIf(depth, not(this.enumTest(schema.values, value)), path, "enum", "must be equal to one of the allowed values");
      case "const":
        return failIf(depth, this.constMismatch(schema.value, value), path, "const", "must be equal to constant");
      case "array":
        return this.typed(depth, not(call(member(name("Array"), "isArray"), [value])), "array", this.arrayRules(schema, value, path, depth + 1), path);
      case "object":
        return this.typed(depth, not(call(this.helper("isObject"), [value])), "object", this.objectRules(schema, value, path, openness, depth + 1), path);
      case "union":
        return this.union(schema, value, path, openness, depth);
      case "intersection":
        return this.intersection(schema, value, path, openness, depth);
    }
  }

  // --- Building blocks ----------------------------------------------------------------------

  /** A runtime helper (or `checkFormat`). */
  private helper(helperName: string): Expr {
    return this.module.reference(helperName);
  }


  /** `v.name`, `v["x5t#S256"]`, or an own-property read for names every object inherits (`constructor`). */
  private memberAccess(value: Expr, key: string): Expr {
    if (key in Object.prototype) return conditional(call(this.helper("hasOwn"), [value, str(key)]), index(value, str(key)), UNDEFINED);
    return isIdentifier(key) ? member(value, key) : index(value, str(key));
  }

  /** A type test, and the type's own rules in the else branch where the value is narrowed. */
  private typed(depth: number, wrongType: Expr, typeName: string, rules: string[], path: Expr): string[] {
    return failIf(depth, wrongType, path, "type", `must be ${typeName}`, rules);
  }

  private callRef(schemaName: string, value: Expr, path: Expr, errors: Expr, openness: Openness): Expr {
    const args = [value, path, errors];
    if (this.module.context.takesOpen(schemaName)) args.push(this.openArgument(openness));
    return call(this.module.checkReference(schemaName), args);
  }

  /** The value of `open` passed on to a check: the parameter itself, or a constant. */
  private openArgument(openness: Openness): Expr {
    return openness === "param" ? this.openParameter() : openness === "open" ? TRUE : FALSE;
  }

  private openParameter(): Expr {
    this.readsOpen = true;
    return OPEN;
  }

  private variable(prefix = "v"): Atom {
    this.variables++;
    return name(`${prefix}${this.variables}`);
  }

  // --- Strings and numbers ------------------------------------------------------------------

  private stringRules(schema: StringSchema, value: Atom, path: Expr, depth: number): string[] {
    const rules: string[] = [];
    const length = member(value, "length");
    const codePoints = call(this.helper("codePoints"), [value]);
    if (schema.maxLength !== undefined) {
      const max = schema.maxLength;
      rules.push(...failIf(depth, and([binary(">", length, num(max)), binary(">", codePoints, num(max))]), path, "maxLength", `must NOT have more than ${max} characters`));
    }
    if (schema.minLength !== undefined && schema.minLength > 0) {
      const min = schema.minLength;
      // Code points never exceed UTF-16 units, and a string of 2·min units has at least min code points.
      const condition = min === 1 ? binary("===", length, num(0)) : and([binary("<", length, num(2 * min)), binary("<", codePoints, num(min))]);
      rules.push(...failIf(depth, condition, path, "minLength", `must NOT have fewer than ${min} characters`));
    }
    if (schema.pattern !== undefined) {
      const regex = this.regex(schema.pattern);
      if (regex) rules.push(...failIf(depth, not(call(member(regex, "test"), [value])), path, "pattern", `must match pattern "${schema.pattern}"`));
    }
    if (schema.format !== undefined) {
      rules.push(...failIf(depth, not(call(this.helper("checkFormat"), [str(schema.format), value])), path, "format", `must match format "${schema.format}"`));
    }
    return rules;
  }

  /** A module constant holding the compiled pattern, or undefined when JavaScript cannot compile it. */
  private regex(pattern: string): Expr | undefined {
    const flags = patternFlags(pattern);
    if (flags === undefined) {
      this.module.context.sink.warn(
        "GEN_PATTERN_INVALID",
        `The pattern ${quotedPattern(pattern)} is not a valid JavaScript regular expression; values are not checked against it.`,
        this.where,
        "Fix the pattern in the spec (JSON Schema patterns follow ECMA-262).",
      );
      return undefined;
    }
    if (flags === "") {
      this.module.context.sink.warn(
        "GEN_PATTERN_LEGACY",
        `The pattern ${quotedPattern(pattern)} is invalid with the Unicode flag JSON Schema requires; it is checked with legacy (non-Unicode) JavaScript semantics.`,
        this.where,
        "Escape the characters the Unicode flag rejects (e.g. `\\-` inside a class next to `\\w`, a literal `{`) or fix the quantifier.",
      );
    }
    return name(this.module.constant("re", `${flags}/${pattern}`, () => construct(name("RegExp"), [str(pattern), str(flags)])));
  }

  private number(schema: NumberSchema, value: Atom, path: Expr, depth: number): string[] {
    const typeName = schema.integer ? "integer" : "number";
    const finite = call(member(name("Number"), schema.integer ? "isInteger" : "isFinite"), [value]);
    const wrongType = or([binary("!==", typeOf(value), str("number")), not(finite)]);
    const rules: string[] = [];
    const bound = (operator: "<" | ">" | "<=" | ">=", limit: number | undefined, keyword: string, words: string) => {
      if (limit !== undefined) rules.push(...failIf(depth + 1, binary(operator, value, num(limit)), path, keyword, `must be ${words} ${limit}`));
    };
    bound("<", schema.minimum, "minimum", ">=");
    bound(">", schema.maximum, "maximum", "<=");
    bound("<=", schema.exclusiveMinimum, "exclusiveMinimum", ">");
    bound(">=", schema.exclusiveMaximum, "exclusiveMaximum", "<");
    if (schema.multipleOf !== undefined) {
      const quotient = binary("/", value, num(schema.multipleOf));
      rules.push(...failIf(depth + 1, not(call(member(name("Number"), "isInteger"), [quotient])), path, "multipleOf", `must be multiple of ${schema.multipleOf}`));
    }
    // The typeof test narrows `unknown` to number for the comparisons in the else branch.
    return this.typed(depth, wrongType, typeName, rules, path);
  }

  // --- Enums and constants ------------------------------------------------------------------

  private enumTest(values: Array<string | number | boolean | null>, value: Expr): Expr {
    if (values.length === 0) return FALSE;
    if (values.length <= 4) return or(values.map((v) => binary("===", value, jsonValue(v))));
    const set = this.module.constant("allowed", JSON.stringify(values), () => construct(name("Set"), [array(values.map((v) => jsonValue(v)))], "unknown"));
    return call(member(name(set), "has"), [value]);
  }

  private constMismatch(expected: unknown, value: Expr): Expr {
    if (expected === null || typeof expected !== "object") return binary("!==", value, jsonValue(expected));
    return not(call(this.helper("deepEqual"), [value, name(this.module.constant("value", JSON.stringify(expected), () => jsonValue(expected)))]));
  }

  // --- Arrays -------------------------------------------------------------------------------

  private arrayRules(schema: ArraySchema, value: Atom, path: Expr, depth: number): string[] {
    const rules: string[] = [];
    const length = member(value, "length");
    if (schema.minItems !== undefined && schema.minItems > 0) {
      rules.push(...failIf(depth, binary("<", length, num(schema.minItems)), path, "minItems", `must NOT have fewer than ${schema.minItems} items`));
    }
    if (schema.maxItems !== undefined) {
      rules.push(...failIf(depth, binary(">", length, num(schema.maxItems)), path, "maxItems", `must NOT have more than ${schema.maxItems} items`));
    }
    if (schema.uniqueItems) rules.push(...failIf(depth, call(this.helper("hasDuplicates"), [value]), path, "uniqueItems", "must NOT have duplicate items"));
    const prefix = schema.prefixItems ?? [];
    prefix.forEach((itemSchema, position) => {
      const item = this.variable();
      const checks = this.node(itemSchema, item, binary("+", path, str(`/${position}`)), "closed", depth + 1);
      if (checks.length > 0) {
        rules.push(ifOpening(depth, binary(">", length, num(position))), declaration(depth + 1, item.text, index(value, num(position)), "unknown"), ...checks, closing(depth));
      }
    });
    const counter = this.variable("i");
    const item = this.variable();
    const itemChecks = this.node(schema.items, item, plus([path, str("/"), counter]), "closed", depth + 1);
    if (itemChecks.length > 0) {
      rules.push(...forLines(depth, counter.text, num(prefix.length), length, [declaration(depth + 1, item.text, index(value, counter), "unknown"), ...itemChecks]));
    }
    if (schema.contains) {
      const test = this.silentTest(schema.contains, name("x"), "closed");
      rules.push(...failIf(depth, not(call(member(value, "some"), [arrow("x: unknown", test)])), path, "contains", "must contain at least 1 valid item"));
    }
    return rules;
  }

  // --- Objects ------------------------------------------------------------------------------

  private objectRules(schema: ObjectSchema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    const rules: string[] = [];
    if (schema.minProperties !== undefined || schema.maxProperties !== undefined) {
      const count = this.variable("n");
      rules.push(declaration(depth, count.text, member(call(member(name("Object"), "keys"), [value]), "length")));
      if (schema.minProperties !== undefined) {
        rules.push(...failIf(depth, binary("<", count, num(schema.minProperties)), path, "minProperties", `must NOT have fewer than ${schema.minProperties} properties`));
      }
      if (schema.maxProperties !== undefined) {
        rules.push(...failIf(depth, binary(">", count, num(schema.maxProperties)), path, "maxProperties", `must NOT have more than ${schema.maxProperties} properties`));
      }
    }
    for (const property of schema.properties) {
      const key = property.wireName;
      const item = this.variable();
      const childPath = binary("+", path, str(`/${pointerSegment(key)}`));
      const checks = this.node(property.schema, item, childPath, "closed", depth + 1);
      if (!property.required && checks.length === 0) continue;
      rules.push(declaration(depth, item.text, this.memberAccess(value, key)));
      if (property.required) {
        rules.push(...failIf(depth, binary("===", item, UNDEFINED), childPath, "required", `must have required property '${key}'`, checks));
      } else {
        rules.push(ifOpening(depth, binary("!==", item, UNDEFINED)), ...checks, closing(depth));
      }
    }
    for (const key of schema.undeclaredRequired ?? []) {
      const childPath = binary("+", path, str(`/${pointerSegment(key)}`));
      rules.push(...failIf(depth, binary("===", this.memberAccess(value, key), UNDEFINED), childPath, "required", `must have required property '${key}'`));
    }
    rules.push(...this.extraKeys(schema, value, path, openness, depth));
    return rules;
  }

  /** The loop over keys that `properties` does not declare: pattern properties, then additionalProperties. */
  private extraKeys(schema: ObjectSchema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    const patterns = schema.patternProperties ?? [];
    const extra = schema.additionalProperties;
    const closed = extra === false && openness !== "open";
    const typedExtra = typeof extra === "object" ? extra : undefined;
    if (patterns.length === 0 && !closed && !typedExtra) return [];
    // Inside `if (!open)` the loop is one level deeper.
    const guarded = closed && !typedExtra && openness === "param";
    const loopDepth = guarded ? depth + 1 : depth;
    const inner = loopDepth + 1;
    const key = this.variable("k");
    const keyPath = plus([path, str("/"), call(this.helper("pointerSegment"), [key])]);
    const body = knownKeySwitch(inner, key, schema.properties.map((p) => p.wireName));
    for (const entry of patterns) {
      const regex = this.regex(entry.pattern);
      if (!regex) continue;
      const item = this.variable();
      const checks = this.node(entry.schema, item, keyPath, "closed", inner + 2);
      body.push(ifOpening(inner, call(member(regex, "test"), [key])));
      if (checks.length > 0) body.push(...blockLines(inner + 1, [declaration(inner + 2, item.text, index(value, key), "unknown"), ...checks]));
      body.push(continueLine(inner + 1), closing(inner));
    }
    if (typedExtra) {
      const item = this.variable();
      body.push(declaration(inner, item.text, index(value, key), "unknown"), ...this.node(typedExtra, item, keyPath, "closed", inner));
    } else if (closed) {
      body.push(...blockLines(inner, failure(inner + 1, keyPath, "additionalProperties", "must NOT have additional properties")));
    }
    const loop = forInLines(loopDepth, key.text, value, body);
    if (guarded) return [ifOpening(depth, not(this.openParameter())), ...loop, closing(depth)];
    return loop;
  }

  // --- Composition --------------------------------------------------------------------------

  private union(schema: UnionSchema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    const tests = schema.variants.map((variant) => this.silentTest(variant, value, openness));
    if (schema.mode === "anyOf") return failIf(depth, not(or(tests)), path, "anyOf", "must match a schema in anyOf");
    const count = this.variable("n");
    return [
      declaration(depth, count.text, plus(tests.map((test) => conditional(test, num(1), num(0))))),
      ...failIf(depth, binary("!==", count, num(1)), path, "oneOf", "must match exactly one schema in oneOf"),
    ];
  }

  private intersection(schema: IntersectionSchema, value: Atom, path: Expr, openness: Openness, depth: number): string[] {
    const lookup = this.module.context.lookup;
    const merged = schema.members.some((member) => isClosed(member, lookup));
    // With a closed member, members are checked open and the intersection closes over all their keys.
    const memberOpenness: Openness = merged ? "open" : openness;
    const lines = schema.members.flatMap((member) => this.node(member, value, path, memberOpenness, depth));
    if (!merged || openness === "open") return lines;
    const { names, patterns } = declaredKeys(schema, lookup);
    const key = this.variable("k");
    const inner = depth + 2;
    const body = knownKeySwitch(inner, key, [...names]);
    for (const pattern of patterns) {
      const regex = this.regex(pattern);
      if (regex) body.push(ifClause(inner, call(member(regex, "test"), [key]), "continue;"));
    }
    const keyPath = plus([path, str("/"), call(this.helper("pointerSegment"), [key])]);
    body.push(...blockLines(inner, failure(inner + 1, keyPath, "additionalProperties", "must NOT have additional properties")));
    const isObject = call(this.helper("isObject"), [value]);
    const guard = openness === "param" ? and([not(this.openParameter()), isObject]) : isObject;
    lines.push(ifOpening(depth, guard), ...forInLines(depth + 1, key.text, value, body), closing(depth));
    return lines;
  }

  /** A boolean expression: does `value` satisfy `schema`? Never records errors. */
  private silentTest(schema: Schema, value: Atom, openness: Openness): Expr {
    const simple = simpleTest(schema, value);
    if (simple !== undefined) return simple;
    if (schema.kind === "ref" && !schema.nullable) return this.callRef(schema.name, value, str(""), NULL, openness);
    const takesOpen = hasTopLevelClosedness(schema, this.module.context.lookup);
    this.hoisted++;
    const functionName = this.module.functionName(`${this.functionName}$${this.hoisted}`);
    printSchemaCheck(this.module, `function ${functionName}`, new FunctionBody(this.module, functionName, this.where), schema);
    return call(name(functionName), [value, str(""), NULL, ...(takesOpen ? [this.openArgument(openness)] : [])]);
  }
}

/** Type tests that need no function of their own. */
function simpleTest(schema: Schema, value: Expr): Expr | undefined {
  const orNull = (test: Expr) => (schema.nullable ? or([binary("===", value, NULL), test]) : test);
  switch (schema.kind) {
    case "unknown":
      return TRUE;
    case "null":
      return binary("===", value, NULL);
    case "boolean":
      return orNull(binary("===", typeOf(value), str("boolean")));
    case "string":
      return Object.keys(schema).every((k) => ["kind", "nullable", "description", "lifecycle", "deprecated", "default", "examples", "readOnly", "writeOnly", "contentMediaType", "contentEncoding"].includes(k))
        ? orNull(binary("===", typeOf(value), str("string")))
        : undefined;
    case "const":
      return schema.value === null || typeof schema.value !== "object" ? binary("===", value, jsonValue(schema.value)) : undefined;
    default:
      return undefined;
  }
}

const OPEN = name("open");

/** `switch (k) { case "a": case "b": continue; }` — skips keys the object declares. */
function knownKeySwitch(depth: number, key: Expr, names: string[]): string[] {
  if (names.length === 0) return [];
  return switchLines(depth, key, names.map((n) => str(n)), [continueLine(depth + 2)]);
}

/** `continue;` */
function continueLine(depth: number): string {
  return `${pad(depth)}continue;`;
}

/** A pattern for a message: quoted, and cut short when long (Auth0 has 3 KB URL patterns; the pointer says where the whole one is). */
function quotedPattern(pattern: string): string {
  const quoted = JSON.stringify(pattern);
  return quoted.length <= 120 ? quoted : `${quoted.slice(0, 100)}…" (${pattern.length} characters)`;
}
