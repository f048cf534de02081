// Line layout for generated TypeScript, written to match prettier's output (print width 80) for
// the shapes the emitters produce most, so the format stage only has to run prettier on the rest.
// Anything these rules do not cover is left long; the format stage sends it to prettier.

export const PRINT_WIDTH = 80;

/** A type prettier cannot break: a name, a literal, `X[]` or `Array<X>`. */
export const SIMPLE_TYPE = /^(?:[\w$.]+|"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*)(?:\[\])*$|^Array<[\w$.]+>$/;

/** `export type Name = <type>;`, with a union too long for one line broken at its `|`s. */
export function typeAliasLayout(head: string, type: string): string {
  const line = `${head} = ${type};`;
  if (line.length <= PRINT_WIDTH || type.includes("\n")) return line;
  const members = splitTopLevel(type, "|");
  // `Record<string, LongName>` breaks its type arguments, as prettier does.
  if (members.length < 2 && /^[\w$.]+<.*>$/s.test(type) && splitTopLevel(type.slice(type.indexOf("<") + 1, -1), ",").length >= 2) {
    return genericLayout("", `${head} = `, type, ";");
  }
  if (members.length < 2) return SIMPLE_TYPE.test(type) ? `${head} =\n  ${type};` : line;
  const next = `  ${type};`;
  if (next.length <= PRINT_WIDTH) return `${head} =\n${next}`;
  return `${head} =\n${members.map((m) => `  | ${m}`).join("\n")};`;
}

/** `key?: <type>;` at `indent`: on one line, else the type on the next line, else one member a line. */
export function memberLayout(indent: string, key: string, type: string): string {
  const line = `${indent}${key}: ${type};`;
  if (line.length <= PRINT_WIDTH || type.includes("\n")) return line;
  const members = splitTopLevel(type, "|");
  if (members.length < 2) return line;
  const next = `${indent}  ${type};`;
  if (next.length <= PRINT_WIDTH) return `${indent}${key}:\n${next}`;
  return `${indent}${key}:\n${members.map((m) => `${indent}  | ${m}`).join("\n")};`;
}

/**
 * `name(a: A, b?: B): R {` on one line, else one parameter a line with a trailing comma; a return
 * type still too long then breaks its type arguments (genericLayout).
 */
export function signatureLayout(indent: string, name: string, parameters: string[], returnType: string): string {
  const line = `${indent}${name}(${parameters.join(", ")}): ${returnType} {`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${indent}${name}(\n${parameters.map((p) => `${indent}  ${p},`).join("\n")}\n${genericLayout(indent, `): `, returnType, " {")}`;
}

/**
 * `<head><Name<A, B>><tail>` on one line when it fits. Otherwise prettier breaks a generic with two
 * or more type arguments one argument a line (no trailing comma) and closes with `>` at `indent`;
 * a generic with one argument stays long, as prettier leaves it.
 */
export function genericLayout(indent: string, head: string, generic: string, tail: string): string {
  const line = `${indent}${head}${generic}${tail}`;
  const match = /^([\w$.#]+)<(.*)>$/s.exec(generic);
  if (line.length <= PRINT_WIDTH || !match) return line;
  const args = splitTopLevel(match[2]!, ",");
  if (args.length < 2) return line;
  return `${indent}${head}${match[1]}<\n${args.map((a) => `${indent}  ${a}`).join(",\n")}\n${indent}>${tail}`;
}

/** `import type { A, B } from "m";` on one line, else one name a line with a trailing comma. */
export function importLayout(keyword: string, names: string[], from: string): string {
  const line = `${keyword} { ${names.join(", ")} } from ${from};`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${keyword} {\n${names.map((n) => `  ${n},`).join("\n")}\n} from ${from};`;
}

/**
 * `target = callee(argument);` as prettier prints it: on one line if it fits; else, when
 * `target = callee(` still fits, the argument on its own line; else broken after `=`.
 */
export function assignmentLayout(indent: string, target: string, callee: string, argument: string): string {
  const line = `${indent}${target} = ${callee}(${argument});`;
  if (line.length <= PRINT_WIDTH) return line;
  if (`${indent}${target} = ${callee}(`.length <= PRINT_WIDTH) return `${indent}${target} = ${callee}(\n${indent}  ${argument},\n${indent});`;
  return `${indent}${target} =\n${indent}  ${callee}(${argument});`;
}

/** `key: { a, b: c },` at `indent`, else one entry a line with trailing commas. */
export function objectFieldLayout(indent: string, key: string, entries: string[]): string {
  const line = `${indent}${key}: { ${entries.join(", ")} },`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${indent}${key}: {\n${entries.map((e) => `${indent}  ${e},`).join("\n")}\n${indent}},`;
}

/** Splits at `separator` where it stands outside brackets and string literals. */
export function splitTopLevel(expression: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ("{[(<".includes(ch)) depth++;
    else if ("}])>".includes(ch)) depth--;
    else if (depth === 0 && ch === separator) {
      parts.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expression.slice(start).trim());
  return parts;
}
