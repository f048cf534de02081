#!/usr/bin/env node
// `tsc --noEmit` on each tool's generated output, with TypeScript 5 and the native TypeScript 7.
//
//   node bench/typecheck.mjs [--runs 3]
//
// Reads the outputs the generation part keeps (bench/work/<tool>-run<N>/out, the last measured
// run of each tool), so run the generation part first (`node bench/run.mjs` does both). Every
// output gets the same tsconfig: strict, noEmit, bundler resolution (peers write extensionless
// imports), skipLibCheck so only the generated code is checked, their runtime packages resolved
// from bench/node_modules. Errors are counted and reported, not hidden: an output that does not
// type-check still gets its time.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH, WORK, environment, isMain, median } from "./common.mjs";

export const COMPILERS = [
  { name: "tsc 5", bin: join(BENCH, "node_modules", "typescript", "bin", "tsc") },
  { name: "tsc 7", bin: join(BENCH, "node_modules", "typescript7", "bin", "tsc") },
];

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ["ES2022", "DOM"],
    types: [],
  },
  include: ["**/*.ts"],
};

/** The kept output folder of each tool: bench/work/<tool>-run<N>/out, highest N. */
export function keptOutputs() {
  if (!existsSync(WORK)) return [];
  const byTool = new Map();
  for (const entry of readdirSync(WORK)) {
    const match = /^(.*)-run(\d+)$/.exec(entry);
    if (!match || !existsSync(join(WORK, entry, "out"))) continue;
    const [, tool, run] = match;
    if (tool.startsWith("gen-") && tool !== "gen-client") continue; // validators and docs are not clients
    if (!byTool.has(tool) || Number(run) > byTool.get(tool).run) byTool.set(tool, { tool, run: Number(run), dir: join(WORK, entry, "out") });
  }
  return [...byTool.values()].sort((a, b) => (a.tool === "gen-client" ? -1 : b.tool === "gen-client" ? 1 : a.tool < b.tool ? -1 : 1));
}

/** The label a kept output is reported under: gen's folder is "gen client", a peer's its folder name. */
const label = (tool) => (tool === "gen-client" ? "gen client" : tool);

/** The kept output folder of the tool reported as `label`, or undefined. */
export function outputFolder(wanted) {
  return keptOutputs().find((o) => label(o.tool) === wanted)?.dir;
}

/**
 * `tsc -p <dir> --extendedDiagnostics` once: what the compiler did (files, lines, types,
 * instantiations) and where its time went (parse, bind, check), to explain a slow type-check.
 */
export function extendedDiagnostics(compilerName, dir) {
  const compiler = COMPILERS.find((c) => c.name === compilerName);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  const start = performance.now();
  const run = spawnSync(process.execPath, [compiler.bin, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Math.round(performance.now() - start);
  const figures = {};
  for (const line of run.stdout.split("\n")) {
    const match = /^([A-Z][\w ]*?):\s+([\d.]+)(s|K)?$/.exec(line.trim());
    if (match) figures[match[1]] = Number(match[2]);
  }
  // tsc 5 splits lines by kind ("Lines of Library", "Lines of TypeScript", …); tsc 7 prints one "Lines".
  const lines = Object.entries(figures).filter(([k]) => k === "Lines" || k.startsWith("Lines of")).reduce((sum, [, v]) => sum + v, 0);
  const seconds = (key) => (figures[key] === undefined ? null : Math.round(figures[key] * 1000));
  return {
    files: figures.Files ?? null,
    lines,
    types: figures.Types ?? null,
    instantiations: figures.Instantiations ?? null,
    parseMs: seconds("Parse time"),
    bindMs: seconds("Bind time"),
    checkMs: seconds("Check time"),
    totalMs: seconds("Total time"),
    // What tsc's own total leaves out: process start-up, loading the compiler, exit.
    outsideMs: figures["Total time"] === undefined ? null : Math.max(0, wallMs - seconds("Total time")),
    wallMs,
    errors: (run.stdout.match(/error TS\d+/g) ?? []).length,
  };
}

export async function runTypecheck({ runs = 3, log = console.error } = {}) {
  const outputs = keptOutputs();
  if (outputs.length === 0) throw new Error("no generated outputs under bench/work/: run the generation part first (node bench/run.mjs --only generation)");
  const rows = [];
  for (const { tool, dir } of outputs) {
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
    const row = { tool: label(tool), compilers: {} };
    for (const compiler of COMPILERS) {
      const times = [];
      let errors = 0;
      for (let i = 0; i < runs; i++) {
        log(`typecheck: ${row.tool} ${compiler.name} ${i + 1}/${runs}`);
        const start = performance.now();
        const run = spawnSync(process.execPath, [compiler.bin, "-p", dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
        times.push(performance.now() - start);
        errors = (run.stdout.match(/error TS\d+/g) ?? []).length;
      }
      row.compilers[compiler.name] = { medianMs: Math.round(median(times)), errors };
    }
    rows.push(row);
  }
  const gen = rows.find((r) => r.tool === "gen client");
  for (const row of rows) {
    for (const name of Object.keys(row.compilers)) {
      row.compilers[name].vsGen = gen ? row.compilers[name].medianMs / gen.compilers[name].medianMs : null;
    }
  }
  return { environment: environment(), runs, rows };
}

export function typecheckMarkdown(result) {
  const names = COMPILERS.map((c) => c.name);
  return [
    "## Type-checking the generated output",
    "",
    `${result.environment.date} · Node ${result.environment.node} · ${result.environment.cpu} × ${result.environment.cores}`,
    "",
    `\`tsc -p\` (strict, noEmit, skipLibCheck) on each tool's output for the Auth0 document, median of ${result.runs} runs; \`vs gen\` is the time relative to gen's client (above 1× is slower than gen).`,
    "",
    `| output | ${names.map((n) => `${n} | errors | vs gen`).join(" | ")} |`,
    `|---|${names.map(() => "---:|---:|---:").join("|")}|`,
    ...result.rows.map((r) => `| ${r.tool} | ${names.map((n) => `${r.compilers[n].medianMs} ms | ${r.compilers[n].errors} | ${r.compilers[n].vsGen?.toFixed(2) ?? "-"}×`).join(" | ")} |`),
    "",
    "Command: `npm run build && node bench/run.mjs --only generation,typecheck`.",
  ].join("\n");
}

if (isMain(import.meta)) {
  const args = process.argv.slice(2);
  const result = await runTypecheck({ runs: args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3 });
  console.log(typecheckMarkdown(result));
}
