// Retry policy on the wire: which statuses and failures are retried, for which methods, and how
// long the client waits.
import { describe, expect, it } from "vitest";
import { ConnectionError, RateLimitError, ServerError, type RetryEvent } from "../../templates/client/runtime/index.js";
import { retryDelay, resolveRetryOptions } from "../../templates/client/runtime/retry.js";
import { makeClient, makeCore, op, useServer } from "./helpers.js";

describe("retries", () => {
  const server = useServer();

  it("retries a 429 after the Retry-After seconds", async () => {
    server().enqueue({ status: 429, headers: { "retry-after": "1" }, json: { message: "slow down" } }, { json: { user_id: "u1" } });
    const retries: RetryEvent[] = [];
    const client = makeClient(server(), { onRetry: (event) => retries.push(event) });
    const user = await client.users.get("u1");
    expect(user.user_id).toBe("u1");
    const [first, second] = server().requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(retries).toMatchObject([{ attempt: 2, delayMs: 1000, reason: "status", status: 429 }]);
  });

  it("retries a 429 after a Retry-After HTTP date", async () => {
    // HTTP dates have whole seconds: pick the next second boundary at least 300 ms away.
    const now = Date.now();
    let boundary = Math.ceil(now / 1000) * 1000;
    if (boundary - now < 300) boundary += 1000;
    const at = new Date(boundary);
    server().enqueue({ status: 429, headers: { "retry-after": at.toUTCString() } }, { json: {} });
    const retries: RetryEvent[] = [];
    await makeCore(server(), { onRetry: (event) => retries.push(event) }).request(op({ path: "/x", method: "POST" }));
    expect(server().requests).toHaveLength(2);
    expect(retries[0]!.delayMs).toBeGreaterThan(0);
    expect(retries[0]!.delayMs).toBeLessThanOrEqual(1300);
    expect(server().requests[1]!.receivedAt).toBeGreaterThanOrEqual(at.getTime() - 20);
  });

  it("retries a 429 at X-RateLimit-Reset when there is no Retry-After", async () => {
    const reset = Math.floor(Date.now() / 1000) + 1;
    server().enqueue({ status: 429, headers: { "x-ratelimit-reset": String(reset), "x-ratelimit-remaining": "0" } }, { json: { ok: 1 } });
    const retries: RetryEvent[] = [];
    const started = Date.now();
    // A POST: 429 is retried for every method.
    const result = await makeCore(server(), { onRetry: (event) => retries.push(event) }).request(op({ path: "/x", method: "POST" }));
    expect(result).toEqual({ ok: 1 });
    expect(retries).toHaveLength(1);
    expect(Math.abs(retries[0]!.delayMs - (reset * 1000 - started))).toBeLessThan(300);
    expect(server().requests[1]!.receivedAt).toBeGreaterThanOrEqual(reset * 1000 - 20);
  });

  it("gives up after maxRetries and throws RateLimitError with the rate-limit headers", async () => {
    const limited = { status: 429, headers: { "retry-after": "0", "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0" }, json: { message: "Too many" } };
    server().enqueue(limited, limited, limited, limited);
    const error = await makeCore(server(), { retry: { maxRetries: 2 } })
      .request(op({ path: "/x" }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).rateLimit).toEqual({ limit: 10, remaining: 0, reset: undefined });
    expect(server().requests).toHaveLength(3);
  });

  it("does not retry a POST on 500 by default, but does when opted in per client or per request", async () => {
    server().enqueue({ status: 500, json: { message: "boom" } });
    const create = (options = {}) => makeClient(server(), options).users.create({ email: "a@b.c", connection: "db" });
    await expect(create()).rejects.toBeInstanceOf(ServerError);
    expect(server().requests).toHaveLength(1);

    server().reset();
    server().enqueue({ status: 500 }, { status: 201, json: { user_id: "new" } });
    expect(await create({ retry: { retryNonIdempotent: true } })).toEqual({ user_id: "new" });
    expect(server().requests).toHaveLength(2);

    server().reset();
    server().enqueue({ status: 502 }, { status: 201, json: { user_id: "new2" } });
    const perRequest = await makeClient(server()).users.create({ email: "a@b.c", connection: "db" }, { retry: { retryNonIdempotent: true } });
    expect(perRequest).toEqual({ user_id: "new2" });
    expect(server().requests).toHaveLength(2);
  });

  it("retries a GET on 503", async () => {
    server().enqueue({ status: 503 }, { status: 503 }, { json: { user_id: "u1" } });
    expect(await makeClient(server()).users.get("u1")).toEqual({ user_id: "u1" });
    expect(server().requests).toHaveLength(3);
  });

  it("retries a GET after a dropped connection, but not a POST", async () => {
    server().enqueue({ destroy: true }, { json: { user_id: "u1" } });
    const retries: RetryEvent[] = [];
    expect(await makeClient(server(), { onRetry: (e) => retries.push(e) }).users.get("u1")).toEqual({ user_id: "u1" });
    expect(retries).toMatchObject([{ reason: "connection" }]);
    expect(server().requests).toHaveLength(2);

    server().reset();
    server().enqueue({ destroy: true }, { json: {} });
    const error = await makeClient(server())
      .users.create({ email: "a@b.c", connection: "db" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toMatch(/^POST \/users failed to connect/);
    expect(server().requests).toHaveLength(1);
  });

  it("reports a refused connection as ConnectionError after retrying", async () => {
    const url = server().url;
    await server().close();
    const core = makeCore(server(), { baseUrl: url, retry: { maxRetries: 1 } });
    await expect(core.request(op({ path: "/x" }))).rejects.toBeInstanceOf(ConnectionError);
  });

  it("honours maxRetries per request and 0 disables retries", async () => {
    server().enqueue({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    await expect(makeClient(server(), { retry: { maxRetries: 5 } }).users.get("u1", undefined, { retry: { maxRetries: 0 } })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(server().requests).toHaveLength(1);
  });

  it("caps server-requested delays at maxDelayMs", async () => {
    server().enqueue({ status: 429, headers: { "retry-after": "120" } }, { json: {} });
    const retries: RetryEvent[] = [];
    await makeCore(server(), { retry: { maxDelayMs: 50 }, onRetry: (e) => retries.push(e) }).request(op({ path: "/x" }));
    expect(retries[0]!.delayMs).toBe(50);
  });

  it("computes exponential backoff with jitter when the server gives no hint", () => {
    const options = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1000 });
    for (let i = 0; i < 20; i++) {
      const first = retryDelay(1, new Headers(), options);
      const third = retryDelay(3, new Headers(), options);
      expect(first).toBeGreaterThanOrEqual(75);
      expect(first).toBeLessThanOrEqual(100);
      expect(third).toBeGreaterThanOrEqual(300);
      expect(third).toBeLessThanOrEqual(400);
      expect(retryDelay(10, undefined, options)).toBeLessThanOrEqual(1000);
    }
    expect(retryDelay(1, new Headers({ "retry-after": "0.2" }), options)).toBe(200);
    expect(retryDelay(1, new Headers({ "x-ratelimit-reset": "1005" }), options, 1_000_000)).toBe(1000);
  });
});
