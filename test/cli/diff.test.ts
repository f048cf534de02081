// `gen diff` from the command line: formats, exit codes, --fail-on. Spawns the built bin/gen.js on
// two small specs written to a temporary folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths.js";

function gen(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), ...args], { encoding: "utf8", cwd: tmpdir() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function spec(paths: object): string {
  const dir = mkdtempSync(join(tmpdir(), "gen-diff-"));
  const file = join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify({ openapi: "3.1.0", info: { title: "Mini", version: "1" }, paths }));
  return file;
}

const list = (parameters: object[] = []) => ({
  "/things": { get: { operationId: "list_things", "x-operation-group": "things", "x-operation-name": "list", parameters, responses: { "204": { description: "ok" } } } },
});

describe("gen diff", () => {
  const before = spec(list());
  const withOptional = spec(list([{ name: "q", in: "query", schema: { type: "string" } }]));
  const withRequired = spec(list([{ name: "q", in: "query", required: true, schema: { type: "string" } }]));

  it("prints Markdown by default and exits 0, even with breaking changes", () => {
    const run = gen("diff", before, withRequired);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("## Breaking (1)");
    expect(run.stdout).toContain("- `things.list › params.q`: required parameter added: `query string`. Existing calls lack this now-required parameter.");
    expect(run.stdout.trimEnd().endsWith("**Suggested version bump: major** (1 breaking change).")).toBe(true);
  });

  it("prints JSON with --format json", () => {
    const run = gen("diff", before, withOptional, "--format", "json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bump).toBe("minor");
    expect(report.changes).toEqual([
      expect.objectContaining({ severity: "non-breaking", kind: "parameter-added", location: "things.list › params.q", required: false, operationId: "list_things" }),
    ]);
  });

  it("--fail-on breaking exits 1 only when something breaks", () => {
    expect(gen("diff", before, withRequired, "--fail-on", "breaking").status).toBe(1);
    expect(gen("diff", before, withOptional, "--fail-on", "breaking").status).toBe(0);
    expect(gen("diff", before, withOptional, "--fail-on", "non-breaking").status).toBe(1);
  });

  it("says so when nothing a caller sees changed", () => {
    const run = gen("diff", before, before);
    expect(run.stdout).toContain("No change in the client's surface.");
    expect(run.stdout).toContain("**Suggested version bump: none**");
  });

  it("fails like generation does on a missing spec or a bad flag", () => {
    const missing = gen("diff", before, "/nonexistent/openapi.json");
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/GEN_SPEC_NOT_FOUND/);
    expect(gen("diff", before, withOptional, "--format", "xml").status).toBe(2);
    expect(gen("diff", before).status).toBe(2);
  });
});
