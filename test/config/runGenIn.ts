// Runs the built CLI in a given folder (config discovery looks in the current one), and writes
// small project folders for it: a config, a spec, hook modules.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GEN_BIN, tempDir } from "../helpers/cli.js";

export function runGenIn(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [GEN_BIN, ...args], { encoding: "utf8", cwd });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh folder holding `files` (path → text; objects are written as JSON). */
export function project(files: Record<string, string | object>): string {
  const dir = tempDir("gen-config-");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
