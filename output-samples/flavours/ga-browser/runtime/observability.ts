// Hooks and logging. Both only ever see redacted data (see redact.ts), and neither can break a
// request: an exception thrown by a hook or logger is swallowed, because observing a call must not
// change its outcome.

/** Anything with a `debug` method; `console` qualifies. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
}

export interface RequestEvent {
  operationId: string;
  method: string;
  /** The full URL, secret-looking query values redacted. */
  url: string;
  /** Lower-cased names; Authorization and other secrets redacted. */
  headers: Record<string, string>;
  /** The body as sent, secrets redacted: an object for JSON and form bodies, a summary for multipart. */
  body: unknown;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
}

export interface ResponseEvent {
  operationId: string;
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  attempt: number;
  /** Time from sending the request to receiving the response headers. */
  durationMs: number;
}

export interface RetryEvent {
  operationId: string;
  method: string;
  url: string;
  /** The attempt about to be made (2 for the first retry). */
  attempt: number;
  delayMs: number;
  /** `status` (429/5xx), `timeout`, `connection`, or `unauthorized` (token refreshed after a 401). */
  reason: "status" | "timeout" | "connection" | "unauthorized";
  status?: number;
  error?: Error;
}

export interface Hooks {
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
  onRetry?: (event: RetryEvent) => void;
}

/** Fans events out to the hooks and the logger. */
export class Observer {
  readonly #hooks: Hooks;
  readonly #logger: Logger | undefined;

  constructor(hooks: Hooks, logger: Logger | undefined) {
    this.#hooks = hooks;
    this.#logger = logger;
  }

  request(event: RequestEvent): void {
    safely(() => this.#hooks.onRequest?.(event));
    this.#log(`→ ${event.method} ${event.url} (attempt ${event.attempt})`, {
      ...event,
    });
  }

  response(event: ResponseEvent): void {
    safely(() => this.#hooks.onResponse?.(event));
    this.#log(
      `← ${event.status} ${event.method} ${event.url} in ${event.durationMs} ms`,
      { ...event },
    );
  }

  retry(event: RetryEvent): void {
    safely(() => this.#hooks.onRetry?.(event));
    const why =
      event.status !== undefined ? `HTTP ${event.status}` : event.reason;
    this.#log(
      `↻ retrying ${event.method} ${event.url} after ${why} in ${event.delayMs} ms (attempt ${event.attempt})`,
      {
        ...event,
        error: event.error?.message,
      },
    );
  }

  #log(message: string, details: Record<string, unknown>): void {
    const logger = this.#logger;
    if (logger !== undefined) safely(() => logger.debug(message, details));
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch {
    // Deliberately ignored: see the file comment.
  }
}
