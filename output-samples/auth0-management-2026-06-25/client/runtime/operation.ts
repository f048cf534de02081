// The contract between generated resource methods and the runtime.
//
// Every generated method builds one `OperationCall` from literals the generator decided (method,
// path template, encodings, paging) plus the caller's arguments, and hands it to `Core`. Nothing in
// it is spec text evaluated as code: the path template is a plain string the runtime fills in with
// encoded values.
import type { KeyShape } from "./key-mapping.js";

export type HttpMethod =
  "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** A query value as callers pass it: arrays repeat the key (style form, explode true). */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | ReadonlyArray<string | number | boolean>;

/** How the request body goes on the wire. */
export type BodyEncoding = "none" | "json" | "form" | "multipart";

/** How the success body comes back: parsed JSON, nothing, an event stream, a string, or a Blob. */
export type ResponseKind = "json" | "void" | "sse" | "text" | "binary";

/** Offset paging uses `page`/`per_page`; checkpoint paging `from`/`take` and the `next` cursor. */
export type PagingStyle = "offset" | "checkpoint" | "both";

export interface PagingSpec {
  style: PagingStyle;
  /**
   * The property of the paged object that holds the items, e.g. `users`, by its name in code (pages
   * are read after `resultKeys` renamed them); absent when only bare arrays come back.
   */
  itemsKey?: string;
}

export interface OperationCall {
  /** The spec's operationId, for errors and logs. */
  operationId: string;
  method: HttpMethod;
  /** The path template as the spec writes it, e.g. `/users/{id}/roles`. */
  path: string;
  /** Values for the template's `{name}` slots, by wire name; each is encoded with encodeURIComponent. */
  pathParams?: Record<string, string | number | boolean>;
  /** Query parameters by wire name; undefined values are omitted. */
  query?: Record<string, QueryValue>;
  /** Header parameters by wire name; undefined values are omitted. */
  headers?: Record<string, string | undefined>;
  body?: unknown;
  /** The encoding used unless the caller picks another the operation allows. */
  bodyEncoding: BodyEncoding;
  /** The encodings this operation accepts (the first is the default). */
  bodyEncodings?: BodyEncoding[];
  responseKind: ResponseKind;
  /** Set on list operations the runtime can page through. */
  paging?: PagingSpec;
  /** camelCase clients: how to rename the body's keys to wire names (see key-mapping.ts). */
  bodyKeys?: KeyShape;
  /** camelCase clients: how to rename the result's (JSON body's or each event's data) keys to code names. */
  resultKeys?: KeyShape;
}
