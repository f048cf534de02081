// createClient({ validate }) against a real loopback server: an invalid request fails before
// anything is sent, an invalid response is reported with the decoded body, and the default
// ("off") sends whatever the caller passes.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateInto } from "../helpers/generated.js";
import { EMBEDDED_SPEC } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";

const generated = await generateInto(EMBEDDED_SPEC, "client", { options: { client: { validators: true } } });
const withoutValidators = await generateInto(EMBEDDED_SPEC);
const client = await import(pathToFileURL(join(generated.dir, "index.ts")).href);

describe("createClient({ validate })", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());
  const make = (validate?: string) => client.createClient({ baseUrl: server.url, token: "t", validate, retry: { maxRetries: 0 } });

  it("rejects an invalid request body before sending anything, listing every issue with its pointer", async () => {
    const api = make("requests");
    const error = await api.users.create({ email: "not an email", unknown_field: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.RequestValidationError);
    expect(error.operationId).toBe("post_users");
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: "/body/connection", keyword: "required", message: "must have required property 'connection'" },
        { path: "/body/email", keyword: "format", message: 'must match format "email"' },
        { path: "/body/unknown_field", keyword: "additionalProperties", message: "must NOT have additional properties" },
      ]),
    );
    expect(error.message).toMatch(/^Invalid request for post_users at \/body\/connection/);
    expect(server.requests).toHaveLength(0);
  });

  it("checks query parameters by their typed values", async () => {
    const api = make("both");
    const error = await api.users.get("auth0|1", { include_fields: "yes" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.RequestValidationError);
    expect(error.issues).toEqual([{ path: "/query/include_fields", keyword: "type", message: "must be boolean" }]);
    expect(server.requests).toHaveLength(0);
  });

  it("sends a valid request and accepts a valid response", async () => {
    server.enqueue({ status: 201, json: { user_id: "auth0|1", email: "a@example.com" } });
    const api = make("both");
    const user = await api.users.create({ connection: "Username-Password-Authentication", email: "a@example.com" });
    expect(user).toEqual({ user_id: "auth0|1", email: "a@example.com" });
    expect(server.requests).toHaveLength(1);
  });

  it("reports a response that breaks the schema, with status and decoded body", async () => {
    server.enqueue({ json: { user_id: 42, username: "" } });
    const api = make("responses");
    const error = await api.users.get("auth0|1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ResponseValidationError);
    expect(error.status).toBe(200);
    expect(error.data).toEqual({ user_id: 42, username: "" });
    expect(error.issues).toEqual([
      { path: "/user_id", keyword: "type", message: "must be string" },
      { path: "/username", keyword: "minLength", message: "must NOT have fewer than 1 characters" },
    ]);
  });

  it("validates nothing by default: an invalid body goes out as given", async () => {
    server.enqueue({ status: 201, json: { user_id: "x" } });
    await make().users.create({ email: "not an email" });
    expect(server.requests).toHaveLength(1);
    expect(server.last().json()).toEqual({ email: "not an email" });
  });

  it("refuses an unknown mode", () => {
    expect(() => make("always")).toThrow(/validate must be "off", "requests", "responses" or "both"/);
  });

  it("is off in a client generated without validators (the default), which says how to get them", async () => {
    const plain = await import(pathToFileURL(join(withoutValidators.dir, "index.ts")).href);
    expect(() => plain.createClient({ baseUrl: server.url, validate: "both" })).toThrow(/regenerate it with --client-validators/);
    expect(plain.createClient({ baseUrl: server.url })).toBeDefined();
    expect(withoutValidators.model.operations.length).toBeGreaterThan(0);
    const { existsSync } = await import("node:fs");
    expect(existsSync(join(withoutValidators.dir, "validators"))).toBe(false);
    expect(existsSync(join(generated.dir, "validators", "operations.ts"))).toBe(true);
  });
});
