// A real HTTP server on 127.0.0.1 (random port) for wire-level tests of generated clients.
//
// It records every request exactly as received (method, raw undecoded path and query, headers,
// body bytes) and answers from, in order of precedence:
//   1. routes registered with `on(method, path, responder)` (persistent, or `{ times: n }`),
//   2. the FIFO queue filled by `enqueue(...)` (each entry answers one request),
//   3. the fallback responder (`fallback(...)` or the `fallback` start option),
//   4. otherwise 501 with a JSON message naming the unexpected request (501 is never retried by
//      the runtime, so a forgotten reply fails fast instead of retrying).
// A responder is a `Reply` object or a function of the recorded request returning one (sync or
// async). Replies can delay, stream chunks with pauses (SSE), stay open, or drop the connection.
//
// Usage:
//   const server = await startLoopbackServer();
//   server.enqueue({ json: { user_id: "u1" } });
//   const client = createClient({ baseUrl: server.url, token: "t" });
//   await client.users.get("u1");
//   expect(server.last().pathname).toBe("/users/u1");
//   await server.close();
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseMultipart, type MultipartPart } from "./multipart.js";

export interface RecordedRequest {
  /** 0-based arrival order. */
  index: number;
  method: string;
  /** The request target exactly as sent, undecoded: `/users/auth0%7Cabc?fields=a&fields=b`. */
  rawPath: string;
  /** `rawPath` without the query string, still undecoded. */
  pathname: string;
  /** The raw query string without `?` ("" when none). */
  search: string;
  /** The parsed query; use `getAll` for repeated keys. */
  query: URLSearchParams;
  /** Lower-cased header names, as Node parses them. */
  headers: IncomingHttpHeaders;
  /** The body bytes exactly as received (empty Buffer when none). */
  body: Buffer;
  /** `Date.now()` when the request finished arriving. */
  receivedAt: number;
  /**
   * Settles when the exchange is over: the response was fully sent or the connection closed. With
   * `keepOpen` replies it settles only when the client goes away (stream-cancellation tests).
   */
  closed: Promise<void>;
  /** The body as UTF-8 text. */
  text(): string;
  /** The body parsed as JSON (throws if it is not). */
  json<T = unknown>(): T;
  /** The body parsed as application/x-www-form-urlencoded. */
  form(): URLSearchParams;
  /** The body parsed as multipart/form-data using the request's boundary. */
  multipart(): MultipartPart[];
}

export interface Reply {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string | number | string[]>;
  /** Sent as JSON with `content-type: application/json` (unless `headers` sets one). */
  json?: unknown;
  /** Sent as is. */
  body?: string | Uint8Array;
  /** Written one by one after the headers, `chunkDelayMs` apart (for streaming / SSE tests). */
  chunks?: Array<string | Uint8Array>;
  chunkDelayMs?: number;
  /** Wait before sending anything (timeouts, abort tests). */
  delayMs?: number;
  /** Close the socket without answering (connection-error tests). */
  destroy?: boolean;
  /** Leave the response open after the chunks (an endless stream); `close()` ends it. */
  keepOpen?: boolean;
}

export type Responder = Reply | ((request: RecordedRequest) => Reply | Promise<Reply>);

export type PathMatcher = string | RegExp | ((pathname: string) => boolean);

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Queue one-shot replies, answered in order. */
  enqueue(...replies: Responder[]): LoopbackServer;
  /**
   * Answer requests matching `method` (`"*"` for any) and the raw pathname (exact string, RegExp, or
   * predicate) with `responder`; routes win over the queue. `times` limits how often it answers.
   */
  on(method: string, path: PathMatcher, responder: Responder, options?: { times?: number }): LoopbackServer;
  /** The responder used when no route matches and the queue is empty. */
  fallback(responder: Responder | undefined): LoopbackServer;
  /** The most recent request (throws if none). */
  last(): RecordedRequest;
  /** Requests whose raw pathname matches. */
  requestsTo(path: PathMatcher, method?: string): RecordedRequest[];
  /** Resolves once at least `count` requests have arrived. */
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  /** Forget recorded requests, queued replies, routes and the fallback. */
  reset(): void;
  /** Stops the server, dropping open connections and pending delayed replies. */
  close(): Promise<void>;
}

interface Route {
  method: string;
  path: PathMatcher;
  responder: Responder;
  remaining: number;
}

export async function startLoopbackServer(options: { fallback?: Responder } = {}): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const queue: Responder[] = [];
  const routes: Route[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const waiters = new Set<() => void>();
  let fallback: Responder | undefined = options.fallback;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `loopback-server responder failed: ${String(error)}` }));
      } else {
        res.destroy();
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.on("error", () => undefined);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const closed = new Promise<void>((resolve) => res.once("close", () => resolve()));
    const recorded = record(req, Buffer.concat(chunks), requests.length, closed);
    requests.push(recorded);
    for (const wake of [...waiters]) wake();

    const responder = pick(recorded);
    const reply = typeof responder === "function" ? await responder(recorded) : responder;
    await send(reply, req, res);
  }

  function pick(request: RecordedRequest): Responder {
    const route = routes.find((r) => r.remaining > 0 && methodMatches(r.method, request.method) && pathMatches(r.path, request.pathname));
    if (route) {
      route.remaining -= 1;
      return route.responder;
    }
    const queued = queue.shift();
    if (queued !== undefined) return queued;
    if (fallback !== undefined) return fallback;
    return { status: 501, json: { message: `loopback-server: no reply queued for ${request.method} ${request.rawPath}` } };
  }

  async function send(reply: Reply, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (reply.delayMs) await wait(reply.delayMs);
    if (res.destroyed) return;
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const status = reply.status ?? 200;
    const headers: Record<string, string | number | string[]> = {};
    for (const [name, value] of Object.entries(reply.headers ?? {})) headers[name.toLowerCase()] = value;
    let body: string | Uint8Array | undefined = reply.body;
    if (reply.json !== undefined && status !== 204 && status !== 304) {
      body = JSON.stringify(reply.json);
      headers["content-type"] ??= "application/json";
    }
    res.writeHead(status, headers);
    if (reply.chunks !== undefined) {
      res.flushHeaders();
      for (const [i, chunk] of reply.chunks.entries()) {
        if (i > 0) await wait(reply.chunkDelayMs ?? 0);
        if (res.destroyed) return;
        res.write(chunk);
      }
      if (reply.keepOpen) return;
    }
    res.end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const api: LoopbackServer = {
    url,
    port,
    requests,
    enqueue(...replies) {
      queue.push(...replies);
      return api;
    },
    on(method, path, responder, opts = {}) {
      routes.push({ method, path, responder, remaining: opts.times ?? Number.POSITIVE_INFINITY });
      return api;
    },
    fallback(responder) {
      fallback = responder;
      return api;
    },
    last() {
      const request = requests[requests.length - 1];
      if (request === undefined) throw new Error("loopback-server: no request received yet");
      return request;
    },
    requestsTo(path, method) {
      return requests.filter((r) => pathMatches(path, r.pathname) && (method === undefined || methodMatches(method, r.method)));
    },
    waitForRequests(count, timeoutMs = 5000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (requests.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`loopback-server: expected ${count} requests, got ${requests.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    reset() {
      requests.length = 0;
      queue.length = 0;
      routes.length = 0;
      fallback = undefined;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return api;
}

function record(req: IncomingMessage, body: Buffer, index: number, closed: Promise<void>): RecordedRequest {
  const rawPath = req.url ?? "/";
  const queryStart = rawPath.indexOf("?");
  const pathname = queryStart < 0 ? rawPath : rawPath.slice(0, queryStart);
  const search = queryStart < 0 ? "" : rawPath.slice(queryStart + 1);
  return {
    index,
    method: req.method ?? "GET",
    rawPath,
    pathname,
    search,
    query: new URLSearchParams(search),
    headers: req.headers,
    body,
    receivedAt: Date.now(),
    closed,
    text: () => body.toString("utf8"),
    json: <T>() => JSON.parse(body.toString("utf8")) as T,
    form: () => new URLSearchParams(body.toString("utf8")),
    multipart: () => parseMultipart(body, req.headers["content-type"]),
  };
}

function methodMatches(expected: string, actual: string): boolean {
  return expected === "*" || expected.toUpperCase() === actual.toUpperCase();
}

function pathMatches(matcher: PathMatcher, pathname: string): boolean {
  if (typeof matcher === "string") return matcher === pathname;
  if (matcher instanceof RegExp) return matcher.test(pathname);
  return matcher(pathname);
}
