// The runtime's public surface: what generated code imports and what the generated package
// re-exports to its users. Internal helpers (the attempt loop, signal plumbing, redaction) stay
// unexported so they can change without breaking anyone.
//
// At a glance (details in each module):
//   new Core(ClientOptions, CoreConfig)
//     .request<T>(call, RequestOptions?)              → ApiPromise<T>
//     .list<TPage, TItem>(call, RequestOptions?)      → PagePromise<TPage, TItem>
//     .stream<T>(call, RequestOptions?)               → ApiPromise<EventStream<T>>
//   ClientOptions:  baseUrl | domain, token | clientCredentials, headers, fetch, timeoutMs, retry,
//                   logger, onRequest, onResponse, onRetry, telemetry, userAgent, validate
//   RequestOptions: headers, query, signal, timeoutMs, retry, bodyEncoding
//   keyMapping (toWire / fromWire) + KeyShape: the key renaming of camelCase clients (keyShapes.ts)
//   ApiPromise<T>:  await → T; .withRawResponse() → { data, response: { status, headers, url } }
//   PagePromise:    await → first page; for await → items; .pages() → page bodies
//   EventStream<T>: for await → { event, data, id, retry }; .close(); .lastEventId
//   Errors:         ApiError ⊃ BadRequestError 400, UnauthorizedError 401, ForbiddenError 403,
//                   NotFoundError 404, ConflictError 409, RateLimitError 429, ServerError 5xx;
//                   TimeoutError, ConnectionError; a caller's abort rejects with the signal's reason;
//                   RequestValidationError / ResponseValidationError with `validate` on.
export { Core, fillPath, queryString } from "./core.js";
export type { ClientOptions, CoreConfig, RequestOptions } from "./core.js";

export type {
  BodyEncoding,
  HttpMethod,
  OperationCall,
  PagingSpec,
  PagingStyle,
  QueryValue,
  ResponseKind,
} from "./operation.js";

export { ApiPromise } from "./api-promise.js";
export type { RawResponse, WithRawResponse } from "./api-promise.js";

export { PagePromise, pageItems } from "./paging.js";

export { EventStream, SseParser } from "./sse.js";
export type { RawServerSentEvent, ServerSentEvent } from "./sse.js";

export {
  ApiError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
} from "./errors.js";
export type { ApiErrorInit, RateLimitInfo, RequestContext } from "./errors.js";

export {
  RequestValidationError,
  ResponseValidationError,
  SchemaValidationError,
} from "./validation.js";
export type {
  OperationChecks,
  ValidationIssue,
  ValidationMode,
  ValidatorLoader,
} from "./validation.js";

export type { ClientCredentials, TokenContext, TokenSupplier } from "./auth.js";
export type { RetryOptions } from "./retry.js";
export type {
  Hooks,
  Logger,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from "./observability.js";
export type { SdkInfo, TelemetryOptions } from "./telemetry.js";
export type { FetchFunction } from "./transport.js";

export { fromWire, keyMapping, toWire } from "./key-mapping.js";
export type { KeyMapping, KeyShape } from "./key-mapping.js";
export type {
  FileData,
  FileFromPath,
  FileWithMetadata,
  Uploadable,
} from "./multipart.js";
