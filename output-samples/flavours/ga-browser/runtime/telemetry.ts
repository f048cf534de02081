// Identifying the client to the server. Browsers forbid scripts from setting User-Agent (fetch drops
// or rejects it), so the identity always travels in a custom header, and User-Agent is added only
// where the runtime allows it (Node, Deno, Bun, workers without a DOM).

/** The generated package's identity; the generator passes it through `CoreConfig.sdk`. */
export interface SdkInfo {
  name: string;
  version: string;
}

export interface TelemetryOptions {
  /** Header carrying the identity. Default `x-client-telemetry`. */
  headerName?: string;
  /** Extra `key/value` tokens appended to the header, e.g. `{ app: "billing/1.4" }`. */
  extra?: Record<string, string>;
}

export const DEFAULT_TELEMETRY_HEADER = "x-client-telemetry";

/**
 * Headers identifying the client: `x-client-telemetry: gen-client/0.1.0 node/20.20.0` and, outside
 * browsers, `user-agent` (the caller's `userAgent`, else the same identity string).
 * `telemetry: false` drops the custom header; `userAgent` still applies.
 */
export function telemetryHeaders(
  sdk: SdkInfo,
  telemetry: boolean | TelemetryOptions | undefined,
  userAgent: string | undefined,
): Record<string, string> {
  const identity = [`${sdk.name}/${sdk.version}`, runtimeToken()]
    .concat(
      Object.entries(
        typeof telemetry === "object" ? (telemetry.extra ?? {}) : {},
      ).map(([k, v]) => `${k}/${v}`),
    )
    .filter((token): token is string => token !== undefined)
    .join(" ");
  const headers: Record<string, string> = {};
  if (telemetry !== false) {
    const name =
      (typeof telemetry === "object" ? telemetry.headerName : undefined) ??
      DEFAULT_TELEMETRY_HEADER;
    headers[name.toLowerCase()] = identity;
  }
  if (!isBrowser()) headers["user-agent"] = userAgent ?? identity;
  return headers;
}

// Structural look-ups on globalThis: the runtime is type-checked without @types/node or Deno types.
function runtimeToken(): string | undefined {
  const g = globalThis as {
    process?: { versions?: { node?: string; bun?: string } };
    Deno?: { version?: { deno?: string } };
  };
  if (g.Deno?.version?.deno) return `deno/${g.Deno.version.deno}`;
  if (g.process?.versions?.bun) return `bun/${g.process.versions.bun}`;
  if (g.process?.versions?.node) return `node/${g.process.versions.node}`;
  return isBrowser() ? "browser" : undefined;
}

export function isBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window === "object" && typeof g.document === "object";
}
