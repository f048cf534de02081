// The "functions" client style (`--client-style functions`): one exported function per operation,
// `usersGet(client, id)`. The Auth0 output type-checks under strict with TypeScript 5 and 7 (the
// include_totals overloads included), exports all 452 operations under unique names, and its
// functions send over loopback what the class client's methods send.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functionNames } from "../../generator/emit/client/functionViews.js";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, TSC5, TSC7 } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";
import { hostileSpec } from "../hostile/hostileSpec.js";
import { listFiles, runGen, tempDir } from "../helpers/cli.js";

const FUNCTIONS = { options: { client: { style: "functions" as const, validators: true } } };

const outputs: Record<string, GeneratedOutput> = {};
beforeAll(async () => {
  outputs.auth0 = await generateInto(AUTH0_SPEC, "client", FUNCTIONS);
  outputs.embedded = await generateInto(EMBEDDED_SPEC, "client", FUNCTIONS);
  // Reserved words, Object.prototype member names and spec text that tries to become code.
  const hostile = join(mkdtempSync(join(tmpdir(), "gen-hostile-functions-")), "hostile.json");
  writeFileSync(hostile, JSON.stringify(hostileSpec()));
  outputs.hostile = await generateInto(hostile, "client", FUNCTIONS);
  // Checked by both compilers: the overloads make the page type follow include_totals, and the
  // @ts-expect-error lines fail the check if a call that must not compile does.
  writeFileSync(
    join(outputs.auth0.dir, "usage.check.ts"),
    [
      'import { createClient, usersList, usersGet, type ApiClient } from "./index.js";',
      'const client: ApiClient = createClient({ baseUrl: "https://x.example/api/v2", token: "t" });',
      "export async function check(): Promise<void> {",
      "  const wrapped = await usersList(client, { include_totals: true });",
      "  const total: number | undefined = wrapped.total;",
      "  const users = await usersList(client);",
      "  const first: string | undefined = users[0]?.user_id;",
      "  // @ts-expect-error the bare-array form has no totals",
      "  users.total;",
      "  // @ts-expect-error the user id is required",
      "  await usersGet(client);",
      "  for await (const user of usersList(client, { include_totals: true })) void user.user_id;",
      "  void total;",
      "  void first;",
      "}",
      "",
    ].join("\n"),
  );
}, 180_000);

describe.each([
  ["TypeScript 5", TSC5],
  ["TypeScript 7", TSC7],
])("%s", (_name, tsc) => {
  it.each(["auth0", "embedded", "hostile"])("type-checks the %s functions client with zero errors", (which) => {
    const result = typeCheck(tsc, outputs[which].dir);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 180_000);
});

describe("the shape of the output", () => {
  it("has a module per group under functions/ and no resource classes", () => {
    const index = outputs.embedded.read("index.ts");
    expect(index).toContain('export * from "./functions/Users.js";');
    expect(index).toContain('export { createClient, type ApiClient } from "./client.js";');
    expect(outputs.embedded.read("functions/Users.ts")).not.toMatch(/\bclass [A-Z]/);
    expect(outputs.embedded.read("client.ts")).not.toMatch(/\bclass [A-Z]|new \w+Resource/);
  });

  it("exports every Auth0 operation as a function under a unique name", async () => {
    const names = functionNames(outputs.auth0.model);
    expect(names.size).toBe(452);
    expect(new Set(names.values()).size).toBe(452);
    expect(names.get("get_users_by_id")).toBe("usersGet");
    expect(names.get("post_sso-ticket")).toBe("selfServiceProfilesSsoTicketCreate");
    const module = await import(pathToFileURL(join(outputs.auth0.dir, "index.ts")).href);
    const missing = [...names.values()].filter((name) => typeof module[name] !== "function");
    expect(missing).toEqual([]);
  });
});

describe("the command line", () => {
  it("--client-style functions writes the functions style; classes stays the default", () => {
    const functionsDir = tempDir();
    expect(runGen("--target", "client", "--client-style", "functions", "--out", functionsDir, "--quiet").status).toBe(0);
    const files = listFiles(functionsDir);
    expect(files).toContain("functions/Users.ts");
    expect(files.some((f) => f.startsWith("resources/"))).toBe(false);
    const classesDir = tempDir();
    expect(runGen("--target", "client", "--out", classesDir, "--quiet").status).toBe(0);
    expect(listFiles(classesDir)).toContain("resources/Users.ts");
  });

  it("rejects an unknown style with a usage error", () => {
    const run = runGen("--target", "client", "--client-style", "objects", "--out", tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/classes, functions/);
  });
});

describe("the hostile spec", () => {
  it("runs no spec text when the functions client is imported and created", async () => {
    delete (globalThis as any).__pwned;
    const module = await import(pathToFileURL(join(outputs.hostile.dir, "index.ts")).href);
    expect(module.createClient({ baseUrl: "http://127.0.0.1:9", token: "t" })).toBeDefined();
    const names = [...functionNames(outputs.hostile.model).values()];
    expect(names.length).toBe(outputs.hostile.model.operations.length);
    expect(names.filter((name) => typeof module[name] !== "function")).toEqual([]);
    expect((globalThis as any).__pwned).toBeUndefined();
  });
});

describe("functions over the wire (loopback)", () => {
  let server: LoopbackServer;
  let api: any;
  let client: unknown;

  beforeAll(async () => {
    server = await startLoopbackServer();
    api = await import(pathToFileURL(join(outputs.auth0.dir, "index.ts")).href);
    client = api.createClient({ baseUrl: `${server.url}/api/v2`, token: "test-token", retry: { maxRetries: 0 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("usersGet encodes the path parameter as one segment and sends the query", async () => {
    server.enqueue({ json: { user_id: "auth0|1" } });
    const user = await api.usersGet(client, "auth0|1/../x", { fields: "email", include_fields: true });
    expect(user).toEqual({ user_id: "auth0|1" });
    const request = server.last();
    expect(request.method).toBe("GET");
    expect(request.pathname).toBe("/api/v2/users/auth0%7C1%2F..%2Fx");
    expect(request.query.get("fields")).toBe("email");
    expect(request.query.get("include_fields")).toBe("true");
    expect(request.headers.authorization).toBe("Bearer test-token");
  });

  it("usersCreate sends its JSON body", async () => {
    server.enqueue({ status: 201, json: { user_id: "auth0|2" } });
    const body = { connection: "Username-Password-Authentication", email: "a@example.com", password: "x" };
    expect(await api.usersCreate(client, body)).toEqual({ user_id: "auth0|2" });
    const request = server.last();
    expect(request.method).toBe("POST");
    expect(request.pathname).toBe("/api/v2/users");
    expect(String(request.headers["content-type"])).toMatch(/^application\/json/);
    expect(request.json()).toEqual(body);
  });

  it("usersDelete resolves to undefined on 204", async () => {
    server.enqueue({ status: 204 });
    expect(await api.usersDelete(client, "auth0|3")).toBeUndefined();
    expect(server.last().method).toBe("DELETE");
    expect(server.last().pathname).toBe("/api/v2/users/auth0%7C3");
  });

  it("usersList pages through every item with for await", async () => {
    const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ user_id: `u${from + i}` }));
    server.enqueue({ json: users(0, 2) }, { json: users(2, 2) }, { json: users(4, 1) });
    const seen: string[] = [];
    for await (const user of api.usersList(client, { per_page: 2 })) seen.push(user.user_id);
    expect(seen).toEqual(["u0", "u1", "u2", "u3", "u4"]);
    // The first request leaves `page` to the server's default (0).
    expect(server.requests.slice(-3).map((r) => r.query.get("page"))).toEqual([null, "1", "2"]);
  });

  it("validates requests with the generated validators when asked, before anything is sent", async () => {
    const validating = api.createClient({ baseUrl: `${server.url}/api/v2`, token: "t", validate: "requests" });
    const before = server.requests.length;
    await expect(api.usersCreate(validating, { email: "a@example.com" })).rejects.toBeInstanceOf(api.RequestValidationError);
    expect(server.requests.length).toBe(before);
  });

  it("errors are the runtime's ApiError subclasses, with withRawResponse on success", async () => {
    server.enqueue({ status: 404, json: { message: "no such user" } });
    await expect(api.usersGet(client, "nobody")).rejects.toBeInstanceOf(api.NotFoundError);
    server.enqueue({ json: { user_id: "u9" } });
    const { data, response } = await api.usersGet(client, "u9").withRawResponse();
    expect(data).toEqual({ user_id: "u9" });
    expect(response.status).toBe(200);
  });
});
