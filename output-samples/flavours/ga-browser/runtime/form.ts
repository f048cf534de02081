// `application/x-www-form-urlencoded` bodies. Form encoding has no nesting, so the runtime picks one
// rule for every non-scalar and documents it:
//   - arrays repeat the key:            { scopes: ["a", "b"] }  → scopes=a&scopes=b
//   - objects become JSON strings:      { meta: { x: 1 } }      → meta=%7B%22x%22%3A1%7D
//   - objects inside arrays likewise:   { a: [{ x: 1 }] }       → a=%7B%22x%22%3A1%7D
//   - booleans and numbers as text:     true → "true", 3 → "3"
//   - Dates as ISO 8601 strings
//   - null as an empty value (`key=`), undefined omitted.
// The Auth0 Management API accepts JSON for every body that also allows form, so JSON stays the
// default; form is for callers that need it (`RequestOptions.bodyEncoding: "form"`).

/** Encodes a plain object as form fields following the rules above. */
export function encodeForm(body: unknown): URLSearchParams {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TypeError(
      "A form-urlencoded body must be a plain object of fields",
    );
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      params.append(key, formText(item));
    }
  }
  return params;
}

/** The text of one scalar form field; shared with multipart's non-file fields. */
export function formText(value: unknown): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
