// The command line: exit codes, messages, --check, incremental writes. Spawns the built bin/gen.js.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EMBEDDED_SPEC, REPO_ROOT } from "../helpers/paths.js";

function gen(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), ...args], { encoding: "utf8", cwd: tmpdir() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "gen-cli-"));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe("gen CLI", () => {
  it("generates the embedded spec, then --check passes, then an edit is detected", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-cli-")), "client");
    const first = gen("--target", "client", "--out", out);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Generated client for 35 operations/);
    expect(existsSync(join(out, "index.ts"))).toBe(true);

    const mtime = statSync(join(out, "types.ts")).mtimeMs;
    const again = gen("--out", out);
    expect(again.stdout).toMatch(/is up to date: no input changed since the last run/);
    expect(statSync(join(out, "types.ts")).mtimeMs).toBe(mtime);
    expect(gen("--check", "--out", out).status).toBe(0);

    writeFileSync(join(out, "client.ts"), "// edited by hand\n");
    const check = gen("--check", "--out", out);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("client.ts");
    const refused = gen("--out", out);
    expect(refused.status).toBe(7);
    expect(refused.stderr).toMatch(/GEN_HAND_EDITED[\s\S]*client\.ts[\s\S]*--force/);
    expect(readFileSync(join(out, "client.ts"), "utf8")).toBe("// edited by hand\n");
    expect(gen("--out", out, "--force").status).toBe(0);
    expect(readFileSync(join(out, "client.ts"), "utf8")).not.toContain("edited by hand");
  });

  it("prints the IR as JSON", () => {
    const run = gen("ir", "--spec", EMBEDDED_SPEC);
    expect(run.status).toBe(0);
    const model = JSON.parse(run.stdout);
    expect(model.operations).toHaveLength(35);
  });

  const failures: Array<[string, string[], number, RegExp]> = [
    ["missing file", ["--spec", "/nonexistent/openapi.yaml"], 3, /GEN_SPEC_NOT_FOUND at \/nonexistent\/openapi\.yaml[\s\S]*hint:/],
    ["invalid JSON", ["--spec", tempFile("bad.json", '{\n  "openapi": "3.1.0",\n  "info": {"title": x}\n}\n')], 4, /GEN_SYNTAX at .*bad\.json:3:21/],
    ["Swagger 2.0", ["--spec", tempFile("swagger.json", JSON.stringify({ swagger: "2.0", info: {}, paths: {} }))], 5, /GEN_SWAGGER2 at #\/swagger[\s\S]*swagger2openapi/],
    ["bad x-operation-group", ["--spec", tempFile("group.json", JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: { "/a": { get: { "x-operation-group": 7, responses: {} } } } }))], 5, /GEN_BAD_OPERATION_GROUP at #\/paths\/~1a\/get\/x-operation-group/],
    ["unknown target", ["--target", "kotlin"], 2, /GEN_UNKNOWN_TARGET[\s\S]*Use one of: client/],
    ["unknown flag", ["--frobnicate"], 2, /unknown option/],
  ];
  it.each(failures)("fails clearly on %s", (_name, args, status, message) => {
    const out = mkdtempSync(join(tmpdir(), "gen-cli-out-"));
    rmSync(out, { recursive: true });
    const run = gen(...args, "--out", out);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace without --debug
    expect(existsSync(out)).toBe(false); // nothing half-written
  });
});
