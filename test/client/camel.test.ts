// `naming.properties: "camel"` end to end on the Auth0 spec: the client (both styles) names
// properties in camelCase and type-checks, with the docs' TypeScript snippets, under TypeScript 5
// and 7; on the wire, bodies leave with the spec's names and responses, pages and event data come
// back renamed, free-form maps keep their keys, and the validators check the wire form.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ModelCustomization } from "../../generator/customize/index.js";
import { codeBlocks, generateDocs, operationPagePath, snippetModule } from "../docs/docsOutput.js";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, TSC5, TSC7 } from "../helpers/paths.js";
import { hostileSpec } from "../hostile/hostileSpec.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";

const CAMEL: ModelCustomization = { origin: "test", naming: { properties: "camel" } };

let classes: GeneratedOutput;
let functions: GeneratedOutput;
let snippets: Map<string, string>;
// The generated modules, loaded from their folders (their types are checked by tsc below).
let api: any;
let fns: any;
let server: LoopbackServer;

beforeAll(async () => {
  [classes, functions] = await Promise.all([
    generateInto(AUTH0_SPEC, "client", { customization: CAMEL, options: { client: { validators: true } } }),
    // Formatting changes nothing a compiler or the wire sees; skip it to save time.
    generateInto(AUTH0_SPEC, "client", { customization: CAMEL, format: false, options: { client: { style: "functions" } } }),
  ]);
  const docs = await generateDocs(AUTH0_SPEC, "markdown", CAMEL);
  const pages = docs.model.operations.map((o) => ({ page: operationPagePath(o), code: codeBlocks(docs.read(operationPagePath(o)), "ts")[0] }));
  snippets = new Map(pages.map((p) => [p.page, docs.read(p.page)]));
  writeFileSync(join(classes.dir, "docs-snippets.check.ts"), snippetModule(codeBlocks(docs.read("index.md"), "ts")[0], pages));
  api = await import(pathToFileURL(join(classes.dir, "index.ts")).href);
  fns = await import(pathToFileURL(join(functions.dir, "index.ts")).href);
  server = await startLoopbackServer();
}, 240_000);

afterAll(async () => {
  await server?.close();
});

describe.each([
  ["TypeScript 5", TSC5],
  ["TypeScript 7", TSC7],
])("%s", (_name, tsc) => {
  it("type-checks the camelCase class client, its embedded validators and every docs snippet", () => {
    const result = typeCheck(tsc, classes.dir);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 180_000);

  it("type-checks the camelCase functions client", () => {
    const result = typeCheck(tsc, functions.dir);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 180_000);
});

it("prints a hostile spec's keys into key shapes as escaped literals, and the client type-checks", async () => {
  const spec = join(mkdtempSync(join(tmpdir(), "gen-hostile-camel-")), "hostile.json");
  writeFileSync(spec, JSON.stringify(hostileSpec()));
  const hostile = await generateInto(spec, "client", { customization: CAMEL, format: false });
  expect(hostile.read("keyShapes.ts")).toContain('quoteBackSlash: ["quote\\"back\\\\slash"],');
  const result = typeCheck(TSC7, hostile.dir);
  expect(result.output).toBe("");
}, 120_000);

describe("the generated camelCase client", () => {
  it("declares code names in its types and passes wire names to the runtime", () => {
    expect(classes.read("types.ts")).toMatch(/export interface CreateUserRequestContent \{[^]*?\n {2}emailVerified\?: boolean;/);
    expect(classes.read("keyShapes.ts")).toContain('emailVerified: ["email_verified"],');
    // Paged bodies are read after renaming, so the items key is the code name.
    expect(classes.read("resources/ResourceServers.ts")).toContain('paging: { style: "offset", itemsKey: "resourceServers" },');
    // The embedded validators narrow to wire-named types of their own.
    expect(classes.read("validators/index.ts")).toContain('import type * as T from "./types.js";');
    expect(classes.read("validators/types.ts")).toMatch(/export interface CreateUserRequestContent \{[^]*?\n {2}email_verified\?: boolean;/);
  });

  it("docs: TypeScript snippets use code names, curl keeps the wire's", () => {
    const page = snippets.get("api/guardian/enrollments/createTicket.md")!;
    expect(codeBlocks(page, "ts")[0]).toContain('userId: "user_id"');
    expect(codeBlocks(page, "sh")[0]).toContain('"user_id": "user_id"');
  });
});

describe("the other targets", () => {
  it("validators ignore property renaming: their checks and types describe wire data, byte for byte as without it", async () => {
    const [wire, camel] = await Promise.all([generateInto(EMBEDDED_SPEC, "validators"), generateInto(EMBEDDED_SPEC, "validators", { customization: CAMEL })]);
    for (const file of ["types.ts", "schemas.ts", "operations.ts", "index.ts"]) expect(camel.read(file), file).toBe(wire.read(file));
    expect(camel.read("types.ts")).toContain("user_id");
  });
});

describe("on the wire", () => {
  const connect = (options: object = {}) => api.createClient({ baseUrl: server.url, token: "t", ...options });

  it("sends the body with wire names, leaves a free-form map's keys alone, and renames the response", async () => {
    server.enqueue({ status: 201, json: { user_id: "auth0|1", created_at: "2026-01-01T00:00:00.000Z", app_metadata: { plan_tier: "gold" }, identities: [{ user_id: "1", access_token: "a", isSocial: false }] } });
    const user = await connect().users.create({ connection: "x", emailVerified: true, userMetadata: { keepMe: 1 } });
    expect(server.last().json()).toEqual({ connection: "x", email_verified: true, user_metadata: { keepMe: 1 } });
    expect(user).toEqual({ userId: "auth0|1", createdAt: "2026-01-01T00:00:00.000Z", appMetadata: { plan_tier: "gold" }, identities: [{ userId: "1", accessToken: "a", isSocial: false }] });
  });

  it("iterates a paged list's items in camelCase, following the renamed items key", async () => {
    const page = (start: number, names: string[]) => ({ start, limit: 2, total: 3, resource_servers: names.map((name) => ({ name, token_lifetime: 60 })) });
    server.enqueue({ json: page(0, ["a", "b"]) }, { json: page(2, ["c"]) });
    const seen: unknown[] = [];
    for await (const item of connect().resourceServers.list({ includeTotals: true, perPage: 2 })) seen.push(item);
    expect(seen).toEqual(["a", "b", "c"].map((name) => ({ name, tokenLifetime: 60 })));
    expect(server.requests.slice(-2).map((r) => [r.query.get("include_totals"), r.query.get("per_page"), r.query.get("page")])).toEqual([
      ["true", "2", null],
      ["true", "2", "1"],
    ]);
  });

  it("renames each server-sent event's data", async () => {
    const data = { event: { id: "e1", data: { object: { user_id: "u1", email_verified: true, user_metadata: { keep_me: 1 } } } } };
    server.enqueue({ headers: { "content-type": "text/event-stream" }, chunks: [`event: user.created\ndata: ${JSON.stringify(data)}\n\n`] });
    const stream = await connect().events.subscribe();
    const events: any[] = [];
    for await (const event of stream) events.push(event);
    expect(events.map((e) => e.data)).toEqual([{ type: "user.created", event: { id: "e1", data: { object: { userId: "u1", emailVerified: true, userMetadata: { keep_me: 1 } } } } }]);
  });

  it("validates the wire form: a camelCase body passes a closed schema, a bad value names its wire pointer", async () => {
    const validating = connect({ validate: "both" });
    server.enqueue({ status: 201, json: { user_id: "auth0|2", email_verified: false } });
    expect(await validating.users.create({ connection: "x", emailVerified: false })).toEqual({ userId: "auth0|2", emailVerified: false });
    expect(server.last().json()).toEqual({ connection: "x", email_verified: false });

    const before = server.requests.length;
    const error = await validating.users.create({ connection: "x", emailVerified: "yes" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(api.RequestValidationError);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(["/body/email_verified"]);
    expect(server.requests.length).toBe(before);
  });

  it("maps bodies and results in the functions style too", async () => {
    const client = fns.createClient({ baseUrl: server.url, token: "t" });
    server.enqueue({ status: 201, json: { user_id: "auth0|3", given_name: "Ada" } });
    expect(await fns.usersCreate(client, { connection: "x", givenName: "Ada" })).toEqual({ userId: "auth0|3", givenName: "Ada" });
    expect(server.last().json()).toEqual({ connection: "x", given_name: "Ada" });
  });
});
