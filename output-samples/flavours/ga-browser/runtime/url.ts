// Building request URLs: filling path templates and serializing query parameters. Both follow the
// spec's only styles (simple path parameters; query `style: form, explode: true`).
import type { QueryValue } from "./operation.js";

/**
 * Fills `{name}` slots with values encoded by encodeURIComponent, so `auth0|abc/../x` stays one
 * path segment (`auth0%7Cabc%2F..%2Fx`). Empty, `.` and `..` values are refused: URL parsers
 * collapse them (even as `%2E%2E`), which would send the call to a different endpoint.
 */
export function fillPath(
  template: string,
  params: Record<string, string | number | boolean> = {},
): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null)
      throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    const text = String(value);
    if (text === "" || text === "." || text === "..") {
      throw new TypeError(
        `Path parameter "${name}" for ${template} must not be empty, "." or ".." (got "${text}")`,
      );
    }
    return encodeURIComponent(text);
  });
}

/**
 * Serializes query parameters: arrays repeat the key (`a=1&a=2`), booleans are `true`/`false`,
 * undefined and null are omitted. Returns `""` or a string starting with `?`.
 */
export function queryString(query: Record<string, QueryValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    const items: ReadonlyArray<string | number | boolean> = Array.isArray(value)
      ? value
      : [value as string | number | boolean];
    for (const item of items) {
      if (item === undefined || item === null) continue;
      search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/** Later sources win per key; a key set to undefined in a later source removes it. */
export function mergeQuery(
  ...sources: Array<Record<string, QueryValue> | undefined>
): Record<string, QueryValue> {
  const merged: Record<string, QueryValue> = {};
  for (const source of sources) {
    if (source === undefined) continue;
    for (const [key, value] of Object.entries(source)) merged[key] = value;
  }
  return merged;
}

/** Accepts `tenant.auth0.com`, `https://tenant.auth0.com` or `tenant.auth0.com/`; returns the host. */
export function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/\/+$/, "");
}

/** Drops trailing slashes so `baseUrl + "/users"` never doubles them. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}
