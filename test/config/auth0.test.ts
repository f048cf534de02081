// A GA-only flavour of the Auth0 Management API: the beta and EA operations (CENSUS §1.5: 23 beta,
// all of them `experimentation.*`, and 38 EA) are left out with the schemas only they use, and the
// client generated from what is left type-checks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel, generate } from "../../generator/pipeline.js";
import { writeOutput } from "../../generator/write/writeOutput.js";
import { filterModel } from "../../generator/filter/filterModel.js";
import type { ApiModel } from "../../generator/ir/types.js";
import { typeCheck } from "../helpers/generated.js";
import { AUTH0_SPEC, TSC7 } from "../helpers/paths.js";

const GA_ONLY = { exclude: { lifecycles: ["beta", "EA"] as Array<"beta" | "EA"> } };

function danglingRefs(model: ApiModel): string[] {
  const names = new Set(model.schemas.map((s) => s.name));
  return [...JSON.stringify([model.schemas, model.operations]).matchAll(/"kind":"ref","name":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]).filter((n) => !names.has(n));
}

describe("Auth0, GA only", () => {
  it("leaves out the 23 beta experimentation operations and the 38 EA ones, and what only they use", async () => {
    const { model } = await loadModel(AUTH0_SPEC);
    const beta = model.operations.filter((o) => o.lifecycle === "beta");
    expect(beta).toHaveLength(23);
    expect(beta.every((o) => o.groupPath[0] === "experimentation")).toBe(true);
    expect(model.operations.filter((o) => o.groupPath[0] === "experimentation")).toHaveLength(23);

    const ga = filterModel(model, GA_ONLY);
    // 452 − 23 beta − 38 EA; the 7 operations without x-release-lifecycle count as GA.
    expect(ga.operations).toHaveLength(391);
    expect(ga.operations.some((o) => o.lifecycle === "beta" || o.lifecycle === "EA")).toBe(false);
    expect(ga.rootGroup.children.map((g) => g.name)).not.toContain("experimentation");
    // Same result written as "GA only" (include), and as "not experimentation" for the beta part.
    expect(filterModel(model, { include: { lifecycles: ["GA"] } }).operations).toHaveLength(391);
    expect(filterModel(model, { exclude: { groups: ["experimentation"] } }).operations).toHaveLength(429);
    expect(ga.schemas.length).toBeLessThan(model.schemas.length);
    expect(danglingRefs(ga)).toEqual([]);
  });

  it("generates a client that type-checks under TypeScript 7", async () => {
    const result = await generate({ spec: AUTH0_SPEC, targets: ["client"], format: false, customization: { origin: "test", filters: GA_ONLY } });
    expect(result.model.operations).toHaveLength(391);
    const files = result.outputs.get("client")!;
    expect(files.some((f) => f.path.startsWith("resources/Experimentation"))).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), "gen-auth0-ga-"));
    await writeOutput(dir, files, { force: false, manifest: { generator: { name: "gen", version: "test" }, irVersion: result.model.irVersion, specHash: result.specHash, configHash: "" } });
    const tsc = typeCheck(TSC7, dir);
    expect(tsc.output).toBe("");
    expect(tsc.status).toBe(0);
  });
});
