// Spec values printed as JavaScript string literals. Output is pure printable ASCII: every other
// character, including NUL, CR, LF, U+2028 and lone surrogates, becomes a `\uXXXX` escape, so no
// spec string can break a literal, end a comment or put a control byte into a generated file.

/** A double-quoted string literal. */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
