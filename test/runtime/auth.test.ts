// Tokens: static, supplied, and the client-credentials grant with caching, sharing and refresh.
import { describe, expect, it } from "vitest";
import { UnauthorizedError, type RetryEvent } from "../../templates/client/runtime/index.js";
import type { RecordedRequest } from "../support/loopback-server.js";
import { makeClient, useServer } from "./helpers.js";

const credentials = { clientId: "client-id-1", clientSecret: "super-secret-value" };

describe("auth", () => {
  const server = useServer();

  it("sends a static token", async () => {
    server().enqueue({ json: {} });
    await makeClient(server(), { token: "static-abc" }).users.get("u1");
    expect(server().last().headers.authorization).toBe("Bearer static-abc");
  });

  it("asks a sync or async supplier before each request", async () => {
    server().fallback({ json: {} });
    let calls = 0;
    await makeClient(server(), { token: () => `sync-${++calls}` }).users.get("u1");
    expect(server().last().headers.authorization).toBe("Bearer sync-1");
    await makeClient(server(), { token: async () => "async-token" }).users.get("u1");
    expect(server().last().headers.authorization).toBe("Bearer async-token");
  });

  it("asks the supplier again with forceRefresh after a 401, once", async () => {
    server().enqueue({ status: 401, json: { message: "Expired token" } }, { json: { user_id: "u1" } });
    const asked: boolean[] = [];
    const client = makeClient(server(), { token: ({ forceRefresh }) => (asked.push(forceRefresh), forceRefresh ? "fresh" : "stale") });
    expect(await client.users.get("u1")).toEqual({ user_id: "u1" });
    expect(asked).toEqual([false, true]);
    expect(server().requests.map((r) => r.headers.authorization)).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("does not retry a 401 with a static token", async () => {
    server().enqueue({ status: 401, json: { message: "Invalid token" } });
    await expect(makeClient(server(), { token: "bad" }).users.get("u1")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(server().requests).toHaveLength(1);
  });

  it("makes exactly one token request for 20 concurrent calls, then reuses the cached token", async () => {
    const tokenRequests: RecordedRequest[] = [];
    server().on("POST", "/oauth/token", (request) => {
      tokenRequests.push(request);
      // Slow enough that all 20 calls are waiting on the same in-flight request.
      return { delayMs: 100, json: { access_token: "cc-token-1", expires_in: 86400, token_type: "Bearer" } };
    });
    server().on("GET", /^\/api\/v2\/users\//, (request) => ({ json: { user_id: request.pathname.split("/").pop() } }));
    const client = makeClient(server(), { baseUrl: `${server().url}/api/v2`, token: undefined, clientCredentials: credentials });

    const users = await Promise.all(Array.from({ length: 20 }, (_, i) => client.users.get(`u${i}`)));
    expect(users.map((u) => u.user_id)).toEqual(Array.from({ length: 20 }, (_, i) => `u${i}`));
    await client.users.get("after");
    expect(tokenRequests).toHaveLength(1);
    const apiCalls = server().requestsTo(/^\/api\/v2\/users\//);
    expect(apiCalls).toHaveLength(21);
    expect(new Set(apiCalls.map((r) => r.headers.authorization))).toEqual(new Set(["Bearer cc-token-1"]));

    // The grant: form-encoded, audience defaulting to {origin}/api/v2/.
    const grant = tokenRequests[0]!;
    expect(grant.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(grant.form())).toEqual({
      grant_type: "client_credentials",
      client_id: "client-id-1",
      client_secret: "super-secret-value",
      audience: `${server().url}/api/v2/`,
    });
  });

  it("sends a JSON grant with an explicit token URL and audience when asked", async () => {
    server().on("POST", "/custom/token", { json: { access_token: "json-token", expires_in: 3600 } });
    server().enqueue({ json: {} });
    const client = makeClient(server(), {
      token: undefined,
      clientCredentials: { ...credentials, tokenUrl: `${server().url}/custom/token`, audience: "https://tenant.auth0.com/api/v2/", encoding: "json" },
    });
    await client.users.get("u1");
    const grant = server().requestsTo("/custom/token")[0]!;
    expect(grant.headers["content-type"]).toBe("application/json");
    expect(grant.json()).toEqual({
      grant_type: "client_credentials",
      client_id: "client-id-1",
      client_secret: "super-secret-value",
      audience: "https://tenant.auth0.com/api/v2/",
    });
    expect(server().last().headers.authorization).toBe("Bearer json-token");
  });

  it("refreshes the token and retries once when a call gets 401", async () => {
    let issued = 0;
    server().on("POST", "/oauth/token", () => ({ json: { access_token: `cc-${++issued}`, expires_in: 86400 } }));
    server().enqueue({ status: 401, json: { message: "Token revoked" } }, { json: { user_id: "u1" } }, { json: { user_id: "u2" } });
    const retries: RetryEvent[] = [];
    const client = makeClient(server(), { token: undefined, clientCredentials: credentials, onRetry: (e) => retries.push(e) });

    expect(await client.users.get("u1")).toEqual({ user_id: "u1" });
    expect(await client.users.get("u2")).toEqual({ user_id: "u2" });
    const api = server().requestsTo(/^\/users\//);
    expect(api.map((r) => r.headers.authorization)).toEqual(["Bearer cc-1", "Bearer cc-2", "Bearer cc-2"]);
    expect(issued).toBe(2);
    expect(retries).toMatchObject([{ reason: "unauthorized", status: 401, delayMs: 0 }]);
  });

  it("surfaces a second 401 as UnauthorizedError instead of looping", async () => {
    server().on("POST", "/oauth/token", { json: { access_token: "never-good", expires_in: 86400 } });
    server().fallback({ status: 401, json: { message: "Invalid token" } });
    const client = makeClient(server(), { token: undefined, clientCredentials: credentials });
    await expect(client.users.get("u1")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(server().requestsTo(/^\/users\//)).toHaveLength(2);
    expect(server().requestsTo("/oauth/token")).toHaveLength(2);
  });

  it("refetches a token shortly before it expires", async () => {
    let issued = 0;
    // 1 s lifetime: the 10 % margin makes it stale after 900 ms.
    server().on("POST", "/oauth/token", () => ({ json: { access_token: `short-${++issued}`, expires_in: 1 } }));
    server().fallback({ json: {} });
    const client = makeClient(server(), { token: undefined, clientCredentials: credentials });
    await client.users.get("a");
    await client.users.get("b");
    await new Promise((resolve) => setTimeout(resolve, 950));
    await client.users.get("c");
    expect(server().requestsTo(/^\/users\//).map((r) => r.headers.authorization)).toEqual(["Bearer short-1", "Bearer short-1", "Bearer short-2"]);
  });

  it("reports a failed grant as an ApiError carrying the OAuth error", async () => {
    server().on("POST", "/oauth/token", { status: 401, json: { error: "access_denied", error_description: "Unauthorized" } });
    const error = await makeClient(server(), { token: undefined, clientCredentials: credentials })
      .users.get("u1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).operationId).toBe("oauth_token");
    expect((error as UnauthorizedError).message).toBe("POST /oauth/token failed with 401 Unauthorized: Unauthorized (oauth_token)");
    expect(server().requestsTo(/^\/users\//)).toHaveLength(0);
  });
});
