// `gen --target all`: the three targets from one load of the spec, each into <out>/<target>.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SPEC, REPO_ROOT } from "../helpers/paths.js";

describe("gen --target all", () => {
  it("writes client, validators and docs into <out>/<target>, loading and normalizing the spec once", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-all-")), "sdk");
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), "--target", "all", "--spec", EMBEDDED_SPEC, "--out", out, "--timings"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    for (const file of ["client/client.ts", "client/resources/Users.ts", "validators/schemas.ts", "docs/index.md", "docs/reference.md"]) expect(existsSync(join(out, file)), file).toBe(true);
    expect(run.stdout.match(/^Generated (client|validators|docs) for 35 operations/gm)).toEqual([
      "Generated client for 35 operations",
      "Generated validators for 35 operations",
      "Generated docs for 35 operations",
    ]);
    // Each target prints its timings; only the first parses and normalizes the spec.
    expect(run.stderr.match(/^ {2}normalize /gm)).toHaveLength(1);
    expect(run.stderr.match(/^ {2}emit (client|validators|docs) /gm)).toHaveLength(3);
  });
});
