// Spec values printed as JavaScript literals. Output is pure printable ASCII: every other
// character, including NUL, CR, LF, U+2028 and lone surrogates, becomes a `\uXXXX` escape, so no
// spec string can break a literal, end a comment or put a control byte into a generated file.

/** A double-quoted string literal. */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A JSON value as a JavaScript expression; objects go through JSON.parse so `__proto__` stays a key. */
export function jsValue(value: unknown): string {
  if (value === null || typeof value !== "object") return value === undefined ? "undefined" : jsPrimitive(value);
  return `JSON.parse(${jsString(JSON.stringify(value))})`;
}

function jsPrimitive(value: unknown): string {
  if (typeof value === "string") return jsString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NaN";
  return String(value);
}
