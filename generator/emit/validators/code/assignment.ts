// `left = right` and `key: value` as prettier lays them out (print/assignment.js): it chooses
// between breaking after the operator and breaking inside the right-hand side from the kind of
// the right-hand side, then prints both sides as groups.
import { group, indent, indentIfBreak, line, type Doc } from "./doc.js";
import type { Expr } from "./expressions.js";
import { printExpression } from "./printExpression.js";

type Layout = "break-after-operator" | "never-break-after-operator" | "fluid";

/**
 * `left operator right` where `left` never breaks (a name, with its type annotation); `operator`
 * is `" ="` or `":"`. `property` marks an object property, whose short keys never break after `:`.
 */
export function printAssignment(left: string, operator: " =" | ":", right: Expr, property = false): Doc {
  // prettier: a property key narrower than tabWidth + 3 columns gains nothing from a break.
  const shortKey = property && left.length < 5;
  const rightDoc = printExpression(right, { kind: "assigned" });
  switch (chooseLayout(right, shortKey)) {
    case "break-after-operator":
      return group([group(left), operator, group(indent([line, rightDoc]))]);
    case "never-break-after-operator":
      return group([group(left), operator, " ", rightDoc]);
    case "fluid": {
      const id = Symbol("assignment");
      return group([group(left), operator, group(indent(line), { id }), indentIfBreak(rightDoc, id)]);
    }
  }
}

/** Whether `left = right` breaks inside `right` before it breaks after `=` (prettier's "fluid" and "never-break" layouts). */
export function breaksInsideRight(right: Expr): boolean {
  return chooseLayout(right, false) !== "break-after-operator";
}

function chooseLayout(right: Expr, shortKey: boolean): Layout {
  if (right.kind === "binary") return "break-after-operator";
  if (right.kind === "conditional" && right.test.kind === "binary") return "break-after-operator";
  if (!shortKey) {
    let node: Expr = right;
    while (node.kind === "unary") node = node.argument;
    if (node.kind === "string" || isPoorlyBreakableChain(node, false)) return "break-after-operator";
  }
  const literal = right.kind === "atom" && (right.text === "true" || right.text === "false" || (right.number === true && !right.text.startsWith("-")));
  if (shortKey || literal) return "never-break-after-operator";
  return "fluid";
}

/** A chain of names and member lookups whose calls take no argument or one short one (`a.b(c).d`). */
function isPoorlyBreakableChain(node: Expr, deep: boolean): boolean {
  switch (node.kind) {
    case "call":
      if (node.isNew || !(node.args.length === 0 || (node.args.length === 1 && isLoneShortArgument(node.args[0]!)))) return false;
      return isPoorlyBreakableChain(node.callee, true);
    case "member":
    case "index":
      return isPoorlyBreakableChain(node.object, true);
    case "atom":
      return deep && !node.number && !LITERAL_KEYWORDS.has(node.text);
    default:
      return false;
  }
}

const LITERAL_KEYWORDS = new Set(["true", "false", "null"]);

/** prettier's isLoneShortArgument: at most a quarter of the print width. */
function isLoneShortArgument(node: Expr): boolean {
  const threshold = 20;
  switch (node.kind) {
    case "atom":
      return node.number === true || LITERAL_KEYWORDS.has(node.text) || node.text.length <= threshold;
    case "string":
      return node.text.length <= threshold;
    case "unary":
      return isLoneShortArgument(node.argument);
    case "call":
      return !node.isNew && node.args.length === 0 && node.callee.kind === "atom" && node.callee.text.length <= threshold - 2;
    default:
      return false;
  }
}
