// The expressions the validator compiler writes, as a small syntax tree rather than text, so they
// can be laid out the way prettier lays out the same code (printExpression.ts). Only the node
// kinds the checks use exist; each mirrors the ESTree node prettier would parse.
//
// Each node also carries `text`, its code on one line (without the parentheses its place may
// need, see parentheses.ts flatText): nearly every statement fits on its line, and that text is
// then all there is to print.
import { jsString } from "../../shared/literals.js";
import { flatText, isLogical, operand, type Context } from "./parentheses.js";

export type LogicalOperator = "||" | "&&" | "??";
export type BinaryOperator = LogicalOperator | "===" | "!==" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%";

export type Expr =
  /** An identifier, keyword or number: text that never breaks. `number` marks numeric literals, signed ones too. */
  | { kind: "atom"; text: string; number?: boolean }
  /** A string literal, quoted as prettier quotes it. */
  | { kind: "string"; text: string }
  | { kind: "member"; text: string; object: Expr; property: string }
  | { kind: "index"; text: string; object: Expr; index: Expr }
  | { kind: "call"; text: string; callee: Expr; args: Expr[]; isNew: boolean; typeArguments?: string }
  | { kind: "unary"; text: string; operator: "!" | "typeof"; argument: Expr }
  | { kind: "binary"; text: string; operator: BinaryOperator; left: Expr; right: Expr }
  | { kind: "conditional"; text: string; test: Expr; consequent: Expr; alternate: Expr }
  /** `(parameter) => body`, `parameter` with its type annotation. */
  | { kind: "arrow"; text: string; parameter: string; body: Expr }
  | { kind: "array"; text: string; elements: Expr[] };

export type Atom = Extract<Expr, { kind: "atom" }>;

export function name(text: string): Atom {
  return { kind: "atom", text };
}

export const TRUE = name("true");
export const FALSE = name("false");
export const NULL = name("null");
export const UNDEFINED = name("undefined");

/** A number as prettier prints its literal: `1e21`, not `1e+21`. */
export function num(value: number): Atom {
  if (Number.isSafeInteger(value)) return { kind: "atom", text: String(value), number: true };
  if (!Number.isFinite(value)) return name("NaN");
  const text = String(value)
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)/, "$1$2$3");
  return { kind: "atom", text, number: true };
}

/**
 * A string literal: ASCII-only with escapes (shared/literals.ts), in double quotes unless the text
 * holds more double than single quotes, which prettier prints in single quotes.
 */
export function str(text: string): Expr {
  return { kind: "string", text: stringLiteral(text) };
}

/** Printable ASCII without double quotes or backslashes: the common case, double-quoted as it is. */
const PLAIN = /^[ !#-[\]-~]*$/;
/** Printable ASCII without single quotes or backslashes (so with a double quote): single-quoted as it is. */
const PLAIN_SINGLE = /^[ -&(-[\]-~]*$/;

export function stringLiteral(text: string): string {
  if (PLAIN.test(text)) return `"${text}"`;
  if (PLAIN_SINGLE.test(text)) return `'${text}'`;
  const double = jsString(text);
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) doubles++;
    else if (code === 39) singles++;
  }
  if (doubles <= singles) return double;
  const body = double.slice(1, -1).replace(/\\(.)|'/g, (escape, escaped: string | undefined) => (escaped === '"' ? '"' : escaped === undefined ? "\\'" : escape));
  return `'${body}'`;
}

/** A JSON value: primitives as literals, objects and arrays through `JSON.parse` so `__proto__` stays a key. */
export function jsonValue(value: unknown): Expr {
  if (value === null) return NULL;
  if (value === undefined) return UNDEFINED;
  if (typeof value === "string") return str(value);
  if (typeof value === "number") return num(value);
  if (typeof value === "boolean") return value ? TRUE : FALSE;
  return call(member(name("JSON"), "parse"), [str(JSON.stringify(value))]);
}

const OBJECT: Context = { kind: "object" };
const KEY: Context = { kind: "key" };
const CALLEE: Context = { kind: "callee" };
const ARGUMENT: Context = { kind: "argument" };
const UNARY: Context = { kind: "unary" };
const ARROW_BODY: Context = { kind: "arrow-body" };
const ELEMENT: Context = { kind: "element" };
/** The parts of a conditional need no parentheses in any of the contexts a conditional takes here. */
const CONDITIONAL_PART: Context = { kind: "conditional", call: false };

export function member(object: Expr, property: string): Expr {
  return { kind: "member", text: `${flatText(object, OBJECT)}.${property}`, object, property };
}

export function index(object: Expr, key: Expr): Expr {
  return { kind: "index", text: `${flatText(object, OBJECT)}[${flatText(key, KEY)}]`, object, index: key };
}

export function call(callee: Expr, args: Expr[]): Expr {
  // A member chain's parts print as they stand; another callee is parenthesized as needed.
  const calleeText = callee.kind === "member" || callee.kind === "index" ? callee.text : flatText(callee, CALLEE);
  return { kind: "call", text: `${calleeText}(${argumentsText(args)})`, callee, args, isNew: false };
}

export function construct(callee: Expr, args: Expr[], typeArguments?: string): Expr {
  const text = `new ${flatText(callee, CALLEE)}${typeArguments ? `<${typeArguments}>` : ""}(${argumentsText(args)})`;
  return { kind: "call", text, callee, args, isNew: true, typeArguments };
}

function argumentsText(args: Expr[]): string {
  let text = "";
  for (let i = 0; i < args.length; i++) text += i === 0 ? flatText(args[i]!, ARGUMENT) : `, ${flatText(args[i]!, ARGUMENT)}`;
  return text;
}

export function not(argument: Expr): Expr {
  return { kind: "unary", text: `!${flatText(argument, UNARY)}`, operator: "!", argument };
}

export function typeOf(argument: Expr): Expr {
  return { kind: "unary", text: `typeof ${flatText(argument, UNARY)}`, operator: "typeof", argument };
}

/**
 * `left operator right`. A logical operand with the same operator on the right is rotated to the
 * left, as prettier's parser does (`a || (b || c)` is printed `a || b || c`).
 */
export function binary(operator: BinaryOperator, left: Expr, right: Expr): Expr {
  if (isLogical(operator) && right.kind === "binary" && right.operator === operator) {
    return binary(operator, binary(operator, left, right.left), right.right);
  }
  const text = `${flatText(left, operand(operator, "left"))} ${operator} ${flatText(right, operand(operator, "right"))}`;
  return { kind: "binary", text, operator, left, right };
}

/** `a || b || c`, left-associative; one operand is itself. */
export function or(operands: Expr[]): Expr {
  return operands.reduce((left, right) => binary("||", left, right));
}

export function and(operands: Expr[]): Expr {
  return operands.reduce((left, right) => binary("&&", left, right));
}

/** `a + b + c`, left-associative. */
export function plus(operands: Expr[]): Expr {
  return operands.reduce((left, right) => binary("+", left, right));
}

export function conditional(test: Expr, consequent: Expr, alternate: Expr): Expr {
  const text = `${flatText(test, CONDITIONAL_PART)} ? ${flatText(consequent, CONDITIONAL_PART)} : ${flatText(alternate, CONDITIONAL_PART)}`;
  return { kind: "conditional", text, test, consequent, alternate };
}

export function arrow(parameter: string, body: Expr): Expr {
  // prettier parenthesizes a conditional body (`x => (a ? b : c)`).
  const bodyText = body.kind === "conditional" ? `(${body.text})` : flatText(body, ARROW_BODY);
  return { kind: "arrow", text: `(${parameter}) => ${bodyText}`, parameter, body };
}

export function array(elements: Expr[]): Expr {
  return { kind: "array", text: `[${elements.map((element) => flatText(element, ELEMENT)).join(", ")}]`, elements };
}
