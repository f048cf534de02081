#!/usr/bin/env node
// gen's benchmarks, in parts, each writing its own section of bench/RESULTS.md, with a targets
// section on top that judges the speed targets of issue 8 on the latest data of every part:
//
//   generation       gen against peer OpenAPI → TypeScript generators (this file). Every
//                    tool runs as its own child process on the same document, N times, into
//                    a fresh folder under bench/work/. We record wall time (median/min/max)
//                    and the child's peak resident memory.
//   regeneration     gen re-run into a folder it already generated: no change, and after a
//                    one-operation change of a private copy of the spec (bench/regeneration.mjs).
//   typecheck        tsc 5 and tsc 7 time on each tool's output from the generation part
//                    (bench/typecheck.mjs; needs that part's kept outputs).
//   prettier         `prettier --check` (the API, gen's options) on every .ts file gen writes for
//                    all targets and both client styles (bench/prettier-check.mjs).
//   client-overhead  per-request time of the generated client against raw fetch on a
//                    loopback server (bench/client-overhead.mjs).
//   bundle-size      minified and min+gzip size of a one-operation app, gen's client against
//                    the official auth0 package (bench/bundle-size.mjs).
//   validators       throughput of gen's generated validators against ajv and zod on the same
//                    instances (bench/validators.mjs).
//   scale            gen on a synthetic spec 10× the Auth0 document: time and peak memory
//                    against the document itself (bench/scale.mjs).
//
// After the parts run, the targets section (bench/targets.mjs) is recomputed from
// bench/RESULTS.json, which keeps every part's latest data the way RESULTS.md keeps its sections,
// and each target not met gets a profile of the stage that blocks it.
//
//   node bench/run.mjs [--only part-or-tool,...] [--skip-generation] [--json]
//                      [--runs N] [--warmup N] [--spec path] [--rss auto|time|proc] [--timeout seconds]
//                      [--overhead-rounds N] [--overhead-requests N] [--overhead-concurrency N]
//
// `--only` takes part names and/or tool names: `--only regeneration,prettier` runs those
// two parts; `--only "gen client,orval"` runs the generation part with those two tools only.
// Sections of RESULTS.md for parts that did not run are kept from the previous file.
//
// Peers are installed by `npm run bench:setup` (npm ci in bench/); gen itself must be
// built first (`npm run bench` does `npm run build` before calling this script).

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { bundleSizeMarkdown, runBundleSize } from "./bundle-size.mjs";
import { clientOverheadMarkdown, runClientOverhead } from "./client-overhead.mjs";
import { runValidatorBench, validatorMarkdown } from "./validators.mjs";
import { runScale, scaleMarkdown } from "./scale.mjs";
import { runTypecheck, typecheckMarkdown } from "./typecheck.mjs";
import { regenerationMarkdown, runRegeneration } from "./regeneration.mjs";
import { prettierMarkdown, runPrettierCheck } from "./prettier-check.mjs";
import { evaluateTargets, targetsMarkdown } from "./targets.mjs";

// ---------------------------------------------------------------------------
// Paths. Everything is resolved from this file's location so the script works from any
// cwd; the spec lives outside the repo (../shared/spec/) and is never copied in.
// ---------------------------------------------------------------------------

const BENCH = dirname(fileURLToPath(import.meta.url));
const REPO = dirname(BENCH);
const BIN = join(BENCH, "node_modules", ".bin");
const WORK = join(BENCH, "work");
const DEFAULT_SPEC = resolve(REPO, "..", "shared", "spec", "auth0-management-2026-06-25.json");
const RESULTS_MD = join(BENCH, "RESULTS.md");
/** Every part's latest data, one key per part (plus "targets"), kept across partial runs. */
const RESULTS_JSON = join(BENCH, "RESULTS.json");
const BASELINE = "gen client";

// ---------------------------------------------------------------------------
// Tools. Each entry says how to run one generation into `dir` (a fresh folder that is
// also the child's cwd, so no tool picks up a stray config file from the repo) and
// where its output lands. `expect` is the file extension the output must contain for
// the run to count; gen's docs target may emit no .ts, so it only has to be non-empty.
// ---------------------------------------------------------------------------

/** @typedef {{ name: string, kind: "gen" | "peer", pkg: string, expect: string | null,
 *   configFile?: { name: string, text: (spec: string) => string },
 *   command: (dir: string, spec: string) => string[], outDir: (dir: string) => string }} Tool */

/** @returns {Tool} */
function genTool(target) {
  return {
    name: `gen ${target}`,
    kind: "gen",
    pkg: REPO,
    expect: target === "docs" ? null : ".ts",
    command: (dir, spec) => [process.execPath, join(REPO, "bin", "gen.js"), "--target", target, "--spec", spec, "--out", join(dir, "out")],
    outDir: (dir) => join(dir, "out"),
  };
}

/** @type {Tool[]} */
const TOOLS = [
  genTool("client"),
  genTool("validators"),
  genTool("docs"),
  genTool("all"),
  {
    name: "openapi-typescript",
    kind: "peer",
    pkg: "openapi-typescript",
    expect: ".ts",
    // Types only: one file with `paths`, `components` and `operations` interfaces.
    command: (dir, spec) => [...bin("openapi-typescript"), spec, "--output", join(dir, "out", "schema.ts")],
    outDir: (dir) => join(dir, "out"),
  },
  {
    name: "hey-api",
    kind: "peer",
    pkg: "@hey-api/openapi-ts",
    expect: ".ts",
    // Fetch client + types + SDK functions (the plugin set hey-api uses by default).
    command: (dir, spec) => [...bin("openapi-ts"), "--input", spec, "--output", join(dir, "out"), "--no-log-file",
      "--plugins", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
    outDir: (dir) => join(dir, "out"),
  },
  {
    name: "hey-api+zod",
    kind: "peer",
    pkg: "@hey-api/openapi-ts",
    expect: ".ts",
    // Same as above plus zod schemas for every component/request/response (zod.gen.ts).
    command: (dir, spec) => [...bin("openapi-ts"), "--input", spec, "--output", join(dir, "out"), "--no-log-file",
      "--plugins", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk", "zod"],
    outDir: (dir) => join(dir, "out"),
  },
  {
    name: "oazapfts",
    kind: "peer",
    pkg: "oazapfts",
    expect: ".ts",
    // Types + fetch-based functions in one file (runtime comes from @oazapfts/runtime).
    command: (dir, spec) => [...bin("oazapfts"), spec, join(dir, "out", "api.ts")],
    outDir: (dir) => join(dir, "out"),
  },
  {
    name: "orval",
    kind: "peer",
    pkg: "orval",
    expect: ".ts",
    // orval's fetch client in split mode (api.ts + api.schemas.ts). Configured through a
    // config file because that is how orval is normally driven.
    configFile: {
      name: "orval.config.mjs",
      text: (spec) => `export default ${JSON.stringify({
        auth0: {
          input: { target: spec },
          output: { target: "./out/api.ts", client: "fetch", mode: "split" },
        },
      }, null, 2)};\n`,
    },
    command: (dir) => [...bin("orval"), "--config", join(dir, "orval.config.mjs")],
    outDir: (dir) => join(dir, "out"),
  },
];

/**
 * Command prefix for a peer's bin script in bench/node_modules/.bin. JavaScript bins are
 * run with this very Node binary (rather than through their `#!/usr/bin/env node` line)
 * so every tool, gen included, is measured on the same runtime.
 */
function bin(name) {
  const link = join(BIN, name);
  if (!existsSync(link)) return [link]; // spawn fails → reported as "failed" with a setup hint
  const target = realpathSync(link);
  const shebang = readFileSync(target).subarray(0, 100).toString("latin1").split("\n")[0];
  const isJs = /\.[cm]?js$/.test(target) || (shebang.startsWith("#!") && /\bnode\b/.test(shebang));
  return isJs ? [process.execPath, target] : [target]; // native or shell bins run as they are
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

const PARTS = ["generation", "regeneration", "typecheck", "prettier", "client-overhead", "bundle-size", "validators", "scale"];
/** RESULTS.md's sections, in order: the targets, judged after the parts run, come first. */
const SECTIONS = ["targets", ...PARTS];

function parseArgs(argv) {
  const opts = { runs: 5, warmup: 1, only: null, json: false, spec: DEFAULT_SPEC, rss: "auto", timeout: 600,
    parts: [...PARTS], skipGeneration: false, overhead: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === "--runs") opts.runs = positiveInt(value(), arg);
    else if (arg === "--warmup") opts.warmup = positiveInt(value(), arg, true);
    else if (arg === "--only") opts.only = value().split(",").map((s) => s.trim()).filter(Boolean);
    else if (arg === "--json") opts.json = true;
    else if (arg === "--spec") opts.spec = resolve(value());
    else if (arg === "--rss") opts.rss = value();
    else if (arg === "--timeout") opts.timeout = positiveInt(value(), arg);
    else if (arg === "--skip-generation") opts.skipGeneration = true;
    else if (arg === "--overhead-rounds") opts.overhead.rounds = positiveInt(value(), arg);
    else if (arg === "--overhead-requests") opts.overhead.requests = positiveInt(value(), arg);
    else if (arg === "--overhead-concurrency") opts.overhead.concurrency = positiveInt(value(), arg);
    else if (arg === "--help" || arg === "-h") {
      console.log(`usage: node bench/run.mjs [--only part-or-tool,...] [--skip-generation] [--json]
                        [--runs N] [--warmup N] [--spec path] [--rss auto|time|proc] [--timeout s]
                        [--overhead-rounds N] [--overhead-requests N] [--overhead-concurrency N]
parts: ${PARTS.join(", ")} (default: all)
tools (generation part): ${TOOLS.map((t) => t.name).join(", ")}
--runs also sets the rounds of the regeneration part and the runs per compiler of the typecheck part.
Every run ends by judging the speed targets on bench/RESULTS.json (the targets section).`);
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  if (!["auto", "time", "proc"].includes(opts.rss)) fail(`--rss must be auto, time or proc`);
  if (opts.only) {
    const unknown = opts.only.filter((n) => !PARTS.includes(n) && !TOOLS.some((t) => t.name === n));
    if (unknown.length) fail(`unknown part(s) or tool(s): ${unknown.join(", ")}; parts: ${PARTS.join(", ")}; tools: ${TOOLS.map((t) => t.name).join(", ")}`);
    const tools = opts.only.filter((n) => !PARTS.includes(n));
    opts.parts = PARTS.filter((p) => opts.only.includes(p) || (p === "generation" && tools.length > 0));
    opts.only = tools.length ? tools : null; // tool filter for the generation part
  }
  if (opts.skipGeneration) opts.parts = opts.parts.filter((p) => p !== "generation");
  if (opts.parts.length === 0) fail("nothing to run");
  return opts;
}

function positiveInt(text, flag, allowZero = false) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) fail(`${flag} expects an integer${allowZero ? " ≥ 0" : " ≥ 1"}, got ${text}`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------
// Peak memory. GNU time reports the child's max RSS from wait4() with no sampling error;
// without it we poll /proc/<pid>/status for VmHWM (the kernel's own high-water mark, so
// polling only risks missing growth in the last few ms); failing both we say "n/a".
// ---------------------------------------------------------------------------

const GNU_TIME = "/usr/bin/time";

function pickRssMethod(wanted) {
  const timeWorks = () => {
    if (!existsSync(GNU_TIME)) return false;
    const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
    return probe.status === 0 && /^\d+\s*$/.test(probe.stderr.trim().split("\n").pop() ?? "");
  };
  const procWorks = () => existsSync(`/proc/${process.pid}/status`);
  if (wanted === "time") return timeWorks() ? "time" : "none";
  if (wanted === "proc") return procWorks() ? "proc" : "none";
  return timeWorks() ? "time" : procWorks() ? "proc" : "none";
}

/** VmHWM of a live process in KiB, or null once it is gone. */
function readVmHwm(pid) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// One measured run
// ---------------------------------------------------------------------------

/**
 * Runs `argv` in `cwd` and resolves to { ok, ms, rssKiB, error }. Never rejects: a tool
 * that cannot start, exits non-zero or times out is a result, not a crash of the bench.
 */
function measure(argv, cwd, rssMethod, timeoutMs) {
  const timeFile = join(cwd, ".peak-rss");
  const full = rssMethod === "time" ? [GNU_TIME, "-f", "%M", "-o", timeFile, ...argv] : argv;
  // NO_COLOR etc. keep ANSI codes out of the stderr line we report on failure.
  const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" };

  return new Promise((done) => {
    const start = performance.now();
    // detached: the child leads its own process group, so a timeout (or Ctrl-C of the
    // bench) can kill the tool itself and not only the /usr/bin/time wrapper around it.
    const child = spawn(full[0], full.slice(1), { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    activeChild = child;
    let stderr = "";
    let stdout = "";
    let peak = null;
    let timedOut = false;
    child.stdout.on("data", (d) => (stdout = (stdout + d).slice(-20000)));
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-20000)));

    const poll = rssMethod === "proc"
      ? setInterval(() => {
          const hwm = readVmHwm(child.pid);
          if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
        }, 10)
      : null;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);

    const finish = (result) => {
      activeChild = null;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      done(result);
    };
    child.on("error", (err) => finish({ ok: false, ms: null, rssKiB: null, error: err.code === "ENOENT" ? `cannot run ${full[0]} (npm run bench:setup?)` : err.message }));
    child.on("close", (code, signal) => {
      const ms = performance.now() - start;
      if (rssMethod === "time") peak = readTimeFile(timeFile);
      if (timedOut) return finish({ ok: false, ms, rssKiB: peak, error: `timed out after ${timeoutMs / 1000}s` });
      if (code !== 0) {
        const why = firstLine(stderr) ?? firstLine(stdout) ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
        return finish({ ok: false, ms, rssKiB: peak, error: `exit ${code ?? signal}: ${why}` });
      }
      finish({ ok: true, ms, rssKiB: peak, error: null });
    });
  });
}

/** The child currently being measured, so Ctrl-C can take it down too. */
let activeChild = null;

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL"); // group already gone, or no pid: best effort
  }
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => {
    if (activeChild) killGroup(activeChild);
    process.exit(code);
  });
}

/** GNU time appends "%M" as the last line; earlier lines may say the command failed. */
function readTimeFile(file) {
  try {
    const last = readFileSync(file, "utf8").trim().split("\n").pop();
    return /^\d+$/.test(last) ? Number(last) : null;
  } catch {
    return null;
  }
}

/**
 * The line that says why a tool failed: the first line that reads like an error message
 * (an uncaught Node exception starts with a source excerpt, so its first line is useless),
 * else the first non-empty line. ANSI colour codes are stripped.
 */
function firstLine(text) {
  const lines = text
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines.find((l) => /^(\w*Error\b|error\b|fatal\b)/i.test(l)) ?? lines[0];
  return line ? line.slice(0, 200) : null;
}

/** Checks a finished run left something usable behind; returns an error text or null. */
function checkOutput(tool, dir) {
  const out = tool.outDir(dir);
  const files = existsSync(out) ? listFiles(out) : [];
  if (files.length === 0) return `no output in ${relative(REPO, out)}`;
  if (tool.expect && !files.some((f) => f.endsWith(tool.expect))) return `no ${tool.expect} files in output`;
  return null;
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

function outputSize(tool, dir) {
  const out = tool.outDir(dir);
  if (!existsSync(out)) return null;
  const files = listFiles(out);
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

/**
 * A fresh folder per run so no tool benefits from (or trips over) earlier output. The
 * empty output folder is created up front because some tools (oazapfts) will not create it.
 */
function freshDir(tool, label) {
  const dir = join(WORK, `${tool.name.replace(/[^a-z0-9]+/gi, "-")}-${label}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(tool.outDir(dir), { recursive: true });
  return dir;
}

/**
 * One timed generation. Only the tool's own process is timed; preparing the folder and
 * checking the output happen outside the measurement. The folder is deleted afterwards
 * unless `keep` (the last run, or a failure), so bench/work/ holds one sample per tool
 * for inspection instead of every run's few MiB.
 */
async function runOnce(tool, label, opts, rssMethod, keep) {
  const dir = freshDir(tool, label);
  if (tool.configFile) writeFileSync(join(dir, tool.configFile.name), tool.configFile.text(opts.spec));
  const result = await measure(tool.command(dir, opts.spec), dir, rssMethod, opts.timeout * 1000);
  if (result.ok) {
    const problem = checkOutput(tool, dir);
    if (problem) Object.assign(result, { ok: false, error: problem });
    else result.output = outputSize(tool, dir);
  }
  if (result.ok && !keep) rmSync(dir, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------------------
// The benchmark loop. Runs are interleaved (tool A, B, C, A, B, C, …) rather than
// back-to-back per tool, so slow drift on the machine spreads over all tools instead of
// landing on whichever ran last. A tool that fails once is not run again: its later runs
// would only fail the same way and waste time.
// ---------------------------------------------------------------------------

async function benchmark(tools, opts, rssMethod) {
  const state = new Map(tools.map((t) => [t.name, { tool: t, runs: [], error: null, output: null }]));
  const live = () => [...state.values()].filter((s) => !s.error);
  const total = opts.warmup + opts.runs;

  for (let i = 0; i < total; i++) {
    const warm = i < opts.warmup;
    const label = warm ? `warmup${i + 1}` : `run${i - opts.warmup + 1}`;
    for (const s of live()) {
      const r = await runOnce(s.tool, label, opts, rssMethod, i === total - 1);
      const shown = r.ok ? `${fmtMs(r.ms)}  ${fmtRss(r.rssKiB)}` : `FAILED: ${r.error}`;
      console.error(`  ${s.tool.name.padEnd(20)} ${label.padEnd(8)} ${shown}`);
      if (!r.ok) s.error = r.error;
      else if (!warm) {
        s.runs.push(r);
        s.output = r.output;
      }
    }
  }
  return [...state.values()].map(summarize);
}

function summarize({ tool, runs, error, output }) {
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = runs.map((r) => r.rssKiB).filter((v) => v !== null);
  return {
    name: tool.name,
    kind: tool.kind,
    status: error ? "failed" : "ok",
    error,
    runs: times.length,
    medianMs: error ? null : median(times),
    minMs: error ? null : times[0],
    maxMs: error ? null : times[times.length - 1],
    // The worst run's peak is the memory a user must have available.
    peakRssKiB: error || rss.length === 0 ? null : Math.max(...rss),
    output,
  };
}

function median(sorted) {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** peer median / gen client median: > 1 means gen is faster. */
function addRatios(results) {
  const base = results.find((r) => r.name === BASELINE);
  for (const r of results) {
    r.ratioToGen = base?.medianMs && r.medianMs ? r.medianMs / base.medianMs : null;
  }
}

// ---------------------------------------------------------------------------
// Environment description (goes into RESULTS.md so numbers can be compared honestly)
// ---------------------------------------------------------------------------

function machineInfo(rssMethod) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.replace(/\s+/g, " ").trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    rssMethod: { time: "GNU time %M", proc: "/proc VmHWM polling", none: "n/a" }[rssMethod],
  };
}

function readPackageJson(pkg) {
  const file = pkg === REPO ? join(REPO, "package.json") : join(BENCH, "node_modules", pkg, "package.json");
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** gen's version plus the commit it was built from, since gen changes between runs. */
function genVersion() {
  const git = (...args) => spawnSync("git", ["-C", REPO, ...args], { encoding: "utf8" });
  const sha = git("rev-parse", "--short", "HEAD").stdout?.trim();
  const dirty = git("status", "--porcelain", "--", ".", ":!bench").stdout?.trim();
  return `${readPackageJson(REPO)?.version}${sha ? ` (${sha}${dirty ? ", uncommitted changes" : ""})` : ""}`;
}

/**
 * Version and declared `engines.node` of every package measured. The engines range is
 * shown because some peers declare a newer Node than the one they are run on here.
 */
function toolVersions(tools) {
  const versions = {};
  const add = (label, pkg, version) => {
    const json = readPackageJson(pkg);
    versions[label] ??= { version: version ?? json?.version ?? "not installed", node: json?.engines?.node ?? "—" };
  };
  for (const t of tools) {
    if (t.kind === "gen") add("gen", REPO, genVersion());
    else add(t.pkg, t.pkg);
  }
  if (tools.some((t) => t.name === "hey-api+zod")) add("zod (runtime of hey-api's zod output)", "zod");
  return versions;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const fmtMs = (ms) => (ms === null || ms === undefined ? "—" : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const fmtRss = (kib) => (kib === null || kib === undefined ? "n/a" : `${Math.round(kib / 1024)} MiB`);
const fmtRatio = (r, name) => (name === BASELINE && r ? "1.00 (baseline)" : r ? `${r.toFixed(2)}×` : "—");
const fmtOut = (o) => (o ? `${o.files} file${o.files === 1 ? "" : "s"}, ${(o.bytes / 2 ** 20).toFixed(1)} MiB` : "—");

function tableRows(results) {
  const header = ["tool", "median", "min", "max", "peak RSS", "peer / gen", "output"];
  const rows = results.map((r) =>
    r.status === "ok"
      ? [r.name, fmtMs(r.medianMs), fmtMs(r.minMs), fmtMs(r.maxMs), fmtRss(r.peakRssKiB), fmtRatio(r.ratioToGen, r.name), fmtOut(r.output)]
      : [r.name, "failed", "—", "—", "—", "—", r.error],
  );
  return [header, ...rows];
}

function plainTable(rows) {
  // Pad every column but the last (free text such as an error message).
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const last = rows[0].length - 1;
  return rows.map((r) => r.map((cell, c) => (c === last ? cell : String(cell).padEnd(widths[c]))).join("  ")).join("\n");
}

function markdownTable(rows) {
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const [head, ...body] = rows;
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 || i === head.length - 1 ? "---" : "---:")).join(" | ")} |`,
    ...body.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ].join("\n");
}

function commandsUsed(tools, spec) {
  // Show commands with placeholders instead of this run's temp paths.
  const dir = "<work>";
  return tools.map((t) => {
    const argv = t.command(dir, spec).map((a) =>
      a === process.execPath ? "node" : a.startsWith(REPO) ? relative(REPO, a) || "." : a === spec ? "<spec>" : a,
    );
    const line = `- **${t.name}**: \`${argv.join(" ")}\``;
    if (!t.configFile) return line;
    const config = t.configFile.text("<spec>").trimEnd().replace(/^/gm, "  ");
    return `${line}, with \`<work>/${t.configFile.name}\`:\n\n  \`\`\`js\n${config}\n  \`\`\``;
  });
}

function generationMarkdown({ date, machine, versions, opts, results, tools }) {
  return `## Generation speed

Run on ${date} with Node ${machine.node}.

Document: \`${relative(REPO, opts.spec)}\` (${(statSync(opts.spec).size / 2 ** 20).toFixed(1)} MiB).
Runs per tool: ${opts.runs} measured after ${opts.warmup} warm-up run(s), interleaved across tools; each run is a separate
child process writing to a fresh folder under \`bench/work/\`.

### Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| cores | ${machine.cores} |
| memory | ${machine.memoryGiB} GiB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| peak RSS from | ${machine.rssMethod} |

### Tool versions

| package | version | declared engines.node |
| --- | --- | --- |
${Object.entries(versions).map(([k, v]) => `| ${k} | ${v.version} | ${v.node} |`).join("\n")}

### Results

Wall time of the whole child process (Node start-up, parsing, generation, writing files).
Peak RSS is the highest of the measured runs. *peer / gen* is the tool's median divided by
\`${BASELINE}\`'s median: above 1 means gen is faster.${results.some((r) => r.name === BASELINE && r.medianMs)
    ? "" : `\n\n*No ratios: \`${BASELINE}\` ${results.some((r) => r.name === BASELINE) ? "failed" : "was not selected"} in this run.*`}

${markdownTable(tableRows(results))}

### Commands

${commandsUsed(tools, opts.spec).join("\n")}
`;
}

// ---------------------------------------------------------------------------
// RESULTS.md: one section per part between marker comments, so a run of some parts
// rewrites their sections and keeps the others from the previous file.
// ---------------------------------------------------------------------------

const markers = (part) => [`<!-- bench:${part} -->`, `<!-- /bench:${part} -->`];

function readSections() {
  if (!existsSync(RESULTS_MD)) return {};
  const text = readFileSync(RESULTS_MD, "utf8");
  const sections = {};
  for (const part of SECTIONS) {
    const [open, close] = markers(part);
    const from = text.indexOf(open);
    const to = text.indexOf(close);
    if (from >= 0 && to > from) sections[part] = text.slice(from + open.length, to).trim();
  }
  // A file from before the sections existed holds only the generation benchmark.
  if (Object.keys(sections).length === 0 && text.startsWith("# Generation benchmark")) {
    sections.generation = text
      .replace(/^# Generation benchmark/, "## Generation speed")
      .replace(/^Generated by `node bench\/run\.mjs` on (\S+)\. Do not edit by hand;.*$/m, "Run on $1.")
      .replace(/^## (?!Generation speed)/gm, "### ")
      .trim();
  }
  return sections;
}

function writeResults(fresh) {
  const sections = { ...readSections(), ...fresh };
  const body = SECTIONS.filter((p) => sections[p])
    .map((p) => {
      const [open, close] = markers(p);
      return `${open}\n${sections[p].trim()}\n${close}`;
    })
    .join("\n\n");
  writeFileSync(
    RESULTS_MD,
    `# Benchmarks

Written by \`node bench/run.mjs\` (\`npm run bench\`); do not edit by hand. First the speed targets, judged
on the latest data of every part (kept in \`bench/RESULTS.json\`), with a profile of each target not met; then the parts:
generation speed against peer generators, regeneration with no change and after a one-operation change, tsc time on
each tool's output, \`prettier --check\` on gen's output, the generated client's per-request overhead against raw
\`fetch\`, the bundle size of a one-operation app against the official \`auth0\` package, the generated validators'
throughput against ajv and zod, and generation on a spec ten times the Auth0 document. Each section gives the date
of the run that wrote it; \`--only <part>\` or \`--skip-generation\` re-runs some parts and keeps the
other sections.

${body}
`,
  );
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

async function runGeneration(opts) {
  if (!existsSync(opts.spec)) throw new Error(`spec not found: ${opts.spec}`);
  const tools = opts.only ? TOOLS.filter((t) => opts.only.includes(t.name)) : TOOLS;
  const rssMethod = pickRssMethod(opts.rss);
  if (tools.some((t) => t.kind === "peer") && !existsSync(BIN)) {
    console.error("bench: bench/node_modules is missing; run `npm run bench:setup` first (peers will fail)");
  }

  // Scratch space from earlier generation runs; the other parts own their folders.
  if (existsSync(WORK)) {
    for (const entry of readdirSync(WORK)) {
      if (!SECTIONS.includes(entry)) rmSync(join(WORK, entry), { recursive: true, force: true });
    }
  }
  console.error(`bench: generation: ${tools.length} tool(s), ${opts.runs} run(s) + ${opts.warmup} warm-up, peak RSS via ${rssMethod}`);
  const results = await benchmark(tools, opts, rssMethod);
  addRatios(results);

  const report = {
    date: new Date().toISOString(),
    machine: machineInfo(rssMethod),
    versions: toolVersions(tools),
    opts,
    results,
    tools,
  };
  say(opts, `\n${plainTable(tableRows(results))}\n`);
  const { tools: _omit, ...data } = report;
  return { markdown: generationMarkdown(report), data };
}

async function runOverhead(opts) {
  console.error("bench: client-overhead");
  const result = await runClientOverhead({ ...opts.overhead, spec: opts.spec });
  for (const l of result.levels) {
    say(opts, `client overhead, ${l.concurrency} in flight: raw ${l.raw.medianUs.toFixed(1)} µs, gen ${l.gen.medianUs.toFixed(1)} µs, gen/raw ${l.ratio.toFixed(2)}×, +${l.overheadUs.toFixed(1)} µs per request`);
  }
  return { markdown: clientOverheadMarkdown(result), data: result };
}

async function runBundle(opts) {
  console.error("bench: bundle-size");
  const result = await runBundleSize({ spec: opts.spec });
  const { gen, auth0 } = result.apps;
  say(opts, `bundle size (min+gzip): gen ${gen.gzipBytes} B, ${auth0.label} ${auth0.gzipBytes} B, auth0/gen ${result.ratio.gzip.toFixed(2)}× (minified ${gen.minBytes} B vs ${auth0.minBytes} B, ${result.ratio.min.toFixed(2)}×)`);
  return { markdown: bundleSizeMarkdown(result), data: result };
}

/** Human-readable summaries go to stdout, or to stderr when stdout carries --json. */
const say = (opts, line) => (opts.json ? console.error(line) : console.log(line));

async function runValidators(opts) {
  console.error("bench: validators");
  const result = await runValidatorBench({});
  for (const row of result.rows) say(opts, `validators: ${row.tool} ${row.checksPerSecond} checks/s (${row.vsAjv.toFixed(2)}× ajv)`);
  return { markdown: validatorMarkdown(result), data: result };
}

async function runScalePart(opts) {
  console.error("bench: scale");
  const result = await runScale({});
  for (const row of result.rows) say(opts, `scale: ${row.target} ${row.base.ms} ms → ${row.big.ms} ms (${row.timeRatio.toFixed(2)}×) for ${result.factor}× the spec, peak RSS ${row.base.rssMiB} → ${row.big.rssMiB} MiB`);
  return { markdown: scaleMarkdown(result), data: result };
}

async function runTypecheckPart(opts) {
  console.error("bench: typecheck");
  const result = await runTypecheck({ runs: opts.runs });
  for (const row of result.rows) say(opts, `typecheck: ${row.tool} ${Object.entries(row.compilers).map(([n, c]) => `${n} ${c.medianMs} ms (${c.errors} errors)`).join(", ")}`);
  return { markdown: typecheckMarkdown(result), data: result };
}

async function runRegenerationPart(opts) {
  console.error("bench: regeneration");
  const result = await runRegeneration({ spec: opts.spec, runs: opts.runs, warmup: opts.warmup });
  for (const row of result.rows) say(opts, `regeneration: ${row.scenario} --target ${row.target} median ${row.medianMs} ms (bar ${row.barMs} ms: ${row.met ? "met" : "not met"})`);
  return { markdown: regenerationMarkdown(result), data: result };
}

async function runPrettierPart(opts) {
  console.error("bench: prettier");
  const result = await runPrettierCheck({ spec: opts.spec });
  for (const o of result.outputs) say(opts, `prettier: ${o.output} ${o.ts.passing}/${o.ts.checked} .ts pass${o.markdown.checked ? `, ${o.markdown.passing}/${o.markdown.checked} .md` : ""} (${o.ts.ms + o.markdown.ms} ms)`);
  return { markdown: prettierMarkdown(result), data: result };
}

const RUNNERS = {
  generation: runGeneration,
  regeneration: runRegenerationPart,
  typecheck: runTypecheckPart,
  prettier: runPrettierPart,
  "client-overhead": runOverhead,
  "bundle-size": runBundle,
  validators: runValidators,
  scale: runScalePart,
};

function readStoredData() {
  try {
    return JSON.parse(readFileSync(RESULTS_JSON, "utf8"));
  } catch {
    return {}; // no file yet (or a broken one): every part counts as not measured
  }
}

/**
 * The targets section, from the stored data overlaid with this run's. A failure here (a
 * profile run, say) leaves the previous targets section in place, like a failed part.
 */
async function judgeTargets(opts, stored, fresh) {
  console.error("bench: targets");
  const result = await evaluateTargets({ data: { ...stored, ...fresh }, ran: new Set(Object.keys(fresh)), previous: stored.targets, spec: opts.spec });
  for (const r of result.rows) say(opts, `target ${r.id} ${r.name}: ${r.measured} (${r.bar}) ${r.status}`);
  return result;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sections = {};
  const data = {};
  const fresh = {}; // the parts that succeeded, for RESULTS.json
  let failed = false;
  for (const part of opts.parts) {
    try {
      const { markdown, data: partData } = await RUNNERS[part](opts);
      sections[part] = markdown;
      data[part] = fresh[part] = partData;
    } catch (err) {
      // One part failing keeps its previous section and data and does not stop the others.
      failed = true;
      console.error(`bench: ${part} failed: ${err?.stack ?? err}`);
      data[part] = { error: String(err?.message ?? err) };
    }
  }
  const stored = readStoredData();
  try {
    data.targets = fresh.targets = await judgeTargets(opts, stored, fresh);
    sections.targets = targetsMarkdown(data.targets);
  } catch (err) {
    failed = true;
    console.error(`bench: targets failed: ${err?.stack ?? err}`);
  }
  writeFileSync(RESULTS_JSON, `${JSON.stringify({ ...stored, ...fresh }, null, 2)}\n`);
  writeResults(sections);

  if (opts.json) console.log(JSON.stringify(data, null, 2));
  else console.log(`\nwrote ${relative(process.cwd(), RESULTS_MD) || RESULTS_MD} (${Object.keys(sections).join(", ") || "no new sections"})`);
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
