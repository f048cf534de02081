// The statements that record a failed check. A type guard passes `e === null` and returns false at
// the first failure; a validator records the error with `fail` (which returns false) and goes on.
import { binary, call, FALSE, name, NULL, str, type Expr } from "./code/expressions.js";
import { PRINT_WIDTH } from "./code/printDoc.js";
import { assignment, closing, elseLine, ifClause, ifOpening, pad } from "./code/statements.js";

const ERRORS = name("e");
const FAIL = name("fail");
const NO_ERRORS = binary("===", ERRORS, NULL);

/** `if (e === null) return false; ok = fail(e, path, keyword, message);`, one statement a line. */
export function failure(depth: number, path: Expr, keyword: string, message: string): string[] {
  return [guard(depth), failed(depth, path, keyword, message)];
}

/** `if (condition) <failure>`, with `otherwise` in an else branch (where the failed test no longer holds). */
export function failIf(depth: number, condition: Expr, path: Expr, keyword: string, message: string, otherwise: string[] = []): string[] {
  const opening = [ifOpening(depth, condition), guard(depth + 1), failed(depth + 1, path, keyword, message)];
  // concat, not spreading: the else branch may hold most of a function's lines.
  return otherwise.length === 0 ? [...opening, closing(depth)] : opening.concat(elseLine(depth), otherwise, closing(depth));
}

/** `if (!check(…)) { if (e === null) return false; ok = false; }`: the check recorded its own errors. */
export function failedCheck(depth: number, notPassing: Expr): string[] {
  return [ifOpening(depth, notPassing), guard(depth + 1), assignment(depth + 1, "ok", FALSE), closing(depth)];
}

/** `if (e === null) return false;` at each depth, printed once. */
const GUARDS: string[] = [];
function guard(depth: number): string {
  return (GUARDS[depth] ??= ifClause(depth, NO_ERRORS, "return false;"));
}

/**
 * `ok = fail(e, path, keyword, message);`, the statement the checks hold most of (17,000 on
 * Auth0): its line is written straight from the arguments' text, and the call is built as an
 * expression only when that line does not fit.
 */
function failed(depth: number, path: Expr, keyword: string, message: string): string {
  const keywordLiteral = keywordString(keyword);
  const messageLiteral = str(message);
  // A path is a name, a string or a `+` chain: never parenthesized as an argument.
  const oneLine = `ok = fail(e, ${path.text}, ${keywordLiteral.text}, ${messageLiteral.text});`;
  if (2 * depth + oneLine.length <= PRINT_WIDTH) return pad(depth) + oneLine;
  return assignment(depth, "ok", call(FAIL, [ERRORS, path, keywordLiteral, messageLiteral]));
}

/** A dozen keywords repeat by the thousand: one literal each. */
const KEYWORDS = new Map<string, Expr>();
function keywordString(keyword: string): Expr {
  let expr = KEYWORDS.get(keyword);
  if (!expr) KEYWORDS.set(keyword, (expr = str(keyword)));
  return expr;
}
