// Scrubbing secrets before anything reaches a hook or logger. Logs end up in log aggregators and
// bug reports; a bearer token or client secret there is a credential leak. Redaction errs broad:
// a hidden harmless value costs nothing, a leaked token does.

export const REDACTED = "[REDACTED]";

const SECRET_HEADERS =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key)$|token|secret|api-key|password/i;
const SECRET_KEYS =
  /secret|password|passphrase|token|authorization|api_?key|private_?key|assertion|otp|recovery_code/i;

/** A plain header record with secret values replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADERS.test(name) ? REDACTED : value;
  });
  return out;
}

/** A deep copy of a JSON-like value with secret-looking keys replaced. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value))
    return value.map((item) => redactValue(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] =
      SECRET_KEYS.test(key) && item !== undefined && item !== null
        ? REDACTED
        : redactValue(item, depth + 1);
  }
  return out;
}

/** A URL with secret-looking query parameters replaced (kept readable: `%5BREDACTED%5D` is not). */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart < 0) return url;
  const search = new URLSearchParams(url.slice(queryStart + 1));
  let changed = false;
  const parts: string[] = [];
  search.forEach((value, key) => {
    const secret = SECRET_KEYS.test(key);
    changed ||= secret;
    parts.push(
      `${encodeURIComponent(key)}=${secret ? REDACTED : encodeURIComponent(value)}`,
    );
  });
  return changed ? `${url.slice(0, queryStart)}?${parts.join("&")}` : url;
}
