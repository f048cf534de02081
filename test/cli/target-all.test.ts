// `gen --target all`: the three targets, each into <out>/<target>. The client and the validators
// share one load of the spec; the docs are built on a worker thread (their own load) from 4 cores
// up, in-process below. GEN_WORKERS=1 / GEN_WORKERS=0 force either way, so both are tested here.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SPEC, REPO_ROOT } from "../helpers/paths.js";

function runAll(env: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), "gen-all-")), "sdk");
  const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), "--target", "all", "--spec", EMBEDDED_SPEC, "--out", out, "--timings"], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { out, run };
}

function expectThreeTargets({ out, run }: ReturnType<typeof runAll>): void {
  expect(run.status, run.stderr).toBe(0);
  for (const file of ["client/client.ts", "client/resources/Users.ts", "validators/schemas.ts", "docs/index.md", "docs/reference.md"]) expect(existsSync(join(out, file)), file).toBe(true);
  // Reported in target order whichever thread finished first.
  expect(run.stdout.match(/^Generated (client|validators|docs) for 35 operations/gm)).toEqual([
    "Generated client for 35 operations",
    "Generated validators for 35 operations",
    "Generated docs for 35 operations",
  ]);
  expect(run.stderr.match(/^ {2}emit (client|validators|docs) /gm)).toHaveLength(3);
  expect(readFileSync(join(out, "docs", "index.md"), "utf8")).toContain("](api/");
}

describe("gen --target all", () => {
  it("writes client, validators and docs into <out>/<target>, with the docs on a worker thread (GEN_WORKERS=1)", () => {
    const result = runAll({ GEN_WORKERS: "1" });
    expectThreeTargets(result);
    // The docs worker loads the spec itself; validators reuse the client's load.
    expect(result.run.stderr.match(/^ {2}normalize /gm)).toHaveLength(2);
  });

  it("builds the same files on one thread (GEN_WORKERS=0), loading the spec once", () => {
    const parallel = runAll({ GEN_WORKERS: "1" });
    const serial = runAll({ GEN_WORKERS: "0" });
    expectThreeTargets(serial);
    expect(serial.run.stderr.match(/^ {2}normalize /gm)).toHaveLength(1);
    const manifest = (out: string) => JSON.parse(readFileSync(join(out, "docs", ".gen-manifest.json"), "utf8")).files;
    expect(manifest(serial.out)).toEqual(manifest(parallel.out));
  });

  it("reports a spec error from the docs worker like any other, and writes no docs", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-all-bad-")), "sdk");
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), "--target", "all", "--spec", join(REPO_ROOT, "package.json"), "--out", out], {
      encoding: "utf8",
      env: { ...process.env, GEN_WORKERS: "1" },
    });
    expect(run.status).toBe(5);
    expect(run.stderr).toMatch(/^error GEN_/m);
    expect(run.stderr).not.toMatch(/GEN_INTERNAL|at .*\.js:\d+/);
    expect(existsSync(join(out, "docs"))).toBe(false);
  });
});
