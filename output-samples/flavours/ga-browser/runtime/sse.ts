// `text/event-stream` responses as an async iterable of parsed events, following the WHATWG
// "event stream interpretation" rules: lines end in LF, CR or CRLF (also split across chunks),
// `:` starts a comment, `data` lines join with "\n", an event is dispatched at a blank line when it
// has data, `id` persists across events, `retry` must be all digits.
//
// Typed code and the SSE `event:` field: the Auth0 event stream's schema is a oneOf discriminated
// by `type`, but the server sends that tag as the SSE `event:` line, not inside the JSON
// (`x-discriminator-context: protocol`). So when `data` parses to a JSON object without its own
// `type`, the runtime copies the event name (unless it is the default "message") into `data.type`, making `data` match the generated
// union (`switch (e.data.type) { case "user.created": … }`). The name is also always on `event`.
// Data that is not JSON is passed through as the raw string. A camelCase client's Core passes
// `mapData`, which renames the parsed data's keys to code names (key-mapping.ts).
//
// The stream is single-use. Leaving a `for await` loop early (break, return, throw) or calling
// `close()` cancels the HTTP request. Aborting the caller's signal ends iteration with its reason;
// the request timeout applies only until the response headers arrive.
import { ConnectionError, type RequestContext } from "./errors.js";
import type { AttemptSignal } from "./signals.js";

export interface ServerSentEvent<T> {
  /** The `event:` field; `"message"` when the server sent none (the SSE default). */
  event: string;
  /** The JSON-parsed `data:` lines (with `type` filled from `event`, see above), else the raw text. */
  data: T;
  /** The last event ID seen so far (`id:` persists across events), if any. */
  id: string | undefined;
  /** The reconnection delay in ms, when this event carried a `retry:` field. */
  retry: number | undefined;
}

/** One raw event as the parser produces it, before JSON parsing. */
export interface RawServerSentEvent {
  event: string;
  data: string;
  id: string | undefined;
  retry: number | undefined;
}

export class EventStream<T> implements AsyncIterable<ServerSentEvent<T>> {
  readonly #body: ReadableStream<Uint8Array> | null;
  readonly #attempt: AttemptSignal | undefined;
  readonly #context: RequestContext | undefined;
  readonly #mapData: ((data: unknown) => unknown) | undefined;
  #iterated = false;
  #closed = false;
  #lastEventId: string | undefined;

  constructor(
    body: ReadableStream<Uint8Array> | null,
    attempt?: AttemptSignal,
    context?: RequestContext,
    mapData?: (data: unknown) => unknown,
  ) {
    this.#body = body;
    this.#attempt = attempt;
    this.#context = context;
    this.#mapData = mapData;
  }

  /** The last `id:` received; pass it back (Auth0: as `from`) to resume after a disconnect. */
  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  /** Stops the stream and the underlying request. Safe to call more than once. */
  close(): void {
    this.#closed = true;
    this.#attempt?.abort(
      new DOMException("The event stream was closed", "AbortError"),
    );
    this.#attempt?.dispose();
    this.#body?.cancel().catch(() => undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<
    ServerSentEvent<T>,
    void,
    undefined
  > {
    if (this.#iterated)
      throw new TypeError("An EventStream can be iterated only once");
    this.#iterated = true;
    if (this.#body === null) return;
    const reader = this.#body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let finished = false;
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          // close() from elsewhere while we waited: a requested end, not a failure.
          if (this.#closed) return;
          throw this.#readFailure(error);
        }
        const text = chunk.done
          ? decoder.decode()
          : decoder.decode(chunk.value, { stream: true });
        const events = chunk.done
          ? [...parser.push(text), ...parser.end()]
          : parser.push(text);
        for (const raw of events) {
          this.#lastEventId = raw.id;
          yield toTyped<T>(raw, this.#mapData);
        }
        if (chunk.done) {
          finished = true;
          return;
        }
      }
    } finally {
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
      this.#attempt?.dispose();
    }
  }

  #readFailure(error: unknown): unknown {
    if (this.#attempt?.callerAborted) return this.#attempt.signal.reason;
    if (this.#attempt?.signal.aborted) return this.#attempt.signal.reason;
    return this.#context !== undefined
      ? new ConnectionError(this.#context, error)
      : error;
  }
}

function toTyped<T>(
  raw: RawServerSentEvent,
  mapData: ((data: unknown) => unknown) | undefined,
): ServerSentEvent<T> {
  let data: unknown = raw.data;
  try {
    data = JSON.parse(raw.data);
  } catch {
    // Not JSON: keep the text.
  }
  // "message" is also the name of events sent without an `event:` line, which carry no tag to copy.
  if (
    raw.event !== "message" &&
    typeof data === "object" &&
    data !== null &&
    !Array.isArray(data) &&
    !("type" in data)
  ) {
    data = { type: raw.event, ...(data as Record<string, unknown>) };
  }
  return {
    event: raw.event,
    data: (mapData ? mapData(data) : data) as T,
    id: raw.id,
    retry: raw.retry,
  };
}

/** Incremental SSE parser: feed decoded text in any chunking, get complete events back. */
export class SseParser {
  #buffer = "";
  #skipLeadingLf = false;
  #data: string[] = [];
  #event = "";
  #retry: number | undefined;
  #hasData = false;
  #lastEventId: string | undefined;

  push(text: string): RawServerSentEvent[] {
    const events: RawServerSentEvent[] = [];
    let input = text;
    // A CR ended the previous chunk; an LF starting this one belongs to the same line break.
    if (this.#skipLeadingLf && input.startsWith("\n")) input = input.slice(1);
    this.#skipLeadingLf = false;
    this.#buffer += input;
    let start = 0;
    for (let i = 0; i < this.#buffer.length; i++) {
      const char = this.#buffer[i];
      if (char !== "\n" && char !== "\r") continue;
      const line = this.#buffer.slice(start, i);
      if (char === "\r") {
        if (i + 1 < this.#buffer.length) {
          if (this.#buffer[i + 1] === "\n") i++;
        } else {
          this.#skipLeadingLf = true;
        }
      }
      start = i + 1;
      const event = this.#line(line);
      if (event !== undefined) events.push(event);
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  /** The stream ended: per the spec an incomplete event (no closing blank line) is dropped. */
  end(): RawServerSentEvent[] {
    this.#buffer = "";
    this.#reset();
    return [];
  }

  #line(line: string): RawServerSentEvent | undefined {
    if (line === "") return this.#dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (name) {
      case "event":
        this.#event = value;
        break;
      case "data":
        this.#data.push(value);
        this.#hasData = true;
        break;
      case "id":
        if (!value.includes("\u0000")) this.#lastEventId = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.#retry = Number(value);
        break;
      default:
        // Unknown fields are ignored, as the spec requires.
        break;
    }
    return undefined;
  }

  #dispatch(): RawServerSentEvent | undefined {
    if (!this.#hasData) {
      this.#reset();
      return undefined;
    }
    const event: RawServerSentEvent = {
      event: this.#event === "" ? "message" : this.#event,
      data: this.#data.join("\n"),
      id: this.#lastEventId,
      retry: this.#retry,
    };
    this.#reset();
    return event;
  }

  #reset(): void {
    this.#data = [];
    this.#event = "";
    this.#retry = undefined;
    this.#hasData = false;
  }
}
