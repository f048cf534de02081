// config.schema.json and the checker that enforces it: one file for editors and for gen, the
// checker agreeing with a real JSON Schema validator, and messages a person can act on.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { readConfigSchema } from "../../generator/config/load.js";
import { checkAgainstSchema, SUPPORTED_KEYWORDS, type JsonSchemaNode } from "../../generator/config/schemaCheck.js";
import type { FlavourConfig, GenConfig } from "../../generator/config/types.js";
import { REPO_ROOT } from "../helpers/paths.js";

const schema = readConfigSchema();

/** Every field of a flavour, so the compiler fails here when types.ts gains one the schema lacks. */
const FULL_FLAVOUR: Required<FlavourConfig> = {
  targets: ["client", "docs"],
  out: "generated/full",
  spec: "spec/openapi.yaml",
  templates: "my-templates",
  filters: { include: { groups: ["users", "roles.*", "organizations.**"], tags: ["Users"], operations: ["get_users"], lifecycles: ["GA"] }, exclude: { groups: ["experimentation"], lifecycles: ["beta", "EA"] } },
  naming: { groups: { clientGrants: "grants" }, methods: { get_users: "listAll" }, types: { UserResponseSchema: "User" }, properties: "wire" },
  client: { style: "classes" },
  docs: { format: "markdown" },
  hooks: ["./hooks/addBetaTag.mjs"],
};

const valid: GenConfig[] = [
  { $schema: "./config.schema.json", spec: "spec/openapi.yaml", flavours: { full: FULL_FLAVOUR } },
  { flavours: { "ga-browser": { targets: ["client"] }, "docs.v2": { targets: ["docs"], docs: { format: "both" } } } },
];

const invalid: Array<[string, unknown, string, RegExp]> = [
  ["no flavours", {}, "", /required property "flavours" is missing/],
  ["empty flavours", { flavours: {} }, "/flavours", /at least 1 entry/],
  ["unknown top-level key", { flavours: { a: { targets: ["client"] } }, flavors: {} }, "/flavors", /unknown property "flavors"/],
  ["bad flavour name", { flavours: { "has space": { targets: ["client"] } } }, "/flavours/has space", /"has space" is not a valid name/],
  ["targets missing", { flavours: { a: {} } }, "/flavours/a", /"targets" is missing/],
  ["targets not an array", { flavours: { a: { targets: "client" } } }, "/flavours/a/targets", /expected an array, found a string/],
  ["unknown target", { flavours: { a: { targets: ["clint"] } } }, "/flavours/a/targets/0", /"clint" is not allowed/],
  ["repeated target", { flavours: { a: { targets: ["client", "client"] } } }, "/flavours/a/targets/1", /listed twice/],
  ["bad lifecycle", { flavours: { a: { targets: ["client"], filters: { exclude: { lifecycles: ["alpha"] } } } } }, "/flavours/a/filters/exclude/lifecycles/0", /"alpha" is not allowed/],
  ["bad group pattern", { flavours: { a: { targets: ["client"], filters: { include: { groups: ["users/roles"] } } } } }, "/flavours/a/filters/include/groups/0", /not a valid value/],
  ["method name not an identifier", { flavours: { a: { targets: ["client"], naming: { methods: { get_users: "list all" } } } } }, "/flavours/a/naming/methods/get_users", /not a valid value/],
  ["bad property casing", { flavours: { a: { targets: ["client"], naming: { properties: "snake" } } } }, "/flavours/a/naming/properties", /"snake" is not allowed/],
  ["client style", { flavours: { a: { targets: ["client"], client: { style: "function" } } } }, "/flavours/a/client/style", /"function" is not allowed/],
  ["empty out", { flavours: { a: { targets: ["client"], out: "" } } }, "/flavours/a/out", /must not be empty/],
  ["hook not a string", { flavours: { a: { targets: ["client"], hooks: [42] } } }, "/flavours/a/hooks/0", /expected a string, found a number/],
  ["function outside hooks", { flavours: { a: { targets: ["client"], out: () => "x" } } }, "/flavours/a/out", /function is not allowed here/],
];

describe("config.schema.json", () => {
  it("uses only keywords the checker implements", () => {
    const unknown = new Set<string>();
    const walk = (node: unknown, inProperties: boolean) => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
      if (typeof node !== "object" || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (!inProperties && !SUPPORTED_KEYWORDS.has(key)) unknown.add(key);
        // The values under `properties` and `$defs` are schemas keyed by name, not keywords.
        walk(value, !inProperties && (key === "properties" || key === "$defs"));
      }
    };
    walk(schema, false);
    expect([...unknown]).toEqual([]);
  });

  it("lists exactly the flavour fields of types.ts", () => {
    const flavour = (schema.$defs as Record<string, JsonSchemaNode>).flavour;
    expect(Object.keys(flavour.properties as object).sort()).toEqual(Object.keys(FULL_FLAVOUR).sort());
  });

  it("accepts the valid configs and reports each invalid one at its pointer", () => {
    for (const config of valid) expect(checkAgainstSchema(config, schema)).toEqual([]);
    for (const [name, config, pointer, message] of invalid) {
      const issues = checkAgainstSchema(config, schema);
      expect(issues.map((i) => i.pointer), name).toContain(pointer);
      expect(issues.find((i) => i.pointer === pointer)!.message, name).toMatch(message);
    }
  });

  it("agrees with ajv (JSON Schema 2020-12) on every case", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    for (const config of valid) expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    for (const [name, config] of invalid) {
      if (name === "function outside hooks") continue; // not JSON: only gen.config.mjs can hold a function
      expect(validate(config), name).toBe(false);
    }
  });

  it("suggests the nearest key or value", () => {
    const [typo] = checkAgainstSchema({ flavours: { a: { targets: ["client"], filter: {} } } }, schema);
    expect(typo.hint).toMatch(/^Did you mean "filters"\? Allowed here: targets, out, spec/);
    const [value] = checkAgainstSchema({ flavours: { a: { targets: ["docz"] } } }, schema);
    expect(value.hint).toBe('Did you mean "docs"? Use one of: client, validators, docs.');
  });

  it("accepts the README's example config", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Flavours and configuration"));
    const example = /```json\n([\s\S]*?)```/.exec(section)![1];
    expect(checkAgainstSchema(JSON.parse(example), schema)).toEqual([]);
  });

  it("accepts a function as a hook (gen.config.mjs)", () => {
    expect(checkAgainstSchema({ flavours: { a: { targets: ["client"], hooks: [() => undefined] } } }, schema)).toEqual([]);
  });
});
