// One ordering for everything the generator sorts: by UTF-16 code units, never by locale, so the
// same input gives the same output on every machine.
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
