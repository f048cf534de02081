// The HTTP core every generated method calls. A generated method only describes the operation (an
// `OperationCall`, see operation.ts) and passes the caller's `RequestOptions`; everything about the
// wire lives here and in the small modules it wires together:
//   auth.ts (tokens), transport.ts (attempt loop), retry.ts, signals.ts (timeout + abort),
//   body.ts/form.ts/multipart.ts (request bodies), response.ts, paging.ts, sse.ts, errors.ts,
//   observability.ts + redact.ts (hooks, logger), telemetry.ts (identity headers),
//   key-mapping.ts (camelCase property names ↔ wire names; passed in by camelCase clients only).
//
// The generated client constructs one Core and shares it between resources:
//   new Core(options, {
//     baseUrlForDomain: (domain) => `https://${domain}/api/v2`,   // the spec's server URL
//     defaultBaseUrl: "https://{TENANT}.auth0.com/api/v2",        // used when neither is passed
//     sdk: { name: "my-auth0-client", version: "1.2.3" },         // optional, for telemetry
//   });
import { ApiPromise } from "./api-promise.js";
import {
  ClientCredentialsAuth,
  resolveClientCredentials,
  staticTokenAuth,
  supplierAuth,
} from "./auth.js";
import type { ClientCredentials, TokenSupplier } from "./auth.js";
import { encodeBody } from "./body.js";
import type { RequestContext } from "./errors.js";
import type { KeyMapping } from "./key-mapping.js";
import { Observer, type Hooks, type Logger } from "./observability.js";
import type { BodyEncoding, OperationCall, QueryValue } from "./operation.js";
import { PagePromise } from "./paging.js";
import { readSuccess } from "./response.js";
import { resolveRetryOptions, type RetryOptions } from "./retry.js";
import { EventStream } from "./sse.js";
import {
  Validation,
  type ValidationMode,
  type ValidatorLoader,
} from "./validation.js";
import {
  telemetryHeaders,
  type SdkInfo,
  type TelemetryOptions,
} from "./telemetry.js";
import {
  send,
  type Authenticator,
  type Consume,
  type FetchFunction,
  type Transport,
} from "./transport.js";
import {
  fillPath,
  mergeQuery,
  normalizeDomain,
  queryString,
  trimBaseUrl,
} from "./url.js";

// Kept importable from core.ts, where generated code and older templates looked for them.
export { fillPath, queryString };
export type { TokenSupplier };

export interface ClientOptions extends Hooks {
  /** The full URL prefix, e.g. `https://tenant.auth0.com/api/v2`. Wins over `domain`. */
  baseUrl?: string;
  /** The tenant's domain, e.g. `tenant.auth0.com` (a scheme or trailing slash is tolerated). */
  domain?: string;
  /** A static bearer token, or a (sync or async) function returning one. Exclusive with `clientCredentials`. */
  token?: TokenSupplier;
  /** Let the client fetch and refresh tokens itself with the client-credentials grant. */
  clientCredentials?: ClientCredentials;
  /** Headers sent with every request (per-request headers win). */
  headers?: Record<string, string | undefined>;
  /** A fetch implementation; defaults to the global one. */
  fetch?: FetchFunction;
  /** Per-attempt timeout in ms; default 60 000; 0 disables it. */
  timeoutMs?: number;
  /** Retry policy (see retry.ts for the defaults). */
  retry?: RetryOptions;
  /** Receives one debug line per request, response and retry, secrets redacted. `console` works. */
  logger?: Logger;
  /** Sets the identity header's name or extra tokens; `false` omits it. */
  telemetry?: boolean | TelemetryOptions;
  /** User-Agent outside browsers (browsers forbid setting it). Default: the telemetry identity. */
  userAgent?: string;
  /**
   * Check requests (before sending) and/or responses against the API's schemas: `"requests"`,
   * `"responses"`, `"both"` or `"off"` (default). Failures throw `RequestValidationError` or
   * `ResponseValidationError` with every issue and its JSON pointer.
   */
  validate?: ValidationMode;
}

export interface RequestOptions {
  /** Extra headers for this request only; they win over every other header. `undefined` removes one. */
  headers?: Record<string, string | undefined>;
  /** Extra query parameters for this request only; they win over the method's parameters. */
  query?: Record<string, QueryValue>;
  /** Aborts the request (and any retry wait); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this request; overrides `ClientOptions.timeoutMs`. */
  timeoutMs?: number;
  /** Retry settings for this request; merged over `ClientOptions.retry`. */
  retry?: RetryOptions;
  /** Send the body in another encoding the operation accepts (e.g. `"form"`). */
  bodyEncoding?: Exclude<BodyEncoding, "none">;
}

/** What the generated client knows about its API; the second argument of `new Core`. */
export interface CoreConfig {
  /** Turns `ClientOptions.domain` into the base URL (fills the spec's server variable). */
  baseUrlForDomain: (domain: string) => string;
  /** The spec's server URL as written; if it still has `{placeholders}`, callers must pass `domain` or `baseUrl`. */
  defaultBaseUrl: string;
  /** The generated package's name and version, for the telemetry header and User-Agent. */
  sdk?: SdkInfo;
  /** Loads the generated validators, for `ClientOptions.validate`. */
  loadValidators?: ValidatorLoader;
  /**
   * camelCase clients: renames keys between code and wire names by each call's `bodyKeys` and
   * `resultKeys` (key-mapping.ts). Passed in rather than imported so other clients' bundles leave it out.
   */
  keyMapping?: KeyMapping;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_SDK: SdkInfo = { name: "gen-client", version: "0.0.0" };

export class Core {
  readonly baseUrl: string;
  readonly #options: ClientOptions;
  readonly #transport: Transport;
  readonly #auth: Authenticator | undefined;
  readonly #defaultHeaders: Headers;
  readonly #validation: Validation;
  readonly #keys: KeyMapping | undefined;

  constructor(options: ClientOptions, config: CoreConfig) {
    this.#options = options;
    this.#keys = config.keyMapping;
    this.#validation = new Validation(options.validate, config.loadValidators);
    this.baseUrl = resolveBaseUrl(options, config);
    const fetchImpl = options.fetch ?? defaultFetch;
    this.#transport = {
      fetch: fetchImpl,
      observer: new Observer(options, options.logger),
    };
    this.#defaultHeaders = new Headers(
      telemetryHeaders(
        config.sdk ?? DEFAULT_SDK,
        options.telemetry,
        options.userAgent,
      ),
    );
    this.#auth = this.#createAuth(options);
  }

  /** A JSON (or bodiless) operation. */
  request<T>(call: OperationCall, options: RequestOptions = {}): ApiPromise<T> {
    const query = mergeQuery(call.query, options.query);
    return new ApiPromise<T>(
      this.#execute(call, options, query, (response) =>
        readSuccess<T>(response, call.responseKind),
      ),
    );
  }

  /** A list operation: awaits to the first page, iterates every item of every page. */
  list<TPage, TItem>(
    call: OperationCall,
    options: RequestOptions = {},
  ): PagePromise<TPage, TItem> {
    const fetchPage = (query: Record<string, QueryValue>) =>
      this.#execute(call, options, query, (response) =>
        readSuccess<TPage>(response, call.responseKind),
      );
    const query = mergeQuery(call.query, options.query);
    return new PagePromise<TPage, TItem>(
      fetchPage(query),
      fetchPage,
      query,
      call.paging,
    );
  }

  /** A `text/event-stream` operation: resolves once the stream is open (2xx headers received). */
  stream<T>(
    call: OperationCall,
    options: RequestOptions = {},
  ): ApiPromise<EventStream<T>> {
    const query = mergeQuery(call.query, options.query);
    const keys = this.#keys;
    const mapData =
      keys && call.resultKeys
        ? (data: unknown) => keys.fromWire(data, call.resultKeys)
        : undefined;
    const open: Consume<EventStream<T>> = async (response, attempt, context) =>
      new EventStream<T>(response.body, attempt, context, mapData);
    return new ApiPromise(this.#execute(call, options, query, open, true));
  }

  async #execute<R>(
    call: OperationCall,
    options: RequestOptions,
    query: Record<string, QueryValue>,
    consume: Consume<R>,
    stream = false,
  ) {
    // In wire form from here on: the validators check, and the server reads, the spec's names.
    const body = this.#keys
      ? this.#keys.toWire(call.body, call.bodyKeys)
      : call.body;
    if (this.#validation.requests) {
      // Rejects before anything is sent. Per-request extra query and headers are the caller's own.
      await this.#validation.checkRequest(call.operationId, {
        path: call.pathParams,
        query: call.query,
        headers: call.headers,
        body,
      });
    }
    const path = fillPath(call.path, call.pathParams);
    const url = this.baseUrl + path + queryString(query);
    const context: RequestContext = {
      operationId: call.operationId,
      method: call.method,
      path,
      url,
    };
    const encoded = await encodeBody(
      body === call.body ? call : { ...call, body },
      options.bodyEncoding,
    );

    const headers = new Headers(this.#defaultHeaders);
    headers.set(
      "accept",
      call.responseKind === "sse" ? "text/event-stream" : "application/json",
    );
    applyHeaders(headers, this.#options.headers);
    applyHeaders(headers, call.headers, false);
    if (encoded.contentType !== undefined)
      headers.set("content-type", encoded.contentType);
    applyHeaders(headers, options.headers);

    const result = await send(
      this.#transport,
      {
        context,
        headers,
        body: encoded.body,
        bodyPreview: encoded.preview,
        signal: options.signal,
        timeoutMs:
          options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: resolveRetryOptions(this.#options.retry, options.retry),
        auth: this.#auth,
        stream,
      },
      consume,
    );
    if (this.#validation.responses && !stream) {
      await this.#validation.checkResponse(
        call.operationId,
        result.response.status,
        result.data,
      );
    }
    // Validated in wire form, handed to the caller in code form (event streams map each event).
    if (this.#keys && !stream)
      result.data = this.#keys.fromWire(result.data, call.resultKeys) as R;
    return result;
  }

  #createAuth(options: ClientOptions): Authenticator | undefined {
    if (
      options.token !== undefined &&
      options.clientCredentials !== undefined
    ) {
      throw new TypeError(
        "Pass either `token` or `clientCredentials`, not both",
      );
    }
    if (typeof options.token === "string")
      return staticTokenAuth(options.token);
    if (typeof options.token === "function") return supplierAuth(options.token);
    if (options.clientCredentials !== undefined) {
      const { tokenUrl, audience } = resolveClientCredentials(
        options.clientCredentials,
        options.domain,
        this.baseUrl,
      );
      return new ClientCredentialsAuth({
        credentials: options.clientCredentials,
        tokenUrl,
        audience,
        transport: this.#transport,
        headers: this.#defaultHeaders,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: resolveRetryOptions(options.retry),
      });
    }
    return undefined;
  }
}

// Calls the global fetch as a plain function: browsers throw "Illegal invocation" when fetch is
// called as a method of another object, and looking it up per call picks up late polyfills.
const defaultFetch: FetchFunction = (url, init) => {
  if (typeof globalThis.fetch !== "function") {
    throw new TypeError(
      "No global fetch: pass `fetch` in the client options (Node 18+ and browsers have one)",
    );
  }
  return globalThis.fetch(url, init);
};

function resolveBaseUrl(options: ClientOptions, config: CoreConfig): string {
  const domain = options.domain ?? options.clientCredentials?.domain;
  const baseUrl = trimBaseUrl(
    options.baseUrl ??
      (domain !== undefined
        ? config.baseUrlForDomain(normalizeDomain(domain))
        : config.defaultBaseUrl),
  );
  if (/\{[^}]*\}/.test(baseUrl)) {
    throw new TypeError(
      `Pass \`domain\` (e.g. "tenant.auth0.com") or \`baseUrl\` when creating the client; the default server URL ${baseUrl} has placeholders`,
    );
  }
  return baseUrl;
}

// An undefined value removes the header when a caller wrote it on purpose (client or request
// headers) but just means "parameter not passed" for the operation's header parameters.
function applyHeaders(
  target: Headers,
  source: Record<string, string | undefined> | undefined,
  undefinedRemoves = true,
): void {
  if (source === undefined) return;
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined) target.set(name, value);
    else if (undefinedRemoves) target.delete(name);
  }
}
