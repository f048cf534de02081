// The speed targets of issue 8, checked against the latest data of every part (bench/RESULTS.json,
// so a run of some parts still judges every target), with a profile of each target not met:
//
//   T1  cold `gen --target all` ≤ 1.5 s, and faster than every peer produces its client alone
//       (generation part);
//   T2  regeneration with no change ≤ 0.3 s, after a one-operation change ≤ 0.5 s (`--target
//       client` and `--target all`, each judged; regeneration part);
//   T3  `tsc --noEmit` on gen's client faster than on every peer's output, tsc 5 and tsc 7
//       (typecheck part);
//   T4  every generated .ts file passes `prettier --check` (prettier part).
//
// A profile says which stage blocks the target: for gen, one run with `--timings` (per-stage
// times) and one under `node --cpu-prof` (top functions by self time); for tsc,
// `--extendedDiagnostics` on gen's output and the fastest peer's; for prettier, the failing files.
// Profiles are taken again only when a part they explain ran in this invocation (its figures are
// new), else reused from RESULTS.json, so `--only validators` does not re-profile gen.

import { rmSync } from "node:fs";
import { join } from "node:path";
import { WORK, markdownTable } from "./common.mjs";
import { ALL_TARGETS, cpuProfiledRun, cpuProfileMarkdown, runGen, timedRun, timingsMarkdown } from "./gen-profile.mjs";
import { BARS, SpecCopy } from "./regeneration.mjs";
import { COMPILERS, extendedDiagnostics, outputFolder } from "./typecheck.mjs";

const DIR = join(WORK, "targets");
const COLD_BAR_MS = 1500;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** Where a part's data says it was measured (the parts record their date in one of two places). */
const measuredOn = (part, data) => `${part}, ${(data?.date ?? data?.environment?.date ?? "").slice(0, 16).replace("T", " ")}`;

// ---------------------------------------------------------------------------
// The targets: each reads one part's data and returns a row. `profile` names the entry of
// PROFILES that explains it when it is not met.
// ---------------------------------------------------------------------------

function notMeasured(id, name, bar, part) {
  return { id, name, bar, status: "not measured", measured: `no data: run \`node bench/run.mjs --only ${part}\``, from: "—", profile: null };
}

const genAll = (generation) => generation?.results?.find((r) => r.name === "gen all" && r.status === "ok");

function coldTarget(generation) {
  const [id, name, bar] = ["T1", "cold `gen --target all`", `≤ ${sec(COLD_BAR_MS)}`];
  const gen = genAll(generation);
  if (!gen) return notMeasured(id, name, bar, "generation");
  return { id, name, bar, status: gen.medianMs <= COLD_BAR_MS ? "met" : "not met", measured: sec(gen.medianMs), from: measuredOn("generation", generation), profile: "cold-all" };
}

function peersTarget(generation) {
  const [id, name, bar] = ["T1", "`gen --target all` faster than every peer's client", "< fastest peer"];
  const gen = genAll(generation);
  const peers = (generation?.results ?? []).filter((r) => r.kind === "peer" && r.status === "ok");
  if (!gen || peers.length === 0) return notMeasured(id, name, bar, "generation");
  const fastest = peers.reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
  const failed = (generation.results ?? []).filter((r) => r.kind === "peer" && r.status !== "ok").map((r) => r.name);
  return {
    id, name, bar,
    status: gen.medianMs < fastest.medianMs ? "met" : "not met",
    measured: `gen ${sec(gen.medianMs)} vs ${fastest.name} ${sec(fastest.medianMs)}${failed.length ? ` (${failed.join(", ")} failed, not compared)` : ""}`,
    from: measuredOn("generation", generation),
    profile: "cold-all",
  };
}

/**
 * One row per scenario and target: `--target client` (the everyday regeneration) and
 * `--target all` (client, validators and docs together) are judged separately against the bar.
 */
function regenerationTarget(regeneration, scenario, target) {
  const text = { noChange: "no change", oneOperation: "one-operation change" }[scenario];
  const [id, name, bar] = ["T2", `regeneration, ${text} (\`--target ${target}\`)`, `≤ ${sec(BARS[scenario])}`];
  const row = (regeneration?.rows ?? []).find((r) => r.scenario === scenario && r.target === target);
  if (!row) return notMeasured(id, name, bar, "regeneration");
  const met = row.medianMs <= BARS[scenario];
  return {
    id, name, bar,
    status: met ? "met" : "not met",
    measured: sec(row.medianMs),
    from: measuredOn("regeneration", regeneration),
    profile: met ? null : scenario === "noChange" ? "no-change-all" : `one-operation-${target}`,
  };
}

function typecheckTarget(typecheck, compiler) {
  const [id, name, bar] = ["T3", `\`tsc --noEmit\` on the client, ${compiler}`, "< fastest peer"];
  const rows = (typecheck?.rows ?? []).filter((r) => r.compilers?.[compiler]);
  const gen = rows.find((r) => r.tool === "gen client");
  // An output with type errors is not a fair yardstick (the checker may stop short on it): listed, not compared.
  const broken = rows.filter((r) => r !== gen && r.compilers[compiler].errors > 0).map((r) => r.tool);
  const peers = rows.filter((r) => r !== gen && !broken.includes(r.tool));
  if (!gen || peers.length === 0) return notMeasured(id, name, bar, "generation,typecheck");
  const ms = (r) => r.compilers[compiler].medianMs;
  const fastest = peers.reduce((a, b) => (ms(b) < ms(a) ? b : a));
  return {
    id, name, bar,
    status: ms(gen) < ms(fastest) ? "met" : "not met",
    measured: `gen ${sec(ms(gen))} vs ${fastest.tool} ${sec(ms(fastest))}${broken.length ? ` (${broken.join(", ")}: type errors, not compared)` : ""}`,
    from: measuredOn("typecheck", typecheck),
    profile: compiler,
    fastestPeer: fastest.tool,
  };
}

function prettierTarget(prettier) {
  const [id, name, bar] = ["T4", "`prettier --check` on the generated .ts", "every file passes"];
  if (!prettier?.outputs) return notMeasured(id, name, bar, "prettier");
  const failing = prettier.outputs.flatMap((o) => o.ts.failing.map((f) => `${o.output}: ${f}`));
  return {
    id, name, bar,
    status: prettier.allPass ? "met" : "not met",
    measured: `${prettier.tsFiles - prettier.tsFailing} of ${prettier.tsFiles} files pass`,
    from: measuredOn("prettier", prettier),
    profile: null,
    failing,
  };
}

function targetRows(data) {
  return [
    coldTarget(data.generation),
    peersTarget(data.generation),
    regenerationTarget(data.regeneration, "noChange", "client"),
    regenerationTarget(data.regeneration, "noChange", "all"),
    regenerationTarget(data.regeneration, "oneOperation", "client"),
    regenerationTarget(data.regeneration, "oneOperation", "all"),
    ...COMPILERS.map((c) => typecheckTarget(data.typecheck, c.name)),
    prettierTarget(data.prettier),
  ];
}

// ---------------------------------------------------------------------------
// Profiles. Each runs in its own folder under bench/work/targets/ on the same document the
// parts measured, and the same command the target is about.
// ---------------------------------------------------------------------------

const PROFILES = {
  "cold-all": { parts: ["generation"], title: "cold `gen --target all`", take: coldProfile },
  "no-change-all": { parts: ["regeneration"], title: "`gen --target all` with no change", take: noChangeProfile },
  "one-operation-all": { parts: ["regeneration"], title: "`gen --target all` after a one-operation change", take: (ctx) => oneOperationProfile(ctx, "all") },
  "one-operation-client": { parts: ["regeneration"], title: "`gen --target client` after a one-operation change", take: (ctx) => oneOperationProfile(ctx, "client") },
  ...Object.fromEntries(COMPILERS.map((c) => [c.name, { parts: ["generation", "typecheck"], title: `${c.name} on gen's client and the fastest peer's output`, take: (ctx, row) => tscProfile(c.name, row) }])),
};

const allArgs = (spec, out) => ["--target", "all", "--spec", spec, "--out", out];

/** Every profile of a gen command: the timed run first, then the CPU-profiled one, each prepared by `before`. */
function genProfile(dir, args, before) {
  before();
  const timings = timedRun(args, ALL_TARGETS);
  before();
  const cpu = cpuProfiledRun(args, join(dir, "cpuprofile"));
  return { timings, cpu, blocking: timings.blocking };
}

function coldProfile({ spec }) {
  const dir = join(DIR, "cold-all");
  const out = join(dir, "out");
  return genProfile(dir, allArgs(spec, out), () => rmSync(out, { recursive: true, force: true }));
}

function noChangeProfile({ spec }) {
  const dir = join(DIR, "no-change-all");
  const args = allArgs(spec, join(dir, "out"));
  rmSync(dir, { recursive: true, force: true });
  runGen(args); // the folder the no-change runs find up to date
  return genProfile(dir, args, () => {});
}

function oneOperationProfile({ spec }, target = "all") {
  const dir = join(DIR, `one-operation-${target}`);
  rmSync(dir, { recursive: true, force: true });
  const copy = new SpecCopy(spec, join(dir, "spec.json"));
  const args = target === "all" ? allArgs(copy.file, join(dir, "out")) : ["--target", target, "--spec", copy.file, "--out", join(dir, "out")];
  runGen(args);
  return genProfile(dir, args, () => copy.edit()); // a fresh change before each profiled run
}

function tscProfile(compiler, row) {
  const tools = ["gen client", row.fastestPeer];
  const figures = tools.map((tool) => {
    const dir = outputFolder(tool);
    if (!dir) throw new Error(`no kept output for ${tool} under bench/work/: run the generation part`);
    return { tool, ...extendedDiagnostics(compiler, dir) };
  });
  const [gen, peer] = figures;
  // The phase where gen loses the most time to the peer (start-up included: tsc pays it per run).
  const lost = (phase) => (gen[`${phase}Ms`] ?? 0) - (peer[`${phase}Ms`] ?? 0);
  const phase = ["parse", "bind", "check", "outside"].reduce((a, b) => (lost(b) > lost(a) ? b : a));
  const stage = phase === "outside" ? "outside tsc's phases (start-up, exit)" : `${phase} time`;
  return { compiler, figures, blocking: { stage, ms: gen[`${phase}Ms`], peerMs: peer[`${phase}Ms`] } };
}

/**
 * Judges every target on `data` (one key per part) and profiles those not met. `ran` is the set
 * of parts this invocation measured; `previous` the targets data of the last run.
 */
export async function evaluateTargets({ data, ran, previous, spec, log = console.error }) {
  const rows = targetRows(data);
  const profiles = {};
  for (const row of rows) {
    if (row.status !== "not met" || !row.profile || profiles[row.profile]) continue;
    const { parts, take } = PROFILES[row.profile];
    const stored = previous?.profiles?.[row.profile];
    if (stored && !stored.error && !parts.some((p) => ran.has(p))) {
      profiles[row.profile] = stored;
      continue;
    }
    log(`targets: profiling ${row.profile}`);
    try {
      profiles[row.profile] = { date: new Date().toISOString(), ...(await take({ spec }, row)) };
    } catch (err) {
      // A profile that cannot be taken is reported in its place; the targets table still stands.
      profiles[row.profile] = { date: new Date().toISOString(), error: String(err?.message ?? err) };
    }
  }
  return { date: new Date().toISOString(), rows, profiles };
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

function blockingText(row, profiles) {
  if (row.status !== "not met") return "";
  if (row.failing) return `${row.failing.length} failing file(s), listed below`;
  const blocking = profiles[row.profile]?.blocking;
  if (!blocking) return "no profile (see below)";
  if (blocking.peerMs !== undefined) return `${blocking.stage}: gen ${sec(blocking.ms)}, peer ${sec(blocking.peerMs)}`;
  const where = blocking.target && !blocking.stage.endsWith(blocking.target) ? ` (${blocking.target})` : "";
  return `\`${blocking.stage}\`${where} ${sec(blocking.ms)}`;
}

function tscMarkdown(profile) {
  const rows = [
    ["output", "files", "lines", "types", "instantiations", "parse", "bind", "check", "tsc total", "wall", "errors"],
    ...profile.figures.map((f) => [f.tool, f.files, f.lines, f.types, f.instantiations, sec(f.parseMs), sec(f.bindMs), sec(f.checkMs), sec(f.totalMs), sec(f.wallMs), f.errors]),
  ];
  return [
    `\`${profile.compiler} -p <output> --extendedDiagnostics\`, one run each (same tsconfig as the typecheck part). *tsc total* is the compiler's own figure; *wall* adds process start-up and exit.`,
    "",
    markdownTable(rows),
  ].join("\n");
}

function profileMarkdown(key, profile, rows) {
  const which = rows.filter((r) => r.profile === key).map((r) => `${r.id} ${r.name}`).join("; ");
  const body = profile.error
    ? `Profiling failed: ${profile.error}`
    : profile.figures
      ? tscMarkdown(profile)
      : ["**Per-stage times** (`--timings`)", "", timingsMarkdown(profile.timings), "", "**CPU profile**", "", cpuProfileMarkdown(profile.cpu)].join("\n");
  return [`<details><summary>Profile: ${PROFILES[key].title} — ${which} (taken ${profile.date.slice(0, 16).replace("T", " ")})</summary>`, "", body, "", "</details>"].join("\n");
}

export function targetsMarkdown(result) {
  const table = [
    ["", "target", "measured (median)", "bar", "status", "blocking stage", "data from"],
    ...result.rows.map((r) => [r.id, r.name, r.measured, r.bar, r.status === "not met" ? "**not met**" : r.status, blockingText(r, result.profiles), r.from]),
  ];
  const profiled = Object.keys(result.profiles).map((key) => profileMarkdown(key, result.profiles[key], result.rows));
  const failing = result.rows.filter((r) => r.status === "not met" && r.failing).flatMap((r) => [
    `<details><summary>${r.id}: files that fail \`prettier --check\` (${r.failing.length})</summary>`,
    "",
    ...r.failing.map((f) => `- \`${f}\``),
    "",
    "</details>",
  ]);
  return [
    "## Targets",
    "",
    `Judged on ${result.date.slice(0, 16).replace("T", " ")} from the latest data of each part (\`bench/RESULTS.json\`); *data from* says which part measured it, and when. On the Auth0 document; the profiles below explain each target not met.`,
    "",
    markdownTable(table, () => false),
    ...(profiled.length || failing.length ? ["", ...profiled.flatMap((p) => [p, ""]), ...failing] : []),
  ].join("\n");
}
