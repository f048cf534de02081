// Every class of bad input, through the real CLI: a short message with a code, a location
// (file:line:col for syntax, a JSON pointer for spec problems), a hint, a distinct exit code, no
// stack trace, and nothing written.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "gen-failures-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const doc = (extra: object) => JSON.stringify({ openapi: "3.1.0", info: { title: "x", version: "1" }, paths: {}, ...extra });
const op = (operationId: string, extra: object = {}) => ({ operationId, responses: { "204": { description: "ok" } }, ...extra });

interface Case {
  name: string;
  args: string[];
  exit: number;
  /** The first line of stderr: `error CODE at LOCATION: message`. */
  first: RegExp;
  hint: RegExp;
}

const cases: Case[] = [
  { name: "missing file", args: ["--spec", "nope.json"], exit: 3, first: /^error GEN_SPEC_NOT_FOUND at nope\.json: Spec file not found/, hint: /--spec path/ },
  { name: "unreachable URL", args: ["--spec", "http://127.0.0.1:9/spec.json"], exit: 3, first: /^error GEN_SPEC_UNREACHABLE at http:\/\/127\.0\.0\.1:9\/spec\.json: Cannot fetch spec/, hint: /download the spec/ },
  { name: "invalid JSON", args: ["--spec", write("bad.json", '{"openapi": "3.1.0",\n  "info": {\n')], exit: 4, first: /^error GEN_SYNTAX at bad\.json:3:1: bad\.json is not valid JSON/, hint: /Fix the JSON syntax/ },
  { name: "invalid YAML", args: ["--spec", write("bad.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\n")], exit: 4, first: /^error GEN_SYNTAX at bad\.yaml:4:\d+: bad\.yaml is not valid YAML/, hint: /Fix the YAML syntax/ },
  { name: "not an OpenAPI document", args: ["--spec", write("hello.json", '{"hello": "world"}')], exit: 5, first: /^error GEN_NOT_OPENAPI at #: The document has no `openapi` version field/, hint: /openapi: 3\.1\.0/ },
  { name: "Swagger 2.0 (refused with a conversion hint)", args: ["--spec", write("swagger.json", '{"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}}')], exit: 5, first: /^error GEN_SWAGGER2 at #\/swagger: Swagger 2\.0 documents are not supported/, hint: /swagger2openapi/ },
  {
    name: "unresolvable $ref",
    args: ["--spec", write("ref.json", doc({ paths: { "/a": { get: op("a", { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } } } } }) } } }))],
    exit: 5,
    first: /^error GEN_UNRESOLVED_REF at #\/paths\/~1a\/get\/responses\/200\/content\/application~1json\/schema\/\$ref: \$ref "#\/components\/schemas\/Missing" does not resolve/,
    hint: /add the missing component/,
  },
  {
    name: "x-operation-group of the wrong type",
    args: ["--spec", write("group.json", doc({ paths: { "/a": { get: op("a", { "x-operation-group": 42, "x-operation-name": "list" }) } } }))],
    exit: 5,
    first: /^error GEN_BAD_OPERATION_GROUP at #\/paths\/~1a\/get\/x-operation-group: x-operation-group must be a non-empty string or a list/,
    hint: /\["users", "roles"\]/,
  },
  {
    name: "two operations with the same group and name",
    args: ["--spec", write("dup.json", doc({ paths: { "/a": { get: op("a", { "x-operation-group": "users", "x-operation-name": "list" }) }, "/b": { get: op("b", { "x-operation-group": "users", "x-operation-name": "list" }) } } }))],
    exit: 5,
    first: /^error GEN_DUPLICATE_METHOD at #\/paths\/~1b\/get: Operations "a" and "b" are both client\.users\.list\(\)/,
    hint: /different x-operation-name/,
  },
  { name: "unknown target", args: ["--target", "nope"], exit: 2, first: /^error GEN_UNKNOWN_TARGET: Unknown target "nope"/, hint: /Use one of: client, validators/ },
  {
    name: "bad config",
    args: ["--config", write("bad-config.json", '{\n  "flavours": {\n    "ga": { "targets": ["client"], "filter": {} }\n  }\n}\n')],
    exit: 8,
    first: /^error GEN_BAD_CONFIG at bad-config\.json:3:\d+ \(#\/flavours\/ga\/filter\): unknown property "filter"/,
    hint: /Did you mean "filters"\?/,
  },
];

describe("failures", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const out = join(dir, `out-${c.name.replace(/\W+/g, "-")}`);
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "gen.js"), ...c.args, ...(c.args.includes("--config") ? [] : ["--out", out])], { cwd: dir, encoding: "utf8" });
    const lines = run.stderr.trim().split("\n");
    expect(run.status).toBe(c.exit);
    expect(lines[0]).toMatch(c.first);
    expect(lines[1]).toMatch(/^ {2}hint: /);
    expect(lines[1]).toMatch(c.hint);
    expect(run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace without --debug
    expect(existsSync(out)).toBe(false);
  });

  it("warns, and still generates, when two schema names collide after casing", () => {
    const spec = write("casing.json", doc({ components: { schemas: { user_name: { type: "string" }, UserName: { type: "integer" } } } }));
    const out = join(dir, "out-casing");
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "gen.js"), "--spec", spec, "--out", out], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^warning GEN_SCHEMA_RENAMED at #\/components\/schemas\/user_name: Schema "user_name" is emitted as "UserName2"/);
    expect(run.stderr).toMatch(/hint: Rename the schema in the spec/);
  });
});
