// Statements printed the moment the compiler builds them, at their indentation (`depth` levels of
// two spaces), as prettier prints them: one statement a line, blocks expanded, `} else {` on the
// closing brace's line. A statement (or block opening) that fits in the print width is its
// one-line text; one that does not is its layout document (printExpression.ts) printed.
//
// Blocks are assembled by the caller from these lines (`ifOpening`, the body, `closing`), as the
// checks are built bottom-up; only expressions are kept as trees, for the lines that overflow.
import { group, ifBreak, indent, line, softline, type Doc } from "./doc.js";
import { binary, name, type Expr } from "./expressions.js";
import { breaksInsideRight, printAssignment } from "./assignment.js";
import { flatText, type Context } from "./parentheses.js";
import { printDoc, PRINT_WIDTH } from "./printDoc.js";
import { printExpression, shouldExpandLastArgument } from "./printExpression.js";

const ASSIGNED: Context = { kind: "assigned" };
const ARGUMENT: Context = { kind: "argument" };
const IF_TEST: Context = { kind: "if-test" };
const FOR_TEST: Context = { kind: "for-test" };
const RETURN: Context = { kind: "return" };
const ELEMENT: Context = { kind: "element" };

const PADS: string[] = [];
/** The indentation of `depth` levels. */
export function pad(depth: number): string {
  return (PADS[depth] ??= "  ".repeat(depth));
}

/**
 * `head(p1, p2): returnType {`, the body's lines (printed at depth 1) and the closing brace; the
 * parameters move one a line (with a trailing comma) when the signature does not fit.
 */
export function printFunction(head: string, parameters: string[], returnType: string, bodyLines: string[]): string {
  const oneLine = `${head}(${parameters.join(", ")}): ${returnType} {`;
  // Parameters never break inside, so a broken list is simply one a line.
  const signature = oneLine.length <= PRINT_WIDTH ? oneLine : `${head}(\n${parameters.map((p) => `  ${p},`).join("\n")}\n): ${returnType} {`;
  // One join: the function's text comes out flat, not as a rope of every line.
  return `${signature}\n${bodyLines.join("\n")}\n}`;
}

/** `const name: type = init;` (or `let`). */
export function declaration(depth: number, variable: string, init: Expr, type?: string, keyword: "const" | "let" = "const"): string {
  const left = type ? `${variable}: ${type}` : variable;
  return (
    statement(depth, `${keyword} ${left} = ${flatText(init, ASSIGNED)};`) ??
    (breaksInsideRight(init) ? brokenCall(depth, `${keyword} ${left} = `, init, ";", true) : undefined) ??
    printed(depth, group([keyword, " ", printAssignment(left, " =", init), ";"]))
  );
}

/** `target = value;` */
export function assignment(depth: number, target: string, value: Expr): string {
  return (
    statement(depth, `${target} = ${flatText(value, ASSIGNED)};`) ??
    (breaksInsideRight(value) ? brokenCall(depth, `${target} = `, value, ";", true) : undefined) ??
    printed(depth, [printAssignment(target, " =", value), ";"])
  );
}

/** `return argument;` */
export function returnStatement(depth: number, argument: Expr): string {
  return statement(depth, `return ${flatText(argument, RETURN)};`) ?? brokenCall(depth, "return ", argument, ";", false) ?? printed(depth, ["return ", returnArgument(argument), ";"]);
}

/** A returned binary expression gets parentheses when it breaks. */
function returnArgument(argument: Expr): Doc {
  const doc = printExpression(argument, RETURN);
  if (argument.kind !== "binary") return doc;
  return group([ifBreak("("), indent([softline, doc]), softline, ifBreak(")")]);
}

/** `prefix if (test) {`, `prefix` being `} else ` for the `if` of an `else if`. */
export function ifOpening(depth: number, test: Expr, prefix = ""): string {
  const text = flatText(test, IF_TEST);
  return statement(depth, `${prefix}if (${text}) {`) ?? brokenTest(depth, test, text, prefix) ?? printed(depth, [prefix, "if (", ifCondition(test), ") {"]);
}

/**
 * `if (`, the test on lines of its own, `) {`: prettier's layout of a test that does not fit,
 * when it is not an operator chain (whose operators would break too) and fits on its line or is
 * a (negated) call that breaks as brokenCall does. Undefined for any other case.
 */
function brokenTest(depth: number, test: Expr, text: string, prefix: string): string | undefined {
  if (test.kind === "binary" || isHugged(test)) return undefined;
  let inner = statement(depth + 1, text);
  if (inner === undefined) {
    const negated = test.kind === "unary" && test.operator === "!";
    inner = brokenCall(depth + 1, negated ? "!" : "", negated ? test.argument : test, "", false);
  }
  return inner === undefined ? undefined : `${pad(depth)}${prefix}if (\n${inner}\n${pad(depth)}) {`;
}

/** `if (test) return false;`: a single statement without braces moves to the next line only when the whole does not fit. */
export function ifClause(depth: number, test: Expr, clause: "return false;" | "continue;"): string {
  return statement(depth, `if (${flatText(test, IF_TEST)}) ${clause}`) ?? printed(depth, group(["if (", ifCondition(test), ")", indent([line, clause])]));
}

/**
 * The test between the `if` parentheses, which break around it when it does not fit; prettier
 * keeps `!(` on the `if` line when the test is a negated `&&`/`||` chain.
 */
function ifCondition(test: Expr): Doc {
  const doc = printExpression(test, IF_TEST);
  return isHugged(test) ? doc : group([indent([softline, doc]), softline]);
}

/** `!(a || b)` or `!!(a && b)`: a test whose parentheses stay on the `if` line. */
function isHugged(test: Expr): boolean {
  let negated = test.kind === "unary" && test.operator === "!" ? test.argument : undefined;
  if (negated?.kind === "unary" && negated.operator === "!") negated = negated.argument;
  return negated?.kind === "binary" && (negated.operator === "||" || negated.operator === "&&" || negated.operator === "??");
}

const ELSE_LINES: string[] = [];
const CLOSING_LINES: string[] = [];

/** `} else {` */
export function elseLine(depth: number): string {
  return (ELSE_LINES[depth] ??= `${pad(depth)}} else {`);
}

export function closing(depth: number): string {
  return (CLOSING_LINES[depth] ??= `${pad(depth)}}`);
}

/** `for (let index = start; index < end; index++) {`; an empty body closes on the same line, `{}`. */
export function forLines(depth: number, index: string, start: Expr, end: Expr, body: string[]): string[] {
  const test = binary("<", name(index), end);
  const opening = `for (let ${index} = ${flatText(start, ASSIGNED)}; ${flatText(test, FOR_TEST)}; ${index}++) {`;
  const header = (): Doc => {
    const init = group(["let ", printAssignment(index, " =", start)]);
    return ["for (", group([indent([softline, init, ";", line, printExpression(test, FOR_TEST), ";", line, `${index}++`]), softline]), ")"];
  };
  if (body.length === 0) return [statement(depth, `${opening}}`) ?? printed(depth, [header(), " {}"])];
  return [statement(depth, opening) ?? printed(depth, [header(), " {"]), ...body, closing(depth)];
}

/** `for (const key in object) {` … `}` */
export function forInLines(depth: number, key: string, object: Expr, body: string[]): string[] {
  const opening = statement(depth, `for (const ${key} in ${flatText(object, ARGUMENT)}) {`) ?? printed(depth, ["for (const ", key, " in ", printExpression(object, ARGUMENT), ") {"]);
  return [opening, ...body, closing(depth)];
}

/** `switch (discriminant) {`, `case a:` … one line each, then the body they share and `}`. */
export function switchLines(depth: number, discriminant: Expr, cases: Expr[], body: string[]): string[] {
  const lines = [statement(depth, `switch (${flatText(discriminant, ARGUMENT)}) {`) ?? printed(depth, ["switch (", group([indent([softline, printExpression(discriminant, ARGUMENT)]), softline]), ") {"])];
  for (const test of cases) lines.push(statement(depth + 1, `case ${flatText(test, ARGUMENT)}:`) ?? printed(depth + 1, ["case ", printExpression(test, ARGUMENT), ":"]));
  return [...lines, ...body, closing(depth)];
}

/** `{` … `}`: a block of its own. */
export function blockLines(depth: number, body: string[]): string[] {
  return [`${pad(depth)}{`, ...body, closing(depth)];
}

/** The statement on one line at `depth`, or undefined when it does not fit. */
function statement(depth: number, oneLine: string): string | undefined {
  return 2 * depth + oneLine.length <= PRINT_WIDTH ? pad(depth) + oneLine : undefined;
}

/** A statement that does not fit on its line, as its document prints it. */
function printed(depth: number, doc: Doc): string {
  return pad(depth) + printDoc(doc, 2 * depth);
}

/**
 * `head callee(`, one argument a line, then `)tail`: how prettier prints a call that does not fit
 * on its line when its callee cannot break and each argument fits on a line of its own; a single
 * array argument hugs the parentheses (`new Set([` … `])`). Nearly every statement that does not
 * fit is such a call (9,000 on Auth0: `ok = fail(`, `if (!checkX(`, `return S.checkX(`), and
 * printing them without building their documents is several times cheaper. Undefined for any
 * other case. `headMustFit`: after `=`, prettier breaks the line before a head that does not fit.
 */
function brokenCall(depth: number, head: string, value: Expr, tail: string, headMustFit: boolean): string | undefined {
  if (value.kind !== "call" || value.args.length === 0 || !isName(value.callee)) return undefined;
  let args = value.args;
  let open = "(";
  let close = ")";
  if (shouldExpandLastArgument(args)) {
    const only = args[0]!;
    // `fn([` … `])`, one element a line; numbers fill their lines instead (left to the documents).
    if (args.length > 1 || only.kind !== "array" || only.elements.every((e) => e.kind === "atom" && e.number)) return undefined;
    [args, open, close] = [only.elements, "([", "])"];
  }
  const callee = value.isNew ? `new ${value.callee.text}${value.typeArguments ? `<${value.typeArguments}>` : ""}` : value.callee.text;
  let text = `${pad(depth)}${head}${callee}${open}`;
  if (headMustFit && text.length > PRINT_WIDTH) return undefined;
  const argumentPad = pad(depth + 1);
  const context = open === "(" ? ARGUMENT : ELEMENT;
  for (const arg of args) {
    const argument = flatText(arg, context);
    if (argumentPad.length + argument.length + 1 > PRINT_WIDTH) return undefined;
    text += `\n${argumentPad}${argument},`;
  }
  return `${text}\n${pad(depth)}${close}${tail}`;
}

/** A name or a lookup on one (`fail`, `S.checkUser`): a callee that never breaks. */
function isName(expr: Expr): boolean {
  return (expr.kind === "atom" && !expr.number) || (expr.kind === "member" && isName(expr.object));
}
