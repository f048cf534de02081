// The zod flavour: `gen --target validators --templates flavours/zod-validators/templates` prints
// every component schema as a zod schema and every operation as request/response schemas, from
// template overrides alone (the flavour folder holds only .hbs files). The output type-checks with
// TypeScript 5 and 7 against zod 4, and a handful of Auth0 schemas accept valid instances and
// reject invalid ones — each verdict checked against the built-in validators of the same spec.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheck } from "../helpers/generated.js";
import { listFiles, runGen } from "../helpers/cli.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, REPO_ROOT, TSC5, TSC7 } from "../helpers/paths.js";
import { hostileSpec } from "../hostile/hostileSpec.js";

const FLAVOUR_TEMPLATES = join(REPO_ROOT, "flavours/zod-validators/templates");
// Inside the repository, so that `import { z } from "zod"` resolves to its node_modules.
const WORK = join(REPO_ROOT, ".tmp");

function generate(spec: string, templates?: string): string {
  mkdirSync(WORK, { recursive: true });
  const out = mkdtempSync(join(WORK, "zod-flavour-"));
  const run = runGen("--target", "validators", "--spec", spec, "--out", out, "--quiet", ...(templates ? ["--templates", templates] : []));
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return out;
}

const dirs: Record<string, string> = {};
let zod: any;
let builtin: any;

beforeAll(async () => {
  dirs.embedded = generate(EMBEDDED_SPEC, FLAVOUR_TEMPLATES);
  dirs.auth0 = generate(AUTH0_SPEC, FLAVOUR_TEMPLATES);
  dirs.builtin = generate(AUTH0_SPEC);
  // Reserved words, `__proto__` keys and spec text that tries to become code, through the templates.
  const hostile = join(mkdtempSync(join(WORK, "zod-hostile-spec-")), "hostile.json");
  writeFileSync(hostile, JSON.stringify(hostileSpec()));
  dirs.hostileSpec = join(hostile, "..");
  dirs.hostile = generate(hostile, FLAVOUR_TEMPLATES);
  zod = await import(pathToFileURL(join(dirs.auth0, "index.ts")).href);
  builtin = await import(pathToFileURL(join(dirs.builtin, "index.ts")).href);
}, 180_000);

afterAll(() => {
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});

describe("the flavour folder", () => {
  it("holds templates only: the zod output comes from overrides, not from generator code", () => {
    const files = listFiles(FLAVOUR_TEMPLATES);
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((f) => !/^validators\/[^/]+\.ts\.hbs$/.test(f))).toEqual([]);
  });

  it("prints one zod schema per component schema, named like its type", () => {
    expect(listFiles(dirs.auth0)).toEqual(expect.arrayContaining(["index.ts", "operations.ts", "schemas.ts", "types.ts"]));
    expect(Object.keys(zod).filter((name) => name !== "operations").length).toBe(2698);
    expect(typeof zod.UserResponseSchema.safeParse).toBe("function");
  });
});

describe.each([
  ["TypeScript 5", TSC5],
  ["TypeScript 7", TSC7],
])("%s", (_name, tsc) => {
  it.each(["embedded", "auth0", "hostile"])("type-checks the %s zod output with zero errors", (which) => {
    const result = typeCheck(tsc, dirs[which]);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 180_000);
});

/** [schema, instance, accepted] — the built-in validators must give the same verdict. */
const CASES: Array<[string, unknown, boolean]> = [
  ["CreateUserRequestContent", { connection: "Username-Password-Authentication", email: "jane@example.com", password: "pw" }, true],
  ["CreateUserRequestContent", { email: "jane@example.com" }, false], // connection is required
  ["CreateUserRequestContent", { connection: "db", email: "not an email" }, false], // format: email
  ["CreateUserRequestContent", { connection: "db", phone_number: "555-0100" }, false], // pattern
  ["CreateUserRequestContent", { connection: "db", favourite_colour: "blue" }, false], // closed object
  ["CreateUserRequestContent", { connection: "" }, false], // minLength
  // A reference cycle (FlowAction → FlowActionFlow → … → FlowAction), read through z.lazy.
  ["FlowAction", { id: "a1", type: "FLOW", action: "BOOLEAN_CONDITION", params: { if: true, then: [{ id: "a2", type: "FLOW", action: "DO_NOTHING" }] } }, true],
  ["FlowAction", { id: "a1", type: "FLOW", action: "BOOLEAN_CONDITION", params: { if: true, then: [{ id: "a2", type: "FLOW", action: "NOT_AN_ACTION" }] } }, false],
  // Maps (additionalProperties: schema) and nullable values.
  ["ConnectionsMetadata", { region: "eu", tier: null }, true],
  ["ConnectionsMetadata", { region: 1 }, false],
  ["ConnectionAuthParamsMap", { prompt: "" }, false],
  // An enum, a union of an object and a string.
  ["ClientGrantSubjectTypeEnum", "user", true],
  ["ClientGrantSubjectTypeEnum", "robot", false],
  ["GetUniversalLoginTemplateResponseContent", "<html></html>", true],
  ["GetUniversalLoginTemplateResponseContent", { body: "<html></html>" }, true],
  ["GetUniversalLoginTemplateResponseContent", 42, false],
  // allOf over a closed member: the properties the other members add are accepted.
  ["CreateConnectionRequestContentBox", { strategy: "box", name: "my-box", enabled_clients: ["c1"] }, true],
  ["CreateConnectionRequestContentBox", { strategy: "github", name: "my-box" }, false],
];

describe("the hostile spec as zod", () => {
  it("runs no spec text when imported and used", async () => {
    delete (globalThis as any).__pwned;
    const module = await import(pathToFileURL(join(dirs.hostile, "index.ts")).href);
    const schemas = Object.entries<any>(module).filter(([name]) => name !== "operations");
    expect(schemas.length).toBeGreaterThan(0);
    for (const [, schema] of schemas) schema.safeParse({ default: "x", ["__proto__"]: "y" });
    expect((globalThis as any).__pwned).toBeUndefined();
  });
});

describe("Auth0 schemas as zod", () => {
  it.each(CASES.map(([name, value, accepted]) => [name, JSON.stringify(value), accepted, value] as const))("%s %s → %s", (name, _shown, accepted, value) => {
    expect(zod[name].safeParse(value).success).toBe(accepted);
    expect(builtin[`is${name}`](value)).toBe(accepted);
  });

  it("checks an operation's request and response", () => {
    const { usersGet } = zod.operations;
    expect(usersGet.operationId).toBe("get_users_by_id");
    expect(usersGet.request.safeParse({ path: { id: "auth0|1" }, query: { fields: "email", include_fields: true } }).success).toBe(true);
    expect(usersGet.request.safeParse({ path: {} }).success).toBe(false);
    expect(usersGet.request.safeParse({ path: { id: "auth0|1" }, query: { include_fields: "yes" } }).success).toBe(false);
    expect(usersGet.responses["200"].safeParse({ user_id: "auth0|1", email: "jane@example.com" }).success).toBe(true);
    expect(usersGet.responses["200"].safeParse({ user_id: 1 }).success).toBe(false);
  });
});
