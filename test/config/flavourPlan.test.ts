// A config → runs: output folders, specs, templates, options and customization per flavour/target.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planFlavours } from "../../generator/config/flavourPlan.js";
import { loadConfig } from "../../generator/config/load.js";
import { GenError } from "../../generator/diagnostics.js";
import { project } from "./runGenIn.js";

const DEFAULT_SPEC = "/embedded/openapi.yaml";

async function plan(config: object, options: { only?: string; specOverride?: string } = {}) {
  const dir = project({ "gen.config.json": config });
  const loaded = await loadConfig("gen.config.json", dir);
  return { dir, runs: planFlavours(loaded, { ...options, defaultSpec: DEFAULT_SPEC, cwd: dir }) };
}

describe("planFlavours", () => {
  it("one target writes to out, several to out/<target>; paths resolve against the config's folder", async () => {
    const { dir, runs } = await plan({
      spec: "specs/api.yaml",
      flavours: {
        lean: { targets: ["client"], out: "sdk/lean", client: { style: "functions" }, filters: { include: { lifecycles: ["GA"] } } },
        full: { targets: ["client", "docs"], spec: "https://example.com/api.json", templates: "brand", docs: { format: "html" }, hooks: ["hooks/a.mjs"] },
      },
    });
    expect(runs.map((r) => [r.flavour, r.target, r.outDir, r.spec])).toEqual([
      ["lean", "client", join(dir, "sdk/lean"), join(dir, "specs/api.yaml")],
      ["full", "client", join(dir, "generated/full/client"), "https://example.com/api.json"],
      ["full", "docs", join(dir, "generated/full/docs"), "https://example.com/api.json"],
    ]);
    expect(runs[0].options).toEqual({ client: { style: "functions" } });
    expect(runs[0].customization).toEqual({ origin: "gen.config.json#/flavours/lean", filters: { include: { lifecycles: ["GA"] } } });
    expect(runs[1].options).toBeUndefined(); // docs options do not reach the client
    expect(runs[2].options).toEqual({ docs: { format: "html" } });
    expect(runs[2].templatesDir).toBe(join(dir, "brand"));
    expect(runs[2].customization?.hooks).toEqual([{ label: join("hooks", "a.mjs"), file: join(dir, "hooks/a.mjs") }]);
  });

  it("--flavour picks one; --spec overrides every flavour's spec; no spec anywhere means the embedded one", async () => {
    const config = { flavours: { a: { targets: ["client"] }, b: { targets: ["docs"], spec: "b.yaml" } } };
    expect((await plan(config, { only: "b" })).runs.map((r) => r.flavour)).toEqual(["b"]);
    const { dir, runs } = await plan(config, { specOverride: "other.json" });
    expect(runs.map((r) => r.spec)).toEqual([join(dir, "other.json"), join(dir, "other.json")]);
    expect((await plan(config)).runs[0].spec).toBe(DEFAULT_SPEC);
    expect((await plan(config)).runs[0].customization).toBeUndefined();
  });

  it("an unknown flavour is a usage error with a suggestion", async () => {
    const error = await plan({ flavours: { "ga-browser": { targets: ["client"] } } }, { only: "ga-browse" }).catch((e) => e);
    expect(error).toBeInstanceOf(GenError);
    expect(error.exitCode).toBe(2);
    expect(error.diagnostics[0]).toMatchObject({ code: "GEN_UNKNOWN_FLAVOUR", hint: 'Did you mean "ga-browser"? Flavours: ga-browser.' });
  });

  it("two flavours writing one folder is a config error pointing at the second", async () => {
    const error = await plan({ flavours: { a: { targets: ["client"], out: "out" }, b: { targets: ["docs"], out: "./out" } } }).catch((e) => e);
    expect(error.exitCode).toBe(8);
    expect(error.diagnostics[0]).toMatchObject({ code: "GEN_BAD_CONFIG", location: "gen.config.json:13:7 (#/flavours/b/out)" });
    expect(error.diagnostics[0].message).toMatch(/flavours "a" and "b" both write to out/);
  });

  it("camelCase properties reach every target's customization", async () => {
    const { runs } = await plan({ flavours: { a: { targets: ["client", "docs"], naming: { properties: "camel" } } } });
    expect(runs.map((r) => r.customization)).toEqual([
      { origin: "gen.config.json#/flavours/a", naming: { properties: "camel" } },
      { origin: "gen.config.json#/flavours/a", naming: { properties: "camel" } },
    ]);
  });
});
