// When to retry and how long to wait. 429 is always safe to retry (the server refused before doing
// anything); 5xx, timeouts and dropped connections may have happened after the server acted, so
// they are retried only for idempotent methods unless the caller opts in.
import type { HttpMethod } from "./operation.js";

/** Retry knobs; set per client (`ClientOptions.retry`) and overridden per request (`RequestOptions.retry`). */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2; 0 disables retries. */
  maxRetries?: number;
  /** First backoff step when the server gives no hint. Default 500 ms; doubles per retry. */
  baseDelayMs?: number;
  /** Upper bound for any single wait, including server-requested ones. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Also retry POST and PATCH on 5xx, timeouts and connection errors. Default false. */
  retryNonIdempotent?: boolean;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  retryNonIdempotent: false,
};

export function resolveRetryOptions(
  ...layers: Array<RetryOptions | undefined>
): ResolvedRetryOptions {
  const resolved: ResolvedRetryOptions = { ...DEFAULT_RETRY };
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (layer.maxRetries !== undefined)
      resolved.maxRetries = Math.max(0, Math.floor(layer.maxRetries));
    if (layer.baseDelayMs !== undefined)
      resolved.baseDelayMs = Math.max(0, layer.baseDelayMs);
    if (layer.maxDelayMs !== undefined)
      resolved.maxDelayMs = Math.max(0, layer.maxDelayMs);
    if (layer.retryNonIdempotent !== undefined)
      resolved.retryNonIdempotent = layer.retryNonIdempotent;
  }
  return resolved;
}

const IDEMPOTENT: ReadonlySet<string> = new Set<HttpMethod>([
  "GET",
  "HEAD",
  "PUT",
  "DELETE",
  "OPTIONS",
]);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/** Whether an HTTP status deserves another attempt. 501/505 mean "never going to work". */
export function isRetryableStatus(
  status: number,
  method: string,
  options: ResolvedRetryOptions,
): boolean {
  if (status === 429) return true;
  const transient =
    status === 408 || (status >= 500 && status !== 501 && status !== 505);
  return transient && (options.retryNonIdempotent || isIdempotent(method));
}

/** Timeouts and connection errors: the request may or may not have reached the server. */
export function isRetryableFailure(
  method: string,
  options: ResolvedRetryOptions,
): boolean {
  return options.retryNonIdempotent || isIdempotent(method);
}

/**
 * The wait before retry number `retry` (1-based): `Retry-After` (delta-seconds or HTTP date) wins,
 * then `X-RateLimit-Reset` (epoch seconds, Auth0's header), then exponential backoff with jitter.
 * Always capped at `maxDelayMs`.
 */
export function retryDelay(
  retry: number,
  headers: Headers | undefined,
  options: ResolvedRetryOptions,
  now = Date.now(),
): number {
  const hinted =
    headers === undefined
      ? undefined
      : (retryAfterMs(headers, now) ?? rateLimitResetMs(headers, now));
  const delay = hinted ?? backoffMs(retry, options);
  return Math.min(Math.max(0, delay), options.maxDelayMs);
}

export function retryAfterMs(
  headers: Headers,
  now = Date.now(),
): number | undefined {
  const raw = headers.get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function rateLimitResetMs(
  headers: Headers,
  now = Date.now(),
): number | undefined {
  const raw = headers.get("x-ratelimit-reset")?.trim();
  if (!raw || !/^\d+(\.\d+)?$/.test(raw)) return undefined;
  return Math.max(0, Math.round(Number(raw) * 1000 - now));
}

// Exponential growth spreads retries out; the random quarter stops many clients that failed
// together from retrying in lockstep.
function backoffMs(retry: number, options: ResolvedRetryOptions): number {
  const exponential = Math.min(
    options.maxDelayMs,
    options.baseDelayMs * 2 ** Math.max(0, retry - 1),
  );
  return exponential * (1 - Math.random() * 0.25);
}

/** Waits `ms`, rejecting with the signal's reason as soon as the caller aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
