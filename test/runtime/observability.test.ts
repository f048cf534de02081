// Hooks and logger: every request, response and retry is reported, and no secret gets through.
import { describe, expect, it } from "vitest";
import type { Logger, RequestEvent, ResponseEvent, RetryEvent } from "../../templates/client/runtime/index.js";
import { redactUrl, redactValue } from "../../templates/client/runtime/redact.js";
import { makeClient, useServer } from "./helpers.js";

describe("observability", () => {
  const server = useServer();

  it("keeps secrets out of logs and hooks", async () => {
    const clientSecret = "cs-VERY-SECRET-123";
    const accessToken = "at-eyJhbGciOi-SECRET-456";
    server().on("POST", "/oauth/token", { json: { access_token: accessToken, expires_in: 86400, token_type: "Bearer" } });
    server().enqueue(
      { status: 503, headers: { "set-cookie": `session=${accessToken}` } },
      { status: 201, json: { user_id: "u1", password: "echoed-secret" } },
    );

    const lines: string[] = [];
    const logger: Logger = { debug: (message, details) => lines.push(`${message} ${JSON.stringify(details)}`) };
    const events: Array<RequestEvent | ResponseEvent | RetryEvent> = [];
    const client = makeClient(server(), {
      token: undefined,
      clientCredentials: { clientId: "client-1", clientSecret },
      logger,
      onRequest: (e) => events.push(e),
      onResponse: (e) => events.push(e),
      onRetry: (e) => events.push(e),
      retry: { retryNonIdempotent: true },
    });
    await client.users.create({ email: "a@b.c", connection: "db", password: "hunter2-pass" }, { headers: { "x-api-key": "key-SECRET-789" } });

    const everything = lines.join("\n") + JSON.stringify(events);
    for (const secret of [clientSecret, accessToken, "hunter2-pass", "key-SECRET-789", "echoed-secret"]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).toContain("[REDACTED]");
    // The logs are still useful: the token request, the retried call and its success are there.
    expect(lines.some((l) => l.startsWith(`→ POST ${server().url}/oauth/token`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`↻ retrying POST ${server().url}/users after HTTP 503`))).toBe(true);
    expect(lines.some((l) => l.startsWith(`← 201 POST ${server().url}/users`))).toBe(true);
    const tokenRequest = events.find((e): e is RequestEvent => "body" in e && e.operationId === "oauth_token")!;
    expect(tokenRequest.body).toEqual({ grant_type: "client_credentials", client_id: "client-1", client_secret: "[REDACTED]", audience: `${server().url}/api/v2/` });
    const apiRequest = events.find((e): e is RequestEvent => "body" in e && e.operationId === "post_users")!;
    expect(apiRequest.headers.authorization).toBe("[REDACTED]");
    expect(apiRequest.body).toEqual({ email: "a@b.c", connection: "db", password: "[REDACTED]" });
    // The server did get the real values.
    expect(server().last().headers.authorization).toBe(`Bearer ${accessToken}`);
  });

  it("reports events in order with attempts and durations", async () => {
    server().enqueue({ status: 503 }, { json: { user_id: "u1" } });
    const order: string[] = [];
    const client = makeClient(server(), {
      onRequest: (e) => order.push(`request#${e.attempt}`),
      onResponse: (e) => order.push(`response#${e.attempt}:${e.status}:${e.durationMs >= 0}`),
      onRetry: (e) => order.push(`retry#${e.attempt}:${e.reason}`),
    });
    await client.users.get("u1");
    expect(order).toEqual(["request#1", "response#1:503:true", "retry#2:status", "request#2", "response#2:200:true"]);
  });

  it("never lets a throwing hook or logger break a request", async () => {
    server().enqueue({ json: { user_id: "u1" } });
    const client = makeClient(server(), {
      onRequest: () => {
        throw new Error("hook bug");
      },
      logger: {
        debug: () => {
          throw new Error("logger bug");
        },
      },
    });
    expect(await client.users.get("u1")).toEqual({ user_id: "u1" });
  });

  it("redacts nested secret keys and query parameters", () => {
    expect(redactValue({ a: [{ refresh_token: "x", keep: 1 }], nested: { clientSecret: "y" } })).toEqual({
      a: [{ refresh_token: "[REDACTED]", keep: 1 }],
      nested: { clientSecret: "[REDACTED]" },
    });
    expect(redactUrl("https://h/p?access_token=abc&x=1")).toBe("https://h/p?access_token=[REDACTED]&x=1");
    expect(redactUrl("https://h/p?x=1")).toBe("https://h/p?x=1");
  });
});
