// Spec values printed as JavaScript source, ASCII-safe (see shared/literals.ts), and how spec
// patterns compile.
import { jsString } from "../shared/literals.js";

export { jsString };

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

export type PatternFlags = "u" | "";

/**
 * How a spec `pattern` compiles in JavaScript. JSON Schema patterns are ECMA-262 with the `u` flag;
 * a pattern that is only valid without it (Auth0 has 3) falls back to legacy semantics, and one
 * that compiles under neither is reported and left unchecked.
 */
export function patternFlags(pattern: string): PatternFlags | undefined {
  if (compiles(pattern, "u")) return "u";
  if (compiles(pattern, "")) return "";
  return undefined;
}

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}
