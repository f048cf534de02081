// Runs the built command line (bin/gen.js) the way a user would, and reads what it left on disk.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import yaml from "js-yaml";
import { EMBEDDED_SPEC, REPO_ROOT } from "./paths.js";

export const GEN_BIN = join(REPO_ROOT, "bin/gen.js");

export function runGen(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [GEN_BIN, ...args], { encoding: "utf8", cwd: tmpdir() });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = "gen-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The embedded spec, edited, written as JSON to a fresh temporary file. */
export function embeddedSpecVariant(edit: (document: any) => void): string {
  const document = yaml.load(readFileSync(EMBEDDED_SPEC, "utf8"));
  edit(document);
  const file = join(tempDir("gen-spec-"), "openapi.json");
  writeFileSync(file, JSON.stringify(document, null, 2));
  return file;
}

/** Every file under `dir` (dot files included), as sorted POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path).split("\\").join("/"));
    }
  };
  walk(dir);
  return found.sort();
}

/** Path → modification time, for every file under `dir`. */
export function mtimes(dir: string): Record<string, number> {
  return Object.fromEntries(listFiles(dir).map((p) => [p, statSync(join(dir, p)).mtimeMs]));
}

/** Path → bytes (base64), for every file under `dir`. */
export function contents(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((p) => [p, readFileSync(join(dir, p)).toString("base64")]));
}
