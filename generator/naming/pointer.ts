// Config locations in naming diagnostics are JSON pointers; keys such as `a/b` need RFC 6901 escapes.
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
