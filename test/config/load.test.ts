// Finding, reading and checking the config file; pointers mapped back to line and column.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfigFile, loadConfig } from "../../generator/config/load.js";
import { locatePointer } from "../../generator/config/locate.js";
import { GenError } from "../../generator/diagnostics.js";
import { project } from "./runGenIn.js";

async function failure(promise: Promise<unknown>): Promise<GenError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GenError);
    return error as GenError;
  }
  throw new Error("expected a failure");
}

describe("locatePointer", () => {
  const json = `{
  "flavours": {
    "ga": { "targets": ["client", "docz"],
            "out": "x" },
    "b/c": { "targets": [] }
  }
}`;
  it.each([
    ["", 1, 1],
    ["/flavours", 2, 3],
    ["/flavours/ga/targets/1", 3, 35],
    ["/flavours/ga/out", 4, 13],
    ["/flavours/b~1c/targets", 5, 14],
    ["/flavours/ga/missing", 3, 5],
  ])("JSON %s → %i:%i", (pointer, line, column) => {
    expect(locatePointer(json, pointer, "json")).toEqual({ line, column });
  });

  const yaml = `# flavours
flavours:
  ga:
    targets: [client, docz]
    filters:
      include:
        groups:
          - users   # a comment
          - "roles.*"
  other: { targets: [docs] }
`;
  it.each([
    ["/flavours", 2, 1],
    ["/flavours/ga/targets/1", 4, 23],
    ["/flavours/ga/filters/include/groups/1", 9, 13],
    ["/flavours/other/targets/0", 10, 22],
    ["/flavours/ga/nothing", 3, 3],
  ])("YAML %s → %i:%i", (pointer, line, column) => {
    expect(locatePointer(yaml, pointer, "yaml")).toEqual({ line, column });
  });
});

describe("findConfigFile", () => {
  it("finds none, one, or refuses two", () => {
    expect(findConfigFile(project({}))).toBeUndefined();
    const one = project({ "gen.config.yaml": "flavours: {}\n" });
    expect(findConfigFile(one)).toBe(join(one, "gen.config.yaml"));
    const two = project({ "gen.config.json": {}, "gen.config.mjs": "export default {};" });
    expect(() => findConfigFile(two)).toThrowError(/gen\.config\.json and gen\.config\.mjs are both here/);
  });
});

describe("loadConfig", () => {
  it("reads JSON, YAML and .mjs (default export, hooks as functions)", async () => {
    const dir = project({
      "a.json": { flavours: { a: { targets: ["client"] } } },
      "b.yml": "flavours:\n  b:\n    targets: [docs]\n",
      "c.mjs": "export default { flavours: { c: { targets: ['validators'], hooks: [(ir) => ir] } } };\n",
    });
    expect((await loadConfig("a.json", dir)).config.flavours.a.targets).toEqual(["client"]);
    expect((await loadConfig("b.yml", dir)).config.flavours.b.targets).toEqual(["docs"]);
    const c = await loadConfig(join(dir, "c.mjs"), dir);
    expect(typeof c.config.flavours.c.hooks![0]).toBe("function");
    expect(c.dir).toBe(dir);
  });

  it("reports every problem as GEN_BAD_CONFIG with file:line:col and the pointer, exit 8", async () => {
    const dir = project({ "gen.config.json": '{\n  "flavours": {\n    "ga": { "targets": ["clint"], "filter": {} }\n  }\n}\n' });
    const error = await failure(loadConfig("gen.config.json", dir));
    expect(error.exitCode).toBe(8);
    expect(error.diagnostics).toEqual([
      expect.objectContaining({ code: "GEN_BAD_CONFIG", location: "gen.config.json:3:25 (#/flavours/ga/targets/0)", pointer: "#/flavours/ga/targets/0", hint: expect.stringMatching(/Did you mean "client"/) }),
      expect.objectContaining({ code: "GEN_BAD_CONFIG", location: "gen.config.json:3:35 (#/flavours/ga/filter)", message: 'unknown property "filter".' }),
    ]);
  });

  it("YAML problems are located too; .mjs ones by pointer", async () => {
    const dir = project({ "gen.config.yaml": "flavours:\n  ga:\n    targets: [client]\n    out: 3\n", "gen.config.mjs": "export default { flavours: { ga: { targets: 'client' } } };" });
    expect((await failure(loadConfig("gen.config.yaml", dir))).diagnostics[0].location).toBe("gen.config.yaml:4:5 (#/flavours/ga/out)");
    expect((await failure(loadConfig("gen.config.mjs", dir))).diagnostics[0].location).toBe("gen.config.mjs (#/flavours/ga/targets)");
  });

  it("syntax errors are GEN_SYNTAX (exit 4), a missing file GEN_CONFIG_NOT_FOUND (exit 3), a broken module GEN_BAD_CONFIG", async () => {
    const dir = project({ "bad.json": '{ "flavours": { ', "bad.mjs": "export default {", "none.mjs": "export const x = 1;" });
    const syntax = await failure(loadConfig("bad.json", dir));
    expect([syntax.exitCode, syntax.diagnostics[0].code]).toEqual([4, "GEN_SYNTAX"]);
    const missing = await failure(loadConfig("nope.json", dir));
    expect([missing.exitCode, missing.diagnostics[0].code]).toEqual([3, "GEN_CONFIG_NOT_FOUND"]);
    const module = await failure(loadConfig("bad.mjs", dir));
    expect([module.exitCode, module.diagnostics[0].code]).toEqual([8, "GEN_BAD_CONFIG"]);
    expect((await failure(loadConfig("none.mjs", dir))).diagnostics[0].message).toMatch(/no default export/);
    writeFileSync(join(dir, "gen.config.toml"), "");
    expect((await failure(loadConfig("gen.config.toml", dir))).diagnostics[0].message).toMatch(/must end in \.json, \.yaml, \.yml or \.mjs/);
  });
});
