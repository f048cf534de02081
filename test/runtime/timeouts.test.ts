// Timeouts, caller aborts, and the two together.
import { describe, expect, it } from "vitest";
import { TimeoutError, type RetryEvent } from "../../templates/client/runtime/index.js";
import { makeClient, makeCore, op, useServer } from "./helpers.js";

describe("timeouts and aborts", () => {
  const server = useServer();

  it("fires the client timeout as TimeoutError", async () => {
    server().enqueue({ delayMs: 2000, json: {} });
    const started = Date.now();
    const error = await makeClient(server(), { timeoutMs: 100, retry: { maxRetries: 0 } })
      .users.get("u1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe("GET /users/u1 timed out after 100 ms (get_users_by_id)");
    expect((error as TimeoutError).timeoutMs).toBe(100);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("lets a per-request timeout override the client's, and retries idempotent timeouts", async () => {
    server().enqueue({ delayMs: 2000, json: {} }, { json: { user_id: "u1" } });
    const retries: RetryEvent[] = [];
    const client = makeClient(server(), { timeoutMs: 10_000, onRetry: (e) => retries.push(e) });
    expect(await client.users.get("u1", undefined, { timeoutMs: 100 })).toEqual({ user_id: "u1" });
    expect(retries).toMatchObject([{ reason: "timeout", attempt: 2 }]);
  });

  it("times out while the body is still arriving", async () => {
    server().enqueue({ chunks: ['{"user_id":', '"u1"}'], chunkDelayMs: 1000, headers: { "content-type": "application/json" } });
    await expect(makeClient(server(), { timeoutMs: 150, retry: { maxRetries: 0 } }).users.get("u1")).rejects.toBeInstanceOf(TimeoutError);
  });

  it("rejects with the caller's abort reason when their signal fires", async () => {
    server().enqueue({ delayMs: 2000, json: {} });
    const controller = new AbortController();
    const promise = makeClient(server()).users.get("u1", undefined, { signal: controller.signal });
    await server().waitForRequests(1);
    controller.abort();
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    // An abort is final: no retry even for a GET.
    expect(server().requests).toHaveLength(1);
  });

  it("rejects immediately for an already-aborted signal, without sending", async () => {
    const reason = new Error("changed my mind");
    await expect(makeCore(server()).request(op({ path: "/x" }), { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server().requests).toHaveLength(0);
  });

  it("aborts a retry wait", async () => {
    server().enqueue({ status: 429, headers: { "retry-after": "10" } });
    const controller = new AbortController();
    const promise = makeCore(server()).request(op({ path: "/x" }), { signal: controller.signal });
    await server().waitForRequests(1);
    setTimeout(() => controller.abort(new Error("stop waiting")), 50);
    const started = Date.now();
    await expect(promise).rejects.toThrow("stop waiting");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("combines timeout and signal: whichever fires first decides the error", async () => {
    // The timeout first: TimeoutError even though a signal was given.
    server().enqueue({ delayMs: 2000, json: {} });
    const longSignal = new AbortController();
    await expect(
      makeCore(server(), { retry: { maxRetries: 0 } }).request(op({ path: "/slow" }), { timeoutMs: 100, signal: longSignal.signal }),
    ).rejects.toBeInstanceOf(TimeoutError);

    // The signal first: the caller's reason even though a timeout was set.
    server().enqueue({ delayMs: 2000, json: {} });
    const reason = new Error("user cancelled");
    const controller = new AbortController();
    const third = makeCore(server()).request(op({ path: "/slow" }), { timeoutMs: 5000, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(third).rejects.toBe(reason);
  });
});
