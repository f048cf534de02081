// The command line with a config file: discovery, building every flavour or one, the flags a
// config rules out, errors, `gen ir --flavour`, and hooks end to end. Spawns the built bin/gen.js.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../helpers/cli.js";
import { typeCheck } from "../helpers/generated.js";
import { TSC7 } from "../helpers/paths.js";
import { project, runGenIn } from "./runGenIn.js";

const CONFIG = {
  $schema: "./node_modules/gen/config.schema.json",
  flavours: {
    ga: {
      targets: ["client"],
      out: "sdk/ga",
      filters: { exclude: { lifecycles: ["beta", "EA"] } },
      naming: { groups: { clientGrants: "grants" }, methods: { get_users: "listAll" }, types: { UserResponseSchema: "User" } },
    },
    reference: { targets: ["validators", "docs"], out: "sdk/reference" },
  },
};

describe("gen with a config file", () => {
  it("builds every flavour, each target in its folder, and says which flavour it builds", () => {
    const dir = project({ "gen.config.json": CONFIG });
    const run = runGenIn(dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter((l) => l.startsWith("Flavour"))).toEqual([
      "Flavour ga: client → sdk/ga",
      "Flavour reference: validators → sdk/reference/validators",
      "Flavour reference: docs → sdk/reference/docs",
    ]);
    // 35 operations in the embedded spec: 4 beta and 3 EA are left out.
    expect(run.stdout).toMatch(/Generated client for 28 operations/);
    expect(run.stdout).toMatch(/Generated docs for 35 operations/);
    expect(existsSync(join(dir, "sdk/reference/validators/schemas.ts"))).toBe(true);
    expect(existsSync(join(dir, "sdk/reference/docs/index.md"))).toBe(true);

    const ga = join(dir, "sdk/ga");
    const files = listFiles(ga);
    expect(files).toContain("resources/Grants.ts");
    expect(files.some((f) => f.startsWith("resources/Experimentation"))).toBe(false);
    expect(readFileSync(join(ga, "resources/Users.ts"), "utf8")).toMatch(/\n {2}listAll\(/);
    expect(readFileSync(join(ga, "types.ts"), "utf8")).toMatch(/export interface User \{/);
    expect(readFileSync(join(ga, "types.ts"), "utf8")).not.toContain("UserResponseSchema");

    // Up to date, per flavour; then the filtered, renamed client type-checks.
    const check = runGenIn(dir, "--check");
    expect(check.status).toBe(0);
    expect(check.stdout.match(/is up to date/g)).toHaveLength(3);
    const tsc = typeCheck(TSC7, ga);
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });

  it("--flavour builds one; --config names a file elsewhere; --spec overrides the flavours' spec", () => {
    const dir = project({ "config/gen.config.yaml": "flavours:\n  docs:\n    targets: [docs]\n    out: ../site\n  other:\n    targets: [client]\n" });
    const run = runGenIn(dir, "--config", "config/gen.config.yaml", "--flavour", "docs");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Flavour docs: docs → site\n");
    expect(run.stdout).not.toContain("Flavour other");
    expect(existsSync(join(dir, "site/index.md"))).toBe(true);
    const missing = runGenIn(dir, "--config", "config/gen.config.yaml", "--spec", "nope.yaml");
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain(join(dir, "nope.yaml"));
  });

  it("flags that say what to build conflict with a config; --no-config ignores it", () => {
    const dir = project({ "gen.config.json": CONFIG });
    const conflict = runGenIn(dir, "--target", "docs", "--out", "x");
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toMatch(/GEN_CONFIG_USAGE: --target, --out cannot be combined with the config file gen\.config\.json[\s\S]*--no-config/);
    const plain = runGenIn(dir, "--no-config", "--target", "client", "--out", "plain");
    expect(plain.status).toBe(0);
    expect(plain.stdout).not.toContain("Flavour");
    expect(plain.stdout).toMatch(/Generated client for 35 operations/);
    const noConfig = runGenIn(project({}), "--flavour", "ga");
    expect(noConfig.status).toBe(2);
    expect(noConfig.stderr).toMatch(/--flavour ga needs a config file/);
  });

  it("a bad config exits 8 with the file, line, column and pointer, and writes nothing", () => {
    const dir = project({ "gen.config.yaml": "flavours:\n  ga:\n    targets: [client]\n    filters:\n      exclude:\n        lifecycle: [beta]\n" });
    const run = runGenIn(dir);
    expect(run.status).toBe(8);
    expect(run.stderr).toBe(
      'error GEN_BAD_CONFIG at gen.config.yaml:6:9 (#/flavours/ga/filters/exclude/lifecycle): unknown property "lifecycle".\n' +
        '  hint: Did you mean "lifecycles"? Allowed here: groups, tags, operations, lifecycles.\n',
    );
    expect(existsSync(join(dir, "generated"))).toBe(false);
  });

  it("filters that keep nothing exit 8; entries that match nothing warn", () => {
    const dir = project({ "gen.config.json": { flavours: { a: { targets: ["client"], filters: { include: { groups: ["nothing"] } } } } } });
    const run = runGenIn(dir);
    expect(run.status).toBe(8);
    expect(run.stderr).toContain("warning GEN_FILTER_UNMATCHED at gen.config.json#/flavours/a/filters/include/groups/0");
    expect(run.stderr).toContain("error GEN_FILTER_EMPTY");
  });

  it("gen ir --flavour prints the model that flavour's emitters get", () => {
    const dir = project({ "gen.config.json": CONFIG });
    const run = runGenIn(dir, "ir", "--flavour", "ga");
    expect(run.status).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.operations).toHaveLength(28);
    expect(model.operations.find((o: { operationId: string }) => o.operationId === "get_users").name).toBe("listAll");
  });

  it("runs hooks: an inline function in gen.config.mjs and a module; a throwing hook exits 8 naming its file", () => {
    const dir = project({
      "gen.config.mjs": `export default {
        flavours: {
          renamed: { targets: ["client"], hooks: [
            (ir) => { ir.schemas.find((s) => s.name === "UserResponseSchema").typeName = "Member"; },
            "./hooks/title.mjs",
          ] },
          broken: { targets: ["client"], hooks: ["./hooks/broken.mjs"] },
        },
      };`,
      "hooks/title.mjs": `export function transform(ir) { return { ...ir, info: { ...ir.info, title: "Members API" } }; }`,
      "hooks/broken.mjs": `export function transform() { throw new Error("cannot find the users group"); }`,
    });
    const ok = runGenIn(dir, "--flavour", "renamed");
    expect(ok.status).toBe(0);
    const out = join(dir, "generated/renamed");
    expect(readFileSync(join(out, "types.ts"), "utf8")).toMatch(/export interface Member \{/);
    expect(readFileSync(join(out, "resources/Users.ts"), "utf8")).toContain("T.Member");
    expect(readFileSync(join(out, "client.ts"), "utf8")).toContain("A client for Members API");
    const broken = runGenIn(dir, "--flavour", "broken");
    expect(broken.status).toBe(8);
    expect(broken.stderr).toMatch(/error GEN_HOOK_FAILED at hooks\/broken\.mjs: The IR hook threw Error: cannot find the users group/);
  });
});
