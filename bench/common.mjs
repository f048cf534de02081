// Helpers shared by the benchmark scripts in bench/: paths, generating gen's Auth0 client into a
// scratch folder, and small statistics/formatting functions.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH = dirname(fileURLToPath(import.meta.url));
export const REPO = dirname(BENCH);
export const WORK = join(BENCH, "work");
export const DEFAULT_SPEC = resolve(REPO, "..", "shared", "spec", "auth0-management-2026-06-25.json");
export const RESULTS_MD = join(BENCH, "RESULTS.md");

/**
 * Runs `node bin/gen.js --target client --spec <spec> --out <outDir>` from the repo root and
 * returns the output folder. gen writes incrementally, so re-running into the same folder only
 * rewrites what changed. Needs a built gen (`npm run build`; `npm run bench` does it).
 */
export function generateClient(outDir, spec = DEFAULT_SPEC, extraArgs = []) {
  spec = resolve(spec);
  if (!existsSync(join(REPO, "dist", "cli.js"))) {
    throw new Error("gen is not built (dist/cli.js is missing): run `npm run build` first");
  }
  if (!existsSync(spec)) throw new Error(`spec not found: ${spec}`);
  mkdirSync(outDir, { recursive: true });
  const args = [join(REPO, "bin", "gen.js"), "--target", "client", "--spec", spec, "--out", outDir, "--quiet", ...extraArgs];
  const run = spawnSync(process.execPath, args, { cwd: REPO, encoding: "utf8" });
  if (run.status !== 0) {
    throw new Error(`gen failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().slice(0, 500)}`);
  }
  if (!existsSync(join(outDir, "index.ts"))) throw new Error(`gen wrote no index.ts into ${relative(REPO, outDir)}`);
  return outDir;
}

/** The generation command as documented in RESULTS.md (repo-relative paths). */
export function generateCommand(outDir, spec = DEFAULT_SPEC) {
  spec = resolve(spec);
  return `node bin/gen.js --target client --spec ${relative(REPO, spec)} --out ${relative(REPO, outDir)}`;
}

/** Median of an unsorted array of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const min = (values) => Math.min(...values);
export const max = (values) => Math.max(...values);

/** The environment line every results section carries. */
export function environment() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus[0]?.model?.replace(/\s+/g, " ").trim() ?? "unknown",
    cores: cpus.length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((v) => v.toFixed(2)).join(" "),
  };
}

export function environmentMarkdown(env) {
  return `Run on ${env.date} with Node ${env.node}, ${env.cpu} (${env.cores} cores), ${env.os}.`;
}

export function markdownTable(rows, alignRight = () => true) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const [head, ...body] = rows;
  return [
    `| ${head.map(esc).join(" | ")} |`,
    `| ${head.map((_, i) => (i > 0 && alignRight(i) ? "---:" : "---")).join(" | ")} |`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function plainTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join("  ").trimEnd()).join("\n");
}

/** True when `meta` (an import.meta) is the script node was started with. */
export function isMain(meta) {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(meta.url);
}
