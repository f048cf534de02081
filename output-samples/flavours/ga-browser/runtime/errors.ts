// Every failure a generated client can raise. Callers branch on `instanceof`, so each HTTP status
// the API documents gets its own class, and transport failures (timeout, connection) are kept apart
// from API answers: an ApiError means the server replied, the others mean it did not.

/** Where a failure happened, shared by every error class so logs and messages read alike. */
export interface RequestContext {
  /** The spec's operationId, e.g. `get_users_by_id` (`oauth_token` for the token request). */
  operationId: string;
  method: string;
  /** The filled path relative to the base URL, e.g. `/users/auth0%7Cabc` (no query string). */
  path: string;
  /** The full URL that was requested, including the query string. */
  url: string;
}

/** Everything the runtime knows about an error response. */
export interface ApiErrorInit extends RequestContext {
  status: number;
  statusText?: string;
  /** The parsed JSON body, the text body when it is not JSON, or undefined when empty. */
  body: unknown;
  headers: Headers;
}

/** The server answered with a non-2xx status. Subclasses narrow the status. */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  /** Parsed JSON body (Auth0 sends `{ statusCode, error, message, errorCode }`), text, or undefined. */
  readonly body: unknown;
  readonly headers: Headers;
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly operationId: string;
  /** Auth0's machine-readable `errorCode` from the body, when present. */
  readonly errorCode: string | undefined;

  constructor(init: ApiErrorInit) {
    super(apiErrorMessage(init));
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.method = init.method;
    this.path = init.path;
    this.url = init.url;
    this.operationId = init.operationId;
    const code = field(init.body, "errorCode");
    this.errorCode = typeof code === "string" ? code : undefined;
  }
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends ApiError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends ApiError {
  override name = "ForbiddenError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}

/** Rate-limit headers as Auth0 sends them; each is undefined when absent or not a number. */
export interface RateLimitInfo {
  limit: number | undefined;
  remaining: number | undefined;
  /** Epoch seconds at which the window resets. */
  reset: number | undefined;
}

export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  readonly rateLimit: RateLimitInfo;
  constructor(init: ApiErrorInit) {
    super(init);
    this.rateLimit = {
      limit: numberHeader(init.headers, "x-ratelimit-limit"),
      remaining: numberHeader(init.headers, "x-ratelimit-remaining"),
      reset: numberHeader(init.headers, "x-ratelimit-reset"),
    };
  }
}

/** Any 5xx. */
export class ServerError extends ApiError {
  override name = "ServerError";
}

/** The request did not complete within `timeoutMs` (per attempt). */
export class TimeoutError extends Error {
  override name = "TimeoutError";
  readonly timeoutMs: number;
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly operationId: string;
  constructor(context: RequestContext, timeoutMs: number) {
    super(
      `${context.method} ${context.path} timed out after ${timeoutMs} ms (${context.operationId})`,
    );
    this.timeoutMs = timeoutMs;
    this.method = context.method;
    this.path = context.path;
    this.url = context.url;
    this.operationId = context.operationId;
  }
}

/** No HTTP answer: DNS failure, refused or reset connection, TLS error, body cut short. */
export class ConnectionError extends Error {
  override name = "ConnectionError";
  readonly method: string;
  readonly path: string;
  readonly url: string;
  readonly operationId: string;
  constructor(context: RequestContext, cause: unknown) {
    super(
      `${context.method} ${context.path} failed to connect: ${describeCause(cause)} (${context.operationId})`,
      { cause },
    );
    this.method = context.method;
    this.path = context.path;
    this.url = context.url;
    this.operationId = context.operationId;
  }
}

/** Picks the subclass for a status so `catch (e) { if (e instanceof NotFoundError) … }` works. */
export function createApiError(init: ApiErrorInit): ApiError {
  switch (init.status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new UnauthorizedError(init);
    case 403:
      return new ForbiddenError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 429:
      return new RateLimitError(init);
    default:
      return init.status >= 500 ? new ServerError(init) : new ApiError(init);
  }
}

// "GET /users/abc failed with 404 Not Found: The user does not exist. [inexistent_user] (get_users_by_id)"
// The body's own message is the most useful part, so it comes first after the status; OAuth errors
// use `error_description`/`error` instead of `message`.
function apiErrorMessage(init: ApiErrorInit): string {
  const status = init.statusText
    ? `${init.status} ${init.statusText}`
    : String(init.status);
  const detail =
    stringField(init.body, "message") ??
    stringField(init.body, "error_description") ??
    stringField(init.body, "error") ??
    (typeof init.body === "string" && init.body.trim() !== ""
      ? truncate(init.body.trim(), 300)
      : undefined);
  const code = stringField(init.body, "errorCode");
  return (
    `${init.method} ${init.path} failed with ${status}` +
    (detail ? `: ${detail}` : "") +
    (code ? ` [${code}]` : "") +
    ` (${init.operationId})`
  );
}

function field(body: unknown, key: string): unknown {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[key]
    : undefined;
}

function stringField(body: unknown, key: string): string | undefined {
  const value = field(body, key);
  return typeof value === "string" && value !== "" ? value : undefined;
}

function numberHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// Node's fetch reports "fetch failed" and hides the useful part (ECONNREFUSED, "other side closed")
// in `cause`, so walk one level down.
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  if (inner instanceof Error) {
    const code = (inner as { code?: unknown }).code;
    return `${cause.message} (${typeof code === "string" ? `${code}: ` : ""}${inner.message})`;
  }
  return cause.message;
}
