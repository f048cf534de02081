// Line layout for generated TypeScript, written to match prettier's output (print width 80) for
// the shapes the emitters produce most, so the format stage only has to run prettier on the rest.
// Anything these rules do not cover is left long; the format stage sends it to prettier.

export const PRINT_WIDTH = 80;

/** A type prettier cannot break: a name, a literal, `X[]` or `Array<X>`. */
export const SIMPLE_TYPE = /^(?:[\w$.]+|"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*)(?:\[\])*$|^Array<[\w$.]+>$/;

/**
 * `export type Name = <type>;` as prettier prints it. Its "fluid" assignment layout keeps the type
 * after `=` when the type's first line fits there, else moves the whole type to the next line,
 * indented (where it may then fit flat). Unions too long for a line, or holding an object type,
 * go one variant a line.
 */
export function typeAliasLayout(head: string, type: string): string {
  const line = `${head} = ${type};`;
  if (line.length <= PRINT_WIDTH && !type.includes("\n")) return line;
  const members = splitTopLevel(type, "|");
  if (members.length >= 2) {
    if (huggedUnion(members)) return line;
    // `Record<K, V> | null` too long: prettier hugs the one real member and breaks its arguments.
    const single = members.filter((m) => m !== "null" && m !== "undefined");
    if (single.length === 1 && (typeArguments(single[0]!)?.length ?? 0) >= 2) {
      return genericLayout("", `${head} = `, single[0]!, ` | ${members.filter((m) => m !== single[0]).join(" | ")};`);
    }
    return unionLayout(`${head} =`, "", type, members);
  }
  const parts = splitTopLevel(type, "&");
  if (parts.length >= 2) {
    const broken = intersectionLayout("", parts);
    if (`${head} = ${broken.split("\n")[0]}`.length <= PRINT_WIDTH) return `${head} = ${broken};`;
    const flat = `  ${parts.join(" & ")};`;
    return `${head} =\n${!type.includes("\n") && flat.length <= PRINT_WIDTH ? flat : `  ${shift(broken, "  ")};`}`;
  }
  if (type.includes("\n")) return line;
  // A generic whose `Name<` no longer fits after `=` moves to the next line whole when it fits
  // there; otherwise (and when `Name<` fits) its type arguments break one a line.
  if ((typeArguments(type)?.length ?? 0) >= 2) {
    if (`${head} = ${type.slice(0, type.indexOf("<") + 1)}`.length > PRINT_WIDTH && `  ${type};`.length <= PRINT_WIDTH) return `${head} =\n  ${type};`;
    return genericLayout("", `${head} = `, type, ";");
  }
  return SIMPLE_TYPE.test(type) ? `${head} =\n  ${type};` : line;
}

/** `Name<A, B>` → its type arguments `["A", "B"]`; undefined for anything but a generic. */
function typeArguments(type: string): string[] | undefined {
  const generic = /^[\w$.#]+<(.*)>$/s.exec(type);
  return generic ? splitTopLevel(generic[1]!, ",") : undefined;
}

/**
 * A union too long for the line of `head` (`export type X =`, `  key:`): on the next line when it
 * fits there flat, else one variant a line, object types among them moved right.
 */
function unionLayout(head: string, indent: string, type: string, members: string[]): string {
  const next = `${indent}  ${type};`;
  if (!type.includes("\n") && next.length <= PRINT_WIDTH) return `${head}\n${next}`;
  return `${head}\n${members.map((m) => `${indent}  | ${shift(m, "    ")}`).join("\n")};`;
}

/**
 * An intersection broken as prettier breaks it (the group breaks as soon as a member is a
 * multi-line object type): two named types in a row go on separate lines, indented; a name and an
 * object type stay on one line, `A & {`; members after the second are indented one level when an
 * object type is involved. `indent` is that of the line the intersection starts on.
 */
export function intersectionLayout(indent: string, members: string[]): string {
  const isObject = (member: string) => member.startsWith("{");
  let text = members[0]!;
  let wasIndented = false;
  for (let i = 1; i < members.length; i++) {
    const previous = members[i - 1]!;
    const member = members[i]!;
    if (!isObject(previous) && !isObject(member)) text += ` &\n${indent}  ${member}`;
    else if (isObject(previous) && isObject(member)) text += ` & ${wasIndented ? shift(member, "  ") : member}`;
    else {
      if (i > 1) wasIndented = true;
      text += ` & ${i > 1 ? shift(member, "  ") : member}`;
    }
  }
  return text;
}

/** `{ … } | null`: one object type with only `null`/`undefined` beside it stays hugged, as prettier keeps it. */
function huggedUnion(members: string[]): boolean {
  const objects = members.filter((m) => m.startsWith("{"));
  return objects.length === 1 && members.every((m) => m.startsWith("{") || m === "null" || m === "undefined");
}

/** Indents every line after the first by `by` (a multi-line member moved right). */
function shift(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

/**
 * `key?: <type>;` at `indent`: on one line, else the type on the next line, else one member a line;
 * an intersection breaks as intersectionLayout says.
 */
export function memberLayout(indent: string, key: string, type: string): string {
  const line = `${indent}${key}: ${type};`;
  if (line.length <= PRINT_WIDTH && !type.includes("\n")) return line;
  const members = splitTopLevel(type, "|");
  if (members.length >= 2) return huggedUnion(members) ? line : unionLayout(`${indent}${key}:`, indent, type, members);
  const parts = splitTopLevel(type, "&");
  if (parts.length >= 2) return `${indent}${key}: ${intersectionLayout(indent, parts)};`;
  return line;
}

/**
 * `name(a: A, b?: B): R {` on one line, else one parameter a line with a trailing comma
 * (parameterLayout); a return type still too long then breaks its type arguments (genericLayout).
 * An overload declaration ends in `;` instead of ` {`, one column less.
 */
export function signatureLayout(indent: string, name: string, parameters: string[], returnType: string, end: " {" | ";" = " {"): string {
  const line = `${indent}${name}(${parameters.join(", ")}): ${returnType}${end}`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${indent}${name}(\n${parameters.map((p) => parameterLayout(`${indent}  `, p)).join("\n")}\n${genericLayout(indent, `): `, returnType, end)}`;
}

/**
 * One parameter of a broken signature, `name: Type,`. Too long, a union goes one variant a line
 * and an intersection ending in an inline object type (`P & { include_totals: true }`) opens that
 * object, as prettier does.
 */
export function parameterLayout(indent: string, parameter: string): string {
  const line = `${indent}${parameter},`;
  if (line.length <= PRINT_WIDTH) return line;
  const colon = /^[\w$]+\??: /.exec(parameter);
  if (!colon) return line;
  const name = colon[0].slice(0, -2);
  const type = parameter.slice(colon[0].length);
  const variants = splitTopLevel(type, "|");
  if (variants.length >= 2) return `${indent}${name}:\n${variants.map((v) => `${indent}  | ${v}`).join("\n")},`;
  const inline = /^(.*) & \{ ([^{}]*) \}$/s.exec(type);
  if (inline && `${indent}${name}: ${inline[1]} & {`.length <= PRINT_WIDTH) {
    const members = splitTopLevel(inline[2]!.replace(/[;,]\s*$/, ""), ";").flatMap((m) => splitTopLevel(m, ","));
    return `${indent}${name}: ${inline[1]} & {\n${members.map((m) => `${indent}  ${m};`).join("\n")}\n${indent}},`;
  }
  return line;
}

/**
 * `<head><Name<A, B>><tail>` on one line when it fits. Otherwise prettier breaks the type
 * arguments one a line (no trailing comma) and closes with `>` at `indent`; an argument that is a
 * union too long for its line goes one variant a line. A single argument stays on the line unless
 * it is a union (prettier leaves `Name<LongName>` long).
 */
export function genericLayout(indent: string, head: string, generic: string, tail: string): string {
  const line = `${indent}${head}${generic}${tail}`;
  const args = typeArguments(generic);
  if (line.length <= PRINT_WIDTH || !args) return line;
  if (args.length < 2 && splitTopLevel(args[0]!, "|").length < 2) return line;
  const inner = `${indent}  `;
  const argument = (arg: string, last: boolean) => {
    const comma = last ? "" : ",";
    const variants = splitTopLevel(arg, "|");
    if (`${inner}${arg}${comma}`.length <= PRINT_WIDTH || variants.length < 2) return `${inner}${arg}${comma}`;
    return `${variants.map((v) => `${inner}| ${v}`).join("\n")}${comma}`;
  };
  return `${indent}${head}${generic.slice(0, generic.indexOf("<"))}<\n${args.map((a, i) => argument(a, i === args.length - 1)).join("\n")}\n${indent}>${tail}`;
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

/** `key: { a, b: c },` at `indent`, else one entry a line with trailing commas (propertyLayout). */
export function objectFieldLayout(indent: string, key: string, entries: string[]): string {
  const line = `${indent}${key}: { ${entries.join(", ")} },`;
  if (line.length <= PRINT_WIDTH) return line;
  return `${indent}${key}: {\n${entries.map((e) => entryLayout(`${indent}  `, e)).join("\n")}\n${indent}},`;
}

/** `key: value,` or a shorthand `key,`, laid out by propertyLayout. */
function entryLayout(indent: string, entry: string): string {
  const colon = /^([\w$]+|"(?:[^"\\]|\\.)*"): /.exec(entry);
  return colon ? propertyLayout(indent, colon[1]!, entry.slice(colon[0].length)) : `${indent}${entry},`;
}

/**
 * An object property `key: value,`. Too long, prettier moves a string or a member chain
 * (`params?.name`) to the next line, unless the key is shorter than the indentation that would
 * gain (tab width + 3), as with `path: "/a/long/path",`.
 */
export function propertyLayout(indent: string, key: string, value: string): string {
  const line = `${indent}${key}: ${value},`;
  if (line.length <= PRINT_WIDTH || key.length < 5) return line;
  if (/^"(?:[^"\\]|\\.)*"$/.test(value) || /^[\w$]+(\??\.[\w$]+)+$/.test(value)) return `${indent}${key}:\n${indent}  ${value},`;
  return line;
}

/** Splits at `separator` where it stands outside brackets, string literals and comments. */
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
    if (ch === "/" && expression[i + 1] === "*") {
      // A doc comment inside an object type: its text may hold any bracket or operator.
      const end = expression.indexOf("*/", i + 2);
      i = end < 0 ? expression.length : end + 1;
    } else if (ch === '"' || ch === "'") quote = ch;
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
