// The attempt loop shared by API calls and the token request: authorize, send with a per-attempt
// timeout, report to hooks, retry what is safe to retry, refresh the token once after a 401, and
// turn every failure into one of the classes in errors.ts.
import type { RawResponse, WithRawResponse } from "./api-promise.js";
import {
  ApiError,
  ConnectionError,
  TimeoutError,
  createApiError,
  type RequestContext,
} from "./errors.js";
import type { Observer } from "./observability.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { discardBody, readBody } from "./response.js";
import {
  isRetryableFailure,
  isRetryableStatus,
  retryDelay,
  sleep,
  type ResolvedRetryOptions,
} from "./retry.js";
import { attemptSignal, type AttemptSignal } from "./signals.js";

/** The fetch signature the runtime needs; the global `fetch` and most polyfills fit it. */
export type FetchFunction = (
  url: string,
  init: RequestInit,
) => Promise<Response>;

/** Supplies bearer tokens to the attempt loop (see auth.ts). */
export interface Authenticator {
  /** Whether asking again after a 401 can yield a different token. */
  readonly refreshable: boolean;
  token(options: {
    forceRefresh: boolean;
    signal?: AbortSignal | undefined;
  }): Promise<string | undefined>;
  /** Forget `token` (it got a 401) unless a newer one already replaced it. */
  invalidate(token: string): void;
}

export interface TransportRequest {
  context: RequestContext;
  /** Every header except Authorization, which the authenticator adds per attempt. */
  headers: Headers;
  body: string | FormData | undefined;
  bodyPreview: unknown;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  auth: Authenticator | undefined;
  /**
   * Streams keep the attempt's signal linked to the caller after the headers arrive (the timer
   * stops) so the consumer can still be aborted; `consume` then owns `attempt.dispose()`.
   */
  stream?: boolean;
}

/** Reads a 2xx response into the call's value. Runs inside the attempt's timeout. */
export type Consume<R> = (
  response: Response,
  attempt: AttemptSignal,
  context: RequestContext,
) => Promise<R>;

export interface Transport {
  fetch: FetchFunction;
  observer: Observer;
}

export async function send<R>(
  transport: Transport,
  request: TransportRequest,
  consume: Consume<R>,
): Promise<WithRawResponse<R>> {
  const { context, retry, signal, auth } = request;
  let retriesUsed = 0;
  let refreshed = false;
  let forceRefresh = false;

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw signal.reason;
    const token =
      auth === undefined
        ? undefined
        : await auth.token({ forceRefresh, signal });
    forceRefresh = false;
    const headers = new Headers(request.headers);
    if (token !== undefined && !headers.has("authorization"))
      headers.set("authorization", `Bearer ${token}`);

    transport.observer.request({
      operationId: context.operationId,
      method: context.method,
      url: redactUrl(context.url),
      headers: redactHeaders(headers),
      body: request.bodyPreview,
      attempt,
    });

    const scope = attemptSignal(signal, request.timeoutMs);
    const started = Date.now();
    let response: Response;
    try {
      response = await transport.fetch(context.url, {
        method: context.method,
        headers,
        body: request.body ?? null,
        signal: scope.signal,
      });
    } catch (error) {
      scope.dispose();
      const failure = classifyFailure(error, scope, context, request.timeoutMs);
      if (
        retriesUsed < retry.maxRetries &&
        isRetryableFailure(context.method, retry)
      ) {
        retriesUsed++;
        await waitBeforeRetry(
          transport,
          request,
          attempt + 1,
          retryDelay(retriesUsed, undefined, retry),
          {
            reason: failure instanceof TimeoutError ? "timeout" : "connection",
            error: failure,
          },
        );
        continue;
      }
      throw failure;
    }

    transport.observer.response({
      operationId: context.operationId,
      method: context.method,
      url: redactUrl(context.url),
      status: response.status,
      headers: redactHeaders(response.headers),
      attempt,
      durationMs: Date.now() - started,
    });

    if (
      response.status === 401 &&
      auth?.refreshable &&
      token !== undefined &&
      !refreshed
    ) {
      refreshed = true;
      forceRefresh = true;
      await discardBody(response);
      scope.dispose();
      auth.invalidate(token);
      await waitBeforeRetry(transport, request, attempt + 1, 0, {
        reason: "unauthorized",
        status: 401,
      });
      continue;
    }

    if (!response.ok) {
      if (
        retriesUsed < retry.maxRetries &&
        isRetryableStatus(response.status, context.method, retry)
      ) {
        retriesUsed++;
        await discardBody(response);
        scope.dispose();
        await waitBeforeRetry(
          transport,
          request,
          attempt + 1,
          retryDelay(retriesUsed, response.headers, retry),
          {
            reason: "status",
            status: response.status,
          },
        );
        continue;
      }
      throw await errorFromResponse(response, scope, context);
    }

    try {
      const data = await consume(response, scope, context);
      return { data, response: rawResponse(response, context) };
    } catch (error) {
      scope.dispose();
      throw classifyFailure(error, scope, context, request.timeoutMs);
    } finally {
      if (request.stream) scope.clearTimeout();
      else scope.dispose();
    }
  }
}

async function waitBeforeRetry(
  transport: Transport,
  request: TransportRequest,
  nextAttempt: number,
  delayMs: number,
  why: {
    reason: "status" | "timeout" | "connection" | "unauthorized";
    status?: number;
    error?: Error;
  },
): Promise<void> {
  transport.observer.retry({
    operationId: request.context.operationId,
    method: request.context.method,
    url: redactUrl(request.context.url),
    attempt: nextAttempt,
    delayMs: Math.round(delayMs),
    ...why,
  });
  if (delayMs > 0) await sleep(delayMs, request.signal);
}

async function errorFromResponse(
  response: Response,
  scope: AttemptSignal,
  context: RequestContext,
): Promise<Error> {
  let body: unknown;
  try {
    body = await readBody(response);
  } catch {
    // The status is known; losing the body to a timeout or a cut connection should not hide it,
    // unless the caller aborted, whose reason always wins.
    if (scope.callerAborted) throw scope.signal.reason;
    body = undefined;
  } finally {
    scope.dispose();
  }
  return createApiError({
    ...context,
    status: response.status,
    statusText: response.statusText,
    body,
    headers: response.headers,
  });
}

/**
 * Maps whatever fetch or a body read threw. A caller's abort is rethrown as their own reason (what
 * fetch itself does); the timer becomes TimeoutError; anything else ConnectionError.
 */
function classifyFailure(
  error: unknown,
  scope: AttemptSignal,
  context: RequestContext,
  timeoutMs: number,
): Error {
  if (scope.callerAborted) throw scope.signal.reason;
  if (scope.timedOut) return new TimeoutError(context, timeoutMs);
  if (
    error instanceof ApiError ||
    error instanceof TimeoutError ||
    error instanceof ConnectionError
  )
    return error;
  return new ConnectionError(context, error);
}

function rawResponse(response: Response, context: RequestContext): RawResponse {
  return {
    status: response.status,
    headers: response.headers,
    url: response.url || context.url,
  };
}
