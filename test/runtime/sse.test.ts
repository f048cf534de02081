// Server-sent events: parsing across arbitrary chunk boundaries, the `type` tag, closing and errors.
import { describe, expect, it } from "vitest";
import { ForbiddenError, SseParser, type ServerSentEvent } from "../../templates/client/runtime/index.js";
import type { EventStreamSubscribeEventsResponseContent } from "./fixtures/sample-client.js";
import { makeClient, useServer } from "./helpers.js";

const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" };

describe("server-sent events", () => {
  const server = useServer();

  it("parses events written in chunks split mid-line, mid-field and mid-character", async () => {
    const wire =
      ": connected\n\n" +
      "event: user.created\n" +
      'id: off-1\ndata: {"offset":"off-1","event":{"id":"evt_1","data":{"object":{"user_id":"auth0|1","name":"Zoë"}}}}\n\n' +
      "event: offset-only\r\n" +
      'data: {"offset":"off-2"}\r\n\r\n' +
      "retry: 2500\nid: off-3\nevent: error\r" +
      'data: {"error":{"code":"internal",\rdata: "message":"multi\\nline"}}\r\r' +
      "data: not json\n\n" +
      "event: partial\ndata: never dispatched";
    const bytes = Buffer.from(wire, "utf8");
    // Cut into 7-byte chunks: splits lines, field names, the CRLF pairs and the UTF-8 "ë".
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    server().enqueue({ headers: SSE_HEADERS, chunks, chunkDelayMs: 1 });

    const stream = await makeClient(server()).events.subscribe({ event_type: ["user.created", "user.deleted"] });
    const events: ServerSentEvent<EventStreamSubscribeEventsResponseContent>[] = [];
    for await (const event of stream) events.push(event);

    const request = server().last();
    expect(request.headers.accept).toBe("text/event-stream");
    expect(request.query.getAll("event_type")).toEqual(["user.created", "user.deleted"]);
    expect(events).toEqual([
      {
        event: "user.created",
        id: "off-1",
        retry: undefined,
        data: { type: "user.created", offset: "off-1", event: { id: "evt_1", data: { object: { user_id: "auth0|1", name: "Zoë" } } } },
      },
      { event: "offset-only", id: "off-1", retry: undefined, data: { type: "offset-only", offset: "off-2" } },
      {
        event: "error",
        id: "off-3",
        retry: 2500,
        data: { type: "error", error: { code: "internal", message: "multi\nline" } },
      },
      { event: "message", id: "off-3", retry: undefined, data: "not json" },
    ]);
    expect(stream.lastEventId).toBe("off-3");
  });

  it("keeps a type the payload already carries", () => {
    const parser = new SseParser();
    expect(parser.push('event: a\ndata: {"type":"b"}\n\n')).toEqual([{ event: "a", data: '{"type":"b"}', id: undefined, retry: undefined }]);
  });

  it("closes the connection when the loop exits early, and the stream is not cut by the request timeout", async () => {
    const events = Array.from({ length: 5 }, (_, i) => `event: user.created\ndata: {"offset":"o${i}"}\n\n`);
    server().enqueue({ headers: SSE_HEADERS, chunks: events, chunkDelayMs: 60, keepOpen: true });
    // 100 ms timeout: longer than the headers take, shorter than the whole stream.
    const stream = await makeClient(server(), { timeoutMs: 100 }).events.subscribe();
    const offsets: string[] = [];
    for await (const event of stream) {
      if (event.data.type === "offset-only" || event.data.type === "user.created") offsets.push(event.data.offset);
      if (offsets.length === 3) break;
    }
    expect(offsets).toEqual(["o0", "o1", "o2"]);
    // The server sees the client hang up (keepOpen would otherwise hold the response forever).
    await server().last().closed;
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toThrow(/only once/);
  });

  it("ends iteration quietly on close(), and with the caller's reason on abort", async () => {
    server().enqueue({ headers: SSE_HEADERS, chunks: ['data: {"n":1}\n\n'], keepOpen: true });
    const stream = await makeClient(server()).events.subscribe();
    const seen: unknown[] = [];
    setTimeout(() => stream.close(), 50);
    for await (const event of stream) seen.push(event.data);
    expect(seen).toEqual([{ n: 1 }]);

    server().enqueue({ headers: SSE_HEADERS, chunks: ['data: {"n":2}\n\n'], keepOpen: true });
    const controller = new AbortController();
    const reason = new Error("unsubscribe");
    const aborted = await makeClient(server()).events.subscribe(undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(
      (async () => {
        for await (const event of aborted) void event;
      })(),
    ).rejects.toBe(reason);
  });

  it("rejects with the typed error when the stream cannot open", async () => {
    server().enqueue({ status: 403, json: { statusCode: 403, error: "Forbidden", message: "Maximum concurrent event stream connections reached." } });
    const error = await makeClient(server())
      .events.subscribe()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).message).toContain("Maximum concurrent event stream connections reached.");
  });

  it("exposes the raw response of the stream", async () => {
    server().enqueue({ headers: { ...SSE_HEADERS, "x-stream-id": "s1" }, chunks: ["data: 1\n\n"] });
    const { data: stream, response } = await makeClient(server()).events.subscribe().withRawResponse();
    expect(response.headers.get("x-stream-id")).toBe("s1");
    const events = [];
    for await (const event of stream) events.push(event.data);
    expect(events).toEqual([1]);
  });
});
