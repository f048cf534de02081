#!/usr/bin/env node
// Regeneration: gen re-run into a folder it already generated, with no change to the spec and
// after a one-operation change, against the targets of ≤ 0.3 s and ≤ 0.5 s.
//
//   node bench/regeneration.mjs [--runs 5] [--warmup 1]
//
// Works on a private copy of the Auth0 document under bench/work/regeneration/ (the shared one is
// read-only and never edited). Every measurement is a separate `node bin/gen.js` process, timed from
// spawn to exit. Each round runs, in this order: no change with `--target client`, no change with
// `--target all`, then one edit of the copy (the summary of GET /users, alternating between two
// texts so every round really changes something), one-operation change with `--target client`, and
// with `--target all`. Each run's report is checked — "is up to date" for the no-change runs, files
// changed and the new summary present in them for the others — so a run that did nothing (or too
// much) fails the bench instead of giving a flattering time. Runs are not `--quiet`: that would hide
// the "N added, M changed" lines the checks read (printing them costs nothing measurable).
// A cold `--target all --timings` into a fresh folder gives the per-stage times.

import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEFAULT_SPEC, WORK, environment, environmentMarkdown, isMain, markdownTable, max, median, min } from "./common.mjs";
import { ALL_TARGETS, genCommandText, parseOutcomes, runGen, timedRun, timingsMarkdown } from "./gen-profile.mjs";

const DIR = join(WORK, "regeneration");

/** The bars of target T2. */
export const BARS = { noChange: 300, oneOperation: 500 };

/** The operation whose summary the one-operation change edits, and where that summary must land. */
const EDITED = { path: "/users", method: "get" };
const SUMMARIES = ["List or search users (regeneration bench, text A)", "List or search users (regeneration bench, text B)"];
/** Files (relative to a target's output folder) that must carry the new summary after a change. */
const MUST_CHANGE = { client: ["resources/Users.ts"], docs: ["api/users/list.md"] };

/**
 * A private, editable copy of the spec. `edit()` sets the edited operation's summary to the other
 * of the two texts and rewrites the file, so each call is a real one-operation change.
 */
export class SpecCopy {
  constructor(spec, file) {
    this.file = file;
    this.document = JSON.parse(readFileSync(spec, "utf8"));
    const operation = this.document.paths?.[EDITED.path]?.[EDITED.method];
    if (!operation) throw new Error(`${EDITED.method.toUpperCase()} ${EDITED.path} is not in ${spec}: the one-operation change has nothing to edit`);
    this.operation = operation;
    this.turn = 0;
    this.summary = SUMMARIES[0];
    this.write();
  }

  edit() {
    this.turn += 1;
    this.summary = SUMMARIES[this.turn % SUMMARIES.length];
    this.write();
    return this.summary;
  }

  write() {
    this.operation.summary = this.summary;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.document, null, 2)}\n`);
  }
}

/** The scenarios measured, in the order each round runs them. */
function scenarios(spec) {
  const folder = (name) => join(DIR, name);
  const args = (target, out) => ["--target", target, "--spec", spec, "--out", out];
  return [
    { key: "noChange-client", change: false, target: "client", out: folder("client"), args: args("client", folder("client")) },
    { key: "noChange-all", change: false, target: "all", out: folder("all"), args: args("all", folder("all")) },
    { key: "oneOperation-client", change: true, target: "client", out: folder("client"), args: args("client", folder("client")) },
    { key: "oneOperation-all", change: true, target: "all", out: folder("all"), args: args("all", folder("all")) },
  ];
}

/** Throws unless the run did what the scenario says: nothing, or rewrite the edited operation's files. */
function verify(scenario, outcomes, summary) {
  const targets = scenario.target === "all" ? ALL_TARGETS : [scenario.target];
  const problem = (why) => new Error(`regeneration: ${scenario.key} ${why}; gen printed: ${JSON.stringify(outcomes)}`);
  if (outcomes.length !== targets.length) throw problem(`expected ${targets.length} outcome line(s)`);
  if (!scenario.change) {
    if (!outcomes.every((o) => o.upToDate)) throw problem("was meant to find nothing to do but regenerated");
    return;
  }
  for (const target of targets) {
    const outcome = outcomes.find((o) => o.target === target);
    const must = MUST_CHANGE[target] ?? [];
    if (must.length === 0) continue; // the validators do not carry summaries
    if (!outcome || outcome.upToDate || outcome.changed < 1) throw problem(`rewrote no ${target} file after the spec changed`);
    const dir = scenario.target === "all" ? join(scenario.out, target) : scenario.out;
    for (const file of must) {
      if (!readFileSync(join(dir, file), "utf8").includes(summary)) throw problem(`left ${target}/${file} without the new summary "${summary}"`);
    }
  }
}

const stats = (times) => ({ runs: times.length, medianMs: Math.round(median(times)), minMs: Math.round(min(times)), maxMs: Math.round(max(times)) });

export async function runRegeneration({ spec = DEFAULT_SPEC, runs = 5, warmup = 1, log = console.error } = {}) {
  rmSync(DIR, { recursive: true, force: true });
  const copy = new SpecCopy(spec, join(DIR, "spec.json"));
  const list = scenarios(copy.file);

  // The cold run fills bench/work/regeneration/all, which the no-change runs then reuse.
  log("regeneration: cold --target all --timings");
  const cold = timedRun(list.find((s) => s.key === "noChange-all").args, ALL_TARGETS);
  runGen(list.find((s) => s.key === "noChange-client").args);

  const times = Object.fromEntries(list.map((s) => [s.key, []]));
  const lastOutcomes = {};
  for (let round = 0; round < warmup + runs; round++) {
    const label = round < warmup ? `warm-up ${round + 1}` : `run ${round - warmup + 1}/${runs}`;
    let edited = false;
    for (const scenario of list) {
      // One edit per round, before the first changed run: both folders then see the same change.
      if (scenario.change && !edited) {
        copy.edit();
        edited = true;
      }
      const run = runGen(scenario.args);
      const outcomes = parseOutcomes(run.stdout);
      verify(scenario, outcomes, copy.summary);
      log(`regeneration: ${scenario.key.padEnd(20)} ${label.padEnd(10)} ${Math.round(run.ms)} ms`);
      if (round >= warmup) times[scenario.key].push(run.ms);
      lastOutcomes[scenario.key] = outcomes;
    }
  }

  const rows = list.map((s) => {
    const kind = s.change ? "oneOperation" : "noChange";
    const result = stats(times[s.key]);
    return { scenario: kind, target: s.target, command: genCommandText(s.args), ...result, barMs: BARS[kind], met: result.medianMs <= BARS[kind], outcomes: lastOutcomes[s.key] };
  });
  return { environment: environment(), runs, warmup, edited: `${EDITED.method.toUpperCase()} ${EDITED.path}`, rows, cold };
}

const SCENARIO_TEXT = { noChange: "no change", oneOperation: "one-operation change" };

/** "client 1 changed · validators 0 · docs 4 changed, 1 added" from a run's outcome lines. */
function rewritten(outcomes) {
  return outcomes
    .map((o) => {
      if (o.upToDate) return `${o.target} up to date`;
      const parts = [o.changed && `${o.changed} changed`, o.added && `${o.added} added`, o.removed && `${o.removed} removed`].filter(Boolean);
      return `${o.target} ${parts.join(", ") || "nothing rewritten"}`;
    })
    .join(" · ");
}

export function regenerationMarkdown(result) {
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const rows = [
    ["scenario", "target", "median", "min", "max", "target bar", "met", "files rewritten (last run)"],
    ...result.rows.map((r) => [SCENARIO_TEXT[r.scenario], `--target ${r.target}`, fmt(r.medianMs), fmt(r.minMs), fmt(r.maxMs), `≤ ${fmt(r.barMs)}`, r.met ? "yes" : "**no**", rewritten(r.outcomes)]),
  ];
  return [
    "## Regeneration",
    "",
    `${environmentMarkdown(result.environment)} Load average at the start: ${result.environment.loadavg} (the machine is shared; medians are what counts).`,
    "",
    `gen re-run into a folder it already generated from a private copy of the Auth0 document (\`bench/work/regeneration/spec.json\`): with no change, and after changing one operation's summary (${result.edited}, alternating between two texts). Each run is a separate process timed from spawn to exit; ${result.runs} measured rounds after ${result.warmup} warm-up, the four scenarios interleaved. Every run's own report is checked: the no-change runs must say "up to date", the changed runs must rewrite \`client/resources/Users.ts\` and \`docs/api/users/list.md\` with the new summary.`,
    "",
    markdownTable(rows, (i) => i >= 2 && i <= 5),
    "",
    "### Per-stage times of a cold `--target all`",
    "",
    timingsMarkdown(result.cold),
    "",
    "Command: `npm run build && node bench/run.mjs --only regeneration`.",
  ].join("\n");
}

if (isMain(import.meta)) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const result = await runRegeneration({ runs: flag("--runs", 5), warmup: flag("--warmup", 1) });
  console.log(regenerationMarkdown(result));
}
