// A compiled check function as source: `ok` declared when the body records failures, parameters
// the body never reads renamed with a leading underscore (the output passes noUnusedParameters).
import { name, TRUE } from "./code/expressions.js";
import { declaration, printFunction, returnStatement } from "./code/statements.js";

/** A parameter and its type annotation (`["p", "string"]`) or default (`["open", "= false"]`). */
export type Parameter = [string, string];

const LET_OK = declaration(1, "ok", TRUE, undefined, "let");
const RETURN_OK = returnStatement(1, name("ok"));
const RETURN_TRUE = returnStatement(1, TRUE);

/**
 * `body`: the body's lines at depth 1, completed in place. `reads`: the names the body reads, `ok`
 * among them when it records failures (the compiler knows them; finding them in the printed text
 * would mean scanning all 7 MB of it).
 */
export function printCheckFunction(head: string, parameters: Parameter[], body: string[], reads: ReadonlySet<string>): string {
  const printed = parameters.map(([parameter, type]) => {
    const shown = reads.has(parameter) ? parameter : `_${parameter}`;
    return type.startsWith("=") ? `${shown} ${type}` : `${shown}: ${type}`;
  });
  const recordsFailures = reads.has("ok");
  if (recordsFailures) body.unshift(LET_OK);
  body.push(recordsFailures ? RETURN_OK : RETURN_TRUE);
  return printFunction(head, printed, "boolean", body);
}
