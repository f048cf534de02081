// Where an expression stands, and where prettier puts parentheses for it there
// (prettier/src/language-js/parentheses/needs-parentheses.js): by operator precedence, and around
// what a unary operator, a call or a member lookup applies to.
import type { BinaryOperator, Expr, LogicalOperator } from "./expressions.js";

/** Where an expression stands; prettier's layout depends on the parent node (and sometimes its parent). */
export type Context =
  /** The test of an `if` (its parentheses are the statement's). */
  | { kind: "if-test" }
  /** The test of a `for` loop. */
  | { kind: "for-test" }
  /** The right-hand side of `=` or `:` (declarations, assignments, object properties). */
  | { kind: "assigned" }
  | { kind: "return" }
  | { kind: "unary" }
  | { kind: "operand"; operator: BinaryOperator; side: "left" | "right" }
  | { kind: "argument" }
  | { kind: "callee" }
  | { kind: "object" }
  | { kind: "key" }
  /** A part of a conditional; `call` when the conditional is itself a call argument or returned. */
  | { kind: "conditional"; call: boolean }
  | { kind: "arrow-body" }
  | { kind: "element" };

const OPERATORS: BinaryOperator[] = ["??", "||", "&&", "===", "!==", "<", ">", "<=", ">=", "+", "-", "*", "/", "%"];
const OPERANDS = {
  left: Object.fromEntries(OPERATORS.map((operator) => [operator, { kind: "operand", operator, side: "left" }])) as Record<BinaryOperator, Context>,
  right: Object.fromEntries(OPERATORS.map((operator) => [operator, { kind: "operand", operator, side: "right" }])) as Record<BinaryOperator, Context>,
};

/** The context of an operand (contexts are shared: building the checks makes a great many). */
export function operand(operator: BinaryOperator, side: "left" | "right"): Context {
  return OPERANDS[side][operator];
}

/** The one-line text of `expr` standing in `context`: its own text, parenthesized if it must be. */
export function flatText(expr: Expr, context: Context): string {
  const kind = expr.kind;
  // Only operators, conditionals and arrows are ever parenthesized.
  if (kind !== "binary" && kind !== "unary" && kind !== "conditional" && kind !== "arrow") return expr.text;
  return needsParens(expr, context) ? `(${expr.text})` : expr.text;
}

export function isLogical(operator: BinaryOperator): operator is LogicalOperator {
  return operator === "||" || operator === "&&" || operator === "??";
}

const PRECEDENCE: Record<BinaryOperator, number> = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
};

export function needsParens(expr: Expr, context: Context): boolean {
  const k = context.kind;
  switch (expr.kind) {
    case "binary":
      if (k === "unary" || k === "callee" || k === "object") return true;
      return k === "operand" && operandNeedsParens(expr.operator, context.operator, context.side);
    case "conditional":
    case "arrow":
      return k === "operand" || k === "unary" || k === "callee" || k === "object";
    case "unary":
      return k === "callee" || k === "object";
    default:
      return false;
  }
}

function operandNeedsParens(own: BinaryOperator, parent: BinaryOperator, side: "left" | "right"): boolean {
  // prettier makes mixed `&&` / `||` explicit: `(a && b) || c`.
  if (isLogical(own) && isLogical(parent) && own !== parent) return true;
  const ownPrecedence = PRECEDENCE[own];
  const parentPrecedence = PRECEDENCE[parent];
  if (parentPrecedence > ownPrecedence) return true;
  if (side === "right" && parentPrecedence === ownPrecedence) return true;
  if (parentPrecedence === ownPrecedence && !shouldFlatten(parent, own)) return true;
  if (parentPrecedence < ownPrecedence && own === "%") return parent === "+" || parent === "-";
  return false;
}

/** Whether `a parent b child c` prints as one chain (prettier's shouldFlatten). */
export function shouldFlatten(parent: BinaryOperator, child: BinaryOperator): boolean {
  if (PRECEDENCE[parent] !== PRECEDENCE[child]) return false;
  const equality = (op: BinaryOperator) => op === "===" || op === "!==";
  if (equality(parent) && equality(child)) return false;
  const multiplicative = (op: BinaryOperator) => op === "*" || op === "/" || op === "%";
  if ((child === "%" && multiplicative(parent)) || (parent === "%" && multiplicative(child))) return false;
  if (child !== parent && multiplicative(child) && multiplicative(parent)) return false;
  return true;
}
