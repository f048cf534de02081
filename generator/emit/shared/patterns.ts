// How spec `pattern`s compile in JavaScript: shared by the compiled validators and by templates
// that print their own (the `regexp` template helper).

export type PatternFlags = "u" | "";

/**
 * JSON Schema patterns are ECMA-262 with the `u` flag; a pattern that is only valid without it
 * (Auth0 has 3) falls back to legacy semantics, and one that compiles under neither is undefined:
 * callers report it and leave it unchecked.
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
