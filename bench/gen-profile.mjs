// Running gen as a child process and explaining where its time goes: the wall time of one run,
// the per-stage times it prints with `--timings`, and the top functions of a `node --cpu-prof`
// profile. Used by the regeneration part and by the targets section (bench/targets.mjs), which
// profiles every speed target that is not met.

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, isAbsolute, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { REPO, markdownTable } from "./common.mjs";

const GEN = join(REPO, "bin", "gen.js");
/** gen's targets in the order `--target all` builds them and prints their outcomes. */
export const ALL_TARGETS = ["client", "validators", "docs"];

/**
 * Runs `node [nodeArgs] bin/gen.js args` from the repo root and returns its wall time (spawn to
 * exit, so Node start-up and module loading count, as they do for a user) with its output.
 * Throws when gen fails: a failed run has no meaningful time.
 */
export function runGen(args, { nodeArgs = [] } = {}) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [...nodeArgs, GEN, ...args], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const ms = performance.now() - start;
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`gen ${args.join(" ")} failed (exit ${run.status ?? run.signal}): ${(run.stderr || run.stdout).trim().slice(0, 500)}`);
  return { ms, stdout: run.stdout, stderr: run.stderr };
}

/** The command as shown in RESULTS.md: repo-relative paths, `node` for this Node binary. */
export function genCommandText(args, nodeArgs = []) {
  const show = (a) => (isAbsolute(a) ? relative(REPO, a) || "." : a);
  return ["node", ...nodeArgs.map(show), "bin/gen.js", ...args.map(show)].join(" ");
}

/**
 * The outcome lines gen prints on stdout, one per target: either "Generated <target> for … in
 * <dir>: N added, M changed, R removed, U unchanged." or "<dir> is up to date: …".
 */
export function parseOutcomes(stdout) {
  const outcomes = [];
  for (const line of stdout.split("\n")) {
    const generated = /^Generated (\w+) for .* in (.+): (\d+) added, (\d+) changed, (\d+) removed, (\d+) unchanged/.exec(line);
    const upToDate = /^(.+) is up to date: no input changed/.exec(line);
    if (generated) {
      const [, target, , added, changed, removed, unchanged] = generated;
      outcomes.push({ target, upToDate: false, added: Number(added), changed: Number(changed), removed: Number(removed), unchanged: Number(unchanged) });
    } else if (upToDate) outcomes.push({ target: basename(upToDate[1]), upToDate: true, added: 0, changed: 0, removed: 0 });
  }
  return outcomes;
}

// ---------------------------------------------------------------------------
// `--timings`: gen prints one block per target on stderr ("  <stage>  <ms> ms" lines closed by
// a "total" line), in target order, mixed with any warnings. A run that found its output up to
// date prints the shortcut stages ("fingerprint inputs", "verify output") instead.
// ---------------------------------------------------------------------------

/** The timing blocks of one run's stderr, labelled with `targets` in order. */
export function parseTimings(stderr, targets) {
  const blocks = [];
  let stages = [];
  for (const line of stderr.split("\n")) {
    const match = /^ {2}(\S.*?)\s+(\d+(?:\.\d+)?) ms$/.exec(line);
    if (!match) continue;
    const [, stage, ms] = match;
    if (stage === "total") {
      blocks.push({ target: targets[blocks.length] ?? `block ${blocks.length + 1}`, stages, totalMs: Number(ms) });
      stages = [];
    } else stages.push({ stage, ms: Number(ms) });
  }
  return blocks;
}

/**
 * Runs gen once with `--timings` and says which stage blocks it: the longest stage of any target.
 * With `--target all` on 4 cores or more the docs run on a second thread alongside the client and
 * the validators, so the report then gives both threads' sums; what wall time the stages do not cover
 * is Node start-up, module loading and exit.
 */
export function timedRun(args, targets) {
  const run = runGen([...args, "--timings"]);
  const blocks = parseTimings(run.stderr, targets);
  if (blocks.length === 0) throw new Error(`gen ${args.join(" ")} --timings printed no timings`);
  const longest = blocks
    .flatMap((b) => b.stages.map((s) => ({ target: b.target, ...s })))
    .reduce((a, b) => (b.ms > a.ms ? b : a), { target: null, stage: null, ms: -1 });
  // On a worker thread the docs load the spec themselves: their block then has its own normalize stage.
  const docs = blocks.find((b) => b.target === "docs" && (blocks.length === 1 || b.stages.some((s) => s.stage === "normalize")));
  const main = blocks.filter((b) => b !== docs || blocks.length === 1).reduce((sum, b) => sum + b.totalMs, 0);
  const docsMs = docs && blocks.length > 1 ? Math.round(docs.totalMs) : null;
  // When start-up outweighs every stage (a no-change run), start-up is what blocks.
  const outsideMs = Math.max(0, Math.round(run.ms - Math.max(main, docsMs ?? 0)));
  const outside = { target: null, stage: "outside the stages (Node start-up, module loading, exit)", ms: outsideMs };
  return {
    command: genCommandText([...args, "--timings"]),
    wallMs: Math.round(run.ms),
    outcomes: parseOutcomes(run.stdout),
    blocks,
    blocking: outsideMs > longest.ms ? outside : longest,
    mainThreadMs: Math.round(main),
    docsMs,
    outsideMs,
  };
}

// ---------------------------------------------------------------------------
// `node --cpu-prof`: one .cpuprofile per thread (the docs worker gets its own). Self time is
// summed per function (name + file:line), so a function that appears at many call sites counts
// once; "(garbage collector)", "(program)" and "(idle)" are kept, since GC is time gen spends.
// ---------------------------------------------------------------------------

export function cpuProfiledRun(args, dir, top = 10) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const nodeArgs = ["--cpu-prof", `--cpu-prof-dir=${dir}`];
  const run = runGen(args, { nodeArgs });
  // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread.
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).sort();
  const threads = files.map((file) => {
    const thread = Number(file.split(".").at(-3));
    return { thread: thread === 0 ? "main thread" : `worker thread ${thread}`, ...topFunctions(JSON.parse(readFileSync(join(dir, file), "utf8")), top) };
  });
  return { command: genCommandText(args, [...nodeArgs.slice(0, 1), `--cpu-prof-dir=${relative(REPO, dir)}`]), wallMs: Math.round(run.ms), outcomes: parseOutcomes(run.stdout), threads };
}

/** Total sampled time and the `top` functions by self time of one V8 CPU profile. */
export function topFunctions(profile, top = 10) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map(); // node id → µs
  const { samples = [], timeDeltas = [] } = profile;
  // timeDeltas[i] is the gap before sample i, so sample i lasts until sample i + 1.
  for (let i = 0; i < samples.length; i++) {
    const us = timeDeltas[i + 1] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + us);
  }
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byNode.get(id).callFrame;
    const name = functionName || "(anonymous)";
    const location = url ? `${shortUrl(url)}:${lineNumber + 1}` : "";
    const key = `${name}\u0000${location}`;
    const entry = byFunction.get(key) ?? { name, location, selfUs: 0 };
    entry.selfUs += us;
    byFunction.set(key, entry);
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const functions = [...byFunction.values()]
    .sort((a, b) => b.selfUs - a.selfUs)
    .slice(0, top)
    .map((f) => ({ name: f.name, location: f.location, selfMs: Math.round(f.selfUs / 1000), share: totalUs ? f.selfUs / totalUs : 0 }));
  return { sampledMs: Math.round(totalUs / 1000), functions };
}

/** file:///…/repo/dist/x.js → dist/x.js; node:internal/… and other URLs stay as they are. */
function shortUrl(url) {
  if (!url.startsWith("file://")) return url;
  const path = fileURLToPath(url);
  return path.startsWith(REPO) ? relative(REPO, path) : path;
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/** The per-stage table of a timedRun: one row per stage, one column per target. */
export function timingsMarkdown(timed) {
  // "emit client", "format docs", …: the target is the column, so the row is "emit", "format".
  const name = (block, stage) => stage.replace(new RegExp(` ${block.target}$`), "");
  const stages = [...new Set(timed.blocks.flatMap((b) => b.stages.map((s) => name(b, s.stage))))];
  const cell = (block, stage) => {
    const found = block.stages.find((s) => name(block, s.stage) === stage);
    return found ? `${Math.round(found.ms)} ms` : "";
  };
  const rows = [
    ["stage", ...timed.blocks.map((b) => b.target)],
    ...stages.map((stage) => [stage, ...timed.blocks.map((b) => cell(b, stage))]),
    ["**total**", ...timed.blocks.map((b) => `**${Math.round(b.totalMs)} ms**`)],
  ];
  const threads =
    timed.blocks.length < 2 ? "" : timed.docsMs === null
      ? ` The targets run one after the other on one thread (${timed.mainThreadMs} ms; gen uses a worker thread for the docs only from 4 cores up).`
      : ` The client and the validators run one after the other (${timed.mainThreadMs} ms); the docs alongside them on a worker thread (${timed.docsMs} ms).`;
  return [
    `\`${timed.command}\`: ${timed.wallMs} ms wall.${threads} ${timed.outsideMs} ms of the wall time is outside the stages: Node start-up, loading gen's modules, and exit.`,
    "",
    markdownTable(rows),
  ].join("\n");
}

export function cpuProfileMarkdown(profiled) {
  const parts = [`\`${profiled.command}\` (${profiled.wallMs} ms wall with the profiler on): top functions by self time.`];
  for (const t of profiled.threads) {
    const rows = [["function", "location", "self", "share"], ...t.functions.map((f) => [`\`${f.name}\``, f.location ? `\`${f.location}\`` : "", `${f.selfMs} ms`, `${(f.share * 100).toFixed(1)} %`])];
    parts.push("", `*${t.thread}*, ${t.sampledMs} ms sampled:`, "", markdownTable(rows, (i) => i >= 2));
  }
  return parts.join("\n");
}
