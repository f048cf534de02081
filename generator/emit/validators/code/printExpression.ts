// Expression → layout document, built as prettier's estree printer builds it for the same code
// (prettier/src/language-js/print/: binaryish.js, call-arguments.js, member-chain.js, member.js,
// ternary-old.js, arrow-function.js, array.js; parentheses/needs-parentheses.js), restricted to
// the node kinds of expressions.ts and the contexts the validators put them in.
import { align, conditionalGroup, fill, group, ifBreak, indent, line, softline, type Doc, type Lazy } from "./doc.js";
import type { BinaryOperator, Expr } from "./expressions.js";
import { flatText, isLogical, needsParens, operand, shouldFlatten, type Context } from "./parentheses.js";

/** The expression's document, built when the printer finds its one-line text does not fit. */
export function printExpression(expr: Expr, context: Context): Doc {
  if (expr.kind === "atom" || expr.kind === "string") return expr.text;
  return new LazyExpression(expr, context);
}

class LazyExpression implements Lazy {
  readonly type = "lazy";
  readonly text: string;
  /** An `if` test's operator chain breaks with the `if`'s parentheses, even where it would fit. */
  readonly group: boolean;
  expanded?: Doc;

  constructor(
    private readonly expr: Expr,
    private readonly context: Context,
  ) {
    this.text = flatText(expr, context);
    this.group = !(context.kind === "if-test" && expr.kind === "binary");
  }

  expand(): Doc {
    const doc = printNode(this.expr, this.context);
    return needsParens(this.expr, this.context) ? ["(", doc, ")"] : doc;
  }
}

function printNode(expr: Expr, context: Context): Doc {
  switch (expr.kind) {
    case "atom":
    case "string":
      return expr.text;
    case "member":
      return printMember(expr, context);
    case "index":
      return [printExpression(expr.object, { kind: "object" }), printLookup(expr)];
    case "call":
      return printCall(expr);
    case "unary":
      return [expr.operator === "typeof" ? "typeof " : expr.operator, printExpression(expr.argument, { kind: "unary" })];
    case "binary":
      return printBinary(expr, context);
    case "conditional":
      return printConditional(expr, context);
    case "arrow":
      return printArrow(expr, false);
    case "array":
      return printArray(expr);
  }
}

// --- Members and calls (member.js, member-chain.js, call-arguments.js) ------------------------

function printMember(expr: Extract<Expr, { kind: "member" }>, context: Context): Doc {
  const lookup = `.${expr.property}`;
  const object = expr.object;
  // A lookup on a plain name, or on a call with arguments being assigned, stays on its line.
  const inline = (object.kind === "atom" && context.kind !== "object") || (context.kind === "assigned" && object.kind === "call" && object.args.length > 0);
  return [printExpression(object, { kind: "object" }), inline ? lookup : group(indent([softline, lookup]))];
}

function printLookup(expr: Expr): Doc {
  if (expr.kind === "member") return `.${expr.property}`;
  if (expr.kind !== "index") throw new Error(`not a member lookup: ${expr.kind}`);
  const key = printExpression(expr.index, { kind: "key" });
  if (expr.index.kind === "atom" && expr.index.number) return ["[", key, "]"];
  return group(["[", indent([softline, key]), softline, "]"]);
}

function printCall(expr: Extract<Expr, { kind: "call" }>): Doc {
  const callee = expr.callee;
  if (!expr.isNew && (callee.kind === "member" || callee.kind === "index")) {
    // A member chain with a single call prints as one group of its parts (printMemberChain).
    const lookups: Doc[] = [];
    let root: Expr = callee;
    while (root.kind === "member" || root.kind === "index") {
      lookups.unshift(printLookup(root));
      root = root.object;
    }
    if (root.kind === "call") throw new Error("member chains with more than one call are not laid out");
    return group([printExpression(root, { kind: "object" }), ...lookups, printArguments(expr.args)]);
  }
  return [expr.isNew ? "new " : "", printExpression(callee, { kind: "callee" }), expr.typeArguments ? `<${expr.typeArguments}>` : "", printArguments(expr.args)];
}

function printArguments(args: Expr[]): Doc {
  if (args.length === 0) return "()";
  const printed = args.map((arg, i): Doc => {
    const doc = printExpression(arg, { kind: "argument" });
    return i < args.length - 1 ? [doc, ",", line] : doc;
  });
  const allBrokenOut = () => group(["(", indent([line, ...printed]), ",", line, ")"], { shouldBreak: true });
  if (shouldExpandLastArgument(args)) {
    // The last argument hugs the parentheses when everything before it fits (`fn(a, [`).
    const head = printed.slice(0, -1);
    const last = args[args.length - 1]!;
    const expanded = last.kind === "arrow" ? printArrow(last, true) : printExpression(last, { kind: "argument" });
    return conditionalGroup([["(", ...head, expanded, ")"], ["(", ...head, group(expanded, { shouldBreak: true }), ")"], allBrokenOut()]);
  }
  return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"]);
}

/** Whether the last argument hugs the parentheses when the arguments break (an array, or an arrow returning a call). */
export function shouldExpandLastArgument(args: Expr[]): boolean {
  const last = args[args.length - 1]!;
  const penultimate = args[args.length - 2];
  const expandable = (last.kind === "array" && last.elements.length > 0) || (last.kind === "arrow" && (last.body.kind === "call" || last.body.kind === "conditional" || last.body.kind === "array"));
  return expandable && (!penultimate || penultimate.kind !== last.kind) && !(args.length > 1 && isConciseArray(last));
}

// --- Binary and logical expressions (binaryish.js) --------------------------------------------

/** prettier tells BinaryExpression from LogicalExpression when deciding what to group. */
function nodeType(expr: Expr): string {
  return expr.kind === "binary" ? (isLogical(expr.operator) ? "logical" : "binary") : expr.kind;
}

function contextType(context: Context): string {
  return context.kind === "operand" ? (isLogical(context.operator) ? "logical" : "binary") : context.kind;
}

function printBinary(expr: Extract<Expr, { kind: "binary" }>, context: Context): Doc {
  const insideParens = context.kind === "if-test";
  const parts = binaryParts(expr, contextType(context), insideParens);
  if (insideParens) return parts;
  if (context.kind === "callee" || context.kind === "unary" || context.kind === "object") return group([indent([softline, ...parts]), softline]);
  const shouldNotIndent =
    context.kind === "return" || context.kind === "arrow-body" || context.kind === "for-test" || (context.kind === "conditional" && !context.call);
  // No logical expression here has an object or array on its right, so none is "inlined".
  if (shouldNotIndent || context.kind === "assigned") return group(parts);
  const firstGroup = parts.findIndex((part) => typeof part === "object" && !Array.isArray(part) && part.type === "group");
  const head = parts.slice(0, firstGroup === -1 ? 1 : firstGroup + 1);
  return group([...head, indent(parts.slice(head.length))]);
}

/** The operands and operators of a chain of one precedence, flattened (printBinaryishExpressions). */
function binaryParts(expr: Extract<Expr, { kind: "binary" }>, parentType: string, insideParens: boolean): Doc[] {
  const { left, right, operator } = expr;
  const parts: Doc[] =
    left.kind === "binary" && shouldFlatten(operator, left.operator)
      ? binaryParts(left, nodeType(expr), insideParens)
      : [group(printExpression(left, operand(operator, "left")))];
  const rightDoc: Doc = [operator, line, printExpression(right, operand(operator, "right"))];
  const type = nodeType(expr);
  const shouldGroup = !(insideParens && type === "logical") && parentType !== type && nodeType(left) !== type && nodeType(right) !== type;
  parts.push(" ", shouldGroup ? group(rightDoc) : rightDoc);
  return parts;
}

// --- Conditional expressions (ternary-old.js), arrows (arrow-function.js), arrays (array.js) ---

function printConditional(expr: Extract<Expr, { kind: "conditional" }>, context: Context): Doc {
  const call = context.kind === "argument" || context.kind === "return";
  const part = { kind: "conditional", call } as const;
  // `(a ? b : c).d` and `(a ? b : c)()` break before their closing parenthesis.
  const breakClosingParen = context.kind === "object" || context.kind === "callee";
  return group([
    printExpression(expr.test, part),
    indent([line, "? ", align(2, printExpression(expr.consequent, part)), line, ": ", align(2, printExpression(expr.alternate, part))]),
    breakClosingParen ? softline : "",
  ]);
}

/** `(x: T) => body`; `expanded` when it is a call's last argument hugging the parentheses. */
function printArrow(expr: Extract<Expr, { kind: "arrow" }>, expanded: boolean): Doc {
  const parameters: Doc = expanded ? `(${expr.parameter})` : ["(", indent([softline, expr.parameter]), ifBreak(","), softline, ")"];
  const body = printExpression(expr.body, { kind: "arrow-body" });
  const trailingComma = expanded ? ifBreak(",") : "";
  const trailingSpace = expanded ? softline : "";
  let bodyDoc: Doc;
  if (expr.body.kind === "conditional") {
    bodyDoc = [" ", group([ifBreak("", "("), indent([softline, body]), ifBreak("", ")"), trailingComma, trailingSpace])];
  } else if (expr.body.kind === "array" || expr.body.kind === "arrow") {
    bodyDoc = [" ", body];
  } else {
    bodyDoc = [indent([line, body]), trailingComma, trailingSpace];
  }
  return group([group(group(parameters)), " =>", group(bodyDoc)]);
}

/** Numbers only: printed filling each line rather than one a line. */
function isConciseArray(expr: Expr): boolean {
  return expr.kind === "array" && expr.elements.length > 0 && expr.elements.every((e) => e.kind === "atom" && e.number === true);
}

function printArray(expr: Extract<Expr, { kind: "array" }>): Doc {
  if (expr.elements.length === 0) return "[]";
  const id = Symbol("array");
  let items: Doc;
  if (isConciseArray(expr)) {
    const trailingComma = ifBreak(",", "", id);
    const parts: Doc[] = [];
    expr.elements.forEach((element, i) => {
      const last = i === expr.elements.length - 1;
      parts.push([printExpression(element, { kind: "element" }), last ? trailingComma : ","]);
      if (!last) parts.push(line);
    });
    items = fill(parts);
  } else {
    const parts: Doc[] = [];
    expr.elements.forEach((element, i) => {
      parts.push(group(printExpression(element, { kind: "element" })));
      if (i < expr.elements.length - 1) parts.push([",", line]);
    });
    items = [parts, ifBreak(",")];
  }
  return group(["[", indent([softline, items]), softline, "]"], { id });
}
