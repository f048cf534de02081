// URL building, headers, raw responses and client construction, checked on the wire.
import { describe, expect, it } from "vitest";
import { ApiPromise, Core, type FetchFunction } from "../../templates/client/runtime/index.js";
import { CORE_CONFIG, makeClient, makeCore, op, useServer } from "./helpers.js";

describe("requests", () => {
  const server = useServer();

  it("encodes path parameters so auth0|abc/../x stays one segment", async () => {
    server().enqueue({ json: { user_id: "auth0|abc/../x" } });
    const user = await makeClient(server()).users.get("auth0|abc/../x");
    expect(user.user_id).toBe("auth0|abc/../x");
    expect(server().last().pathname).toBe("/users/auth0%7Cabc%2F..%2Fx");
  });

  it("refuses empty, . and .. path parameters instead of hitting another endpoint", async () => {
    await expect(makeClient(server()).users.get("..")).rejects.toThrow(TypeError);
    await expect(makeClient(server()).users.get("")).rejects.toThrow(/must not be empty/);
    expect(server().requests).toHaveLength(0);
  });

  it("repeats array query keys, writes booleans as true/false and omits undefined", async () => {
    server().enqueue({ json: {} });
    await makeCore(server()).request(
      op({ path: "/events", query: { event_type: ["user.created", "user.deleted"], include_fields: false, fields: undefined, gone: null, n: 0 } }),
    );
    const request = server().last();
    expect(request.search).toBe("event_type=user.created&event_type=user.deleted&include_fields=false&n=0");
    expect(request.query.getAll("event_type")).toEqual(["user.created", "user.deleted"]);
  });

  it("adds per-request headers and query, reaching header params like auth0-custom-domain", async () => {
    server().enqueue({ json: {} });
    const client = makeClient(server(), { headers: { "x-client-wide": "1", "x-removed": "yes" } });
    await client.users.get("u1", { fields: "email" }, {
      headers: { "auth0-custom-domain": "login.example.com", "x-removed": undefined },
      query: { fields: "user_id", extra: ["a", "b"] },
    });
    const request = server().last();
    expect(request.headers["auth0-custom-domain"]).toBe("login.example.com");
    expect(request.headers["x-client-wide"]).toBe("1");
    expect(request.headers["x-removed"]).toBeUndefined();
    expect(request.query.get("fields")).toBe("user_id");
    expect(request.query.getAll("extra")).toEqual(["a", "b"]);
    expect(request.headers.authorization).toBe("Bearer test-token");
    expect(request.headers.accept).toBe("application/json");
  });

  it("sends header parameters from the call and lets request headers override them", async () => {
    server().enqueue({ json: {} }, { json: {} });
    const core = makeCore(server());
    const call = op({ path: "/users", method: "POST", headers: { "auth0-custom-domain": "a.example.com", "x-unset": undefined } });
    await core.request(call);
    expect(server().last().headers["auth0-custom-domain"]).toBe("a.example.com");
    await core.request(call, { headers: { "auth0-custom-domain": "b.example.com" } });
    expect(server().last().headers["auth0-custom-domain"]).toBe("b.example.com");
  });

  it("withRawResponse gives data, status, headers and url from a single request", async () => {
    server().enqueue({ status: 201, headers: { "x-request-id": "req-1" }, json: { user_id: "u1" } });
    const promise = makeClient(server()).users.get("u1");
    expect(promise).toBeInstanceOf(ApiPromise);
    const { data, response } = await promise.withRawResponse();
    expect(data).toEqual({ user_id: "u1" });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(response.url).toBe(`${server().url}/users/u1`);
    // Awaiting the same promise afterwards reuses the response instead of sending again.
    expect(await promise).toEqual({ user_id: "u1" });
    expect(server().requests).toHaveLength(1);
  });

  it("resolves 204 and empty bodies to undefined", async () => {
    server().enqueue({ status: 204 }, { status: 200, body: "" }, { status: 200, json: { ignored: true } });
    const core = makeCore(server());
    expect(await core.request(op({ path: "/a", method: "DELETE" }))).toBeUndefined();
    expect(await core.request(op({ path: "/b", method: "POST" }))).toBeUndefined();
    expect(await core.request(op({ path: "/c", responseKind: "void" }))).toBeUndefined();
  });

  it("returns non-JSON text bodies as strings", async () => {
    server().enqueue({ headers: { "content-type": "text/plain" }, body: "plain words" });
    expect(await makeCore(server()).request(op({ path: "/t" }))).toBe("plain words");
  });

  it("sends telemetry and user-agent headers, configurable", async () => {
    server().enqueue({ json: {} }, { json: {} });
    await makeClient(server()).users.get("u1");
    const first = server().last();
    expect(first.headers["x-client-telemetry"]).toMatch(/^sample-auth0-client\/1\.2\.3 node\/\d+/);
    expect(first.headers["user-agent"]).toBe(first.headers["x-client-telemetry"]);
    await makeClient(server(), { telemetry: { headerName: "Auth0-Client", extra: { app: "billing" } }, userAgent: "my-app/2" }).users.get("u1");
    const second = server().last();
    expect(second.headers["auth0-client"]).toMatch(/ app\/billing$/);
    expect(second.headers["x-client-telemetry"]).toBeUndefined();
    expect(second.headers["user-agent"]).toBe("my-app/2");
  });

  it("uses a custom fetch", async () => {
    server().enqueue({ json: { ok: true } });
    const seen: string[] = [];
    const customFetch: FetchFunction = (url, init) => {
      seen.push(`${init.method} ${url}`);
      return fetch(url, init);
    };
    expect(await makeCore(server(), { fetch: customFetch }).request(op({ path: "/x" }))).toEqual({ ok: true });
    expect(seen).toEqual([`GET ${server().url}/x`]);
  });

  it("builds the base URL from domain, and refuses a placeholder default", () => {
    expect(new Core({ domain: "https://tenant.eu.auth0.com/" }, CORE_CONFIG).baseUrl).toBe("https://tenant.eu.auth0.com/api/v2");
    expect(new Core({ baseUrl: "http://127.0.0.1:1/api/v2/" }, CORE_CONFIG).baseUrl).toBe("http://127.0.0.1:1/api/v2");
    expect(() => new Core({}, CORE_CONFIG)).toThrow(/Pass `domain`/);
    expect(() => new Core({ domain: "t.auth0.com", token: "a", clientCredentials: { clientId: "i", clientSecret: "s" } }, CORE_CONFIG)).toThrow(
      /either `token` or `clientCredentials`/,
    );
  });
});
