#!/usr/bin/env node
// Scale: gen on a synthetic spec N times the size of the Auth0 document (default 10), next to the
// document itself. Generation time should grow roughly in proportion to the size.
//
//   node bench/scale.mjs [--factor 10] [--runs 3] [--targets client,validators,docs]
//
// The synthetic spec is made here, from the Auth0 document: N copies of every path, operation and
// component schema, each copy renamed (`/copyK/...` paths, `...CopyK` schemas, operationIds and
// x-operation-group prefixed with `copyK`) with its $refs pointing into its own copy. It is written
// under bench/work/scale/, never into the repo. Peak memory is the child's max RSS (GNU time).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { DEFAULT_SPEC, REPO, WORK, environment, median } from "./common.mjs";

const DIR = join(WORK, "scale");
const GNU_TIME = "/usr/bin/time";

/** N renamed copies of the document's paths and schemas in one document. */
export function multiplySpec(document, factor) {
  const out = structuredClone(document);
  out.paths = {};
  out.components = { ...document.components, schemas: {} };
  for (let k = 1; k <= factor; k++) {
    const suffix = k === 1 ? "" : `Copy${k}`;
    const rename = (node) => {
      if (Array.isArray(node)) return node.map(rename);
      if (node === null || typeof node !== "object") return node;
      const copy = {};
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) copy[key] = `${value}${suffix}`;
        else copy[key] = rename(value);
      }
      return copy;
    };
    for (const [name, schema] of Object.entries(document.components.schemas)) out.components.schemas[`${name}${suffix}`] = rename(schema);
    for (const [path, item] of Object.entries(document.paths)) {
      const renamed = rename(item);
      for (const operation of Object.values(renamed)) {
        if (!operation || typeof operation !== "object" || !operation.operationId || k === 1) continue;
        operation.operationId = `copy${k}_${operation.operationId}`;
        const group = operation["x-operation-group"];
        if (group !== undefined) operation["x-operation-group"] = [`copy${k}`, ...(Array.isArray(group) ? group : [group])];
        if (operation["x-operation-request-parameters-name"]) operation["x-operation-request-parameters-name"] += suffix;
      }
      out.paths[k === 1 ? path : `/copy${k}${path}`] = renamed;
    }
  }
  return out;
}

function measure(spec, target, out) {
  rmSync(out, { recursive: true, force: true });
  const args = [join(REPO, "bin", "gen.js"), "--target", target, "--spec", spec, "--out", out, "--quiet"];
  const useTime = existsSync(GNU_TIME);
  const start = performance.now();
  const run = useTime
    ? spawnSync(GNU_TIME, ["-f", "%M", process.execPath, "--max-old-space-size=8192", ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, ["--max-old-space-size=8192", ...args], { encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`gen failed on ${spec}: ${run.stderr.slice(-500)}`);
  const rssKiB = useTime ? Number(run.stderr.trim().split("\n").pop()) : NaN;
  return { ms, rssMiB: rssKiB / 1024 };
}

export async function runScale({ factor = 10, runs = 3, targets = ["client"], log = console.error } = {}) {
  mkdirSync(DIR, { recursive: true });
  const document = JSON.parse(readFileSync(DEFAULT_SPEC, "utf8"));
  const big = join(DIR, `auth0-x${factor}.json`);
  writeFileSync(big, JSON.stringify(multiplySpec(document, factor)));
  const sizes = { base: statSync(DEFAULT_SPEC).size, big: statSync(big).size };
  const rows = [];
  for (const target of targets) {
    const samples = { base: [], big: [] };
    for (let i = 0; i < runs; i++) {
      for (const [which, spec] of [["base", DEFAULT_SPEC], ["big", big]]) {
        log(`scale: ${target} ${which} run ${i + 1}/${runs}`);
        samples[which].push(measure(spec, target, join(DIR, `out-${which}`)));
      }
    }
    const summary = (list) => ({ ms: Math.round(median(list.map((s) => s.ms))), rssMiB: Math.round(Math.max(...list.map((s) => s.rssMiB))) });
    const base = summary(samples.base);
    const bigRun = summary(samples.big);
    rows.push({ target, base, big: bigRun, timeRatio: bigRun.ms / base.ms, memoryRatio: bigRun.rssMiB / base.rssMiB });
  }
  return {
    environment: environment(),
    factor,
    runs,
    operations: { base: countOperations(document), big: countOperations(JSON.parse(readFileSync(big, "utf8"))) },
    bytes: sizes,
    rows,
  };
}

function countOperations(document) {
  return Object.values(document.paths).reduce((n, item) => n + Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch"].includes(k)).length, 0);
}

export function scaleMarkdown(result) {
  return [
    "## Scale",
    "",
    `${result.environment.date} · Node ${result.environment.node} · ${result.environment.cpu} × ${result.environment.cores}`,
    "",
    `A synthetic spec ${result.factor}× the Auth0 document (${result.operations.big} operations, ${(result.bytes.big / 1e6).toFixed(1)} MB, against ${result.operations.base} operations and ${(result.bytes.base / 1e6).toFixed(1)} MB), median of ${result.runs} cold runs each; peak memory is the child's max RSS.`,
    "",
    "| target | 1× time | 1× peak RSS | " + `${result.factor}× time | ${result.factor}× peak RSS | time ratio | memory ratio |`,
    "|---|---:|---:|---:|---:|---:|---:|",
    ...result.rows.map((r) => `| ${r.target} | ${r.base.ms} ms | ${r.base.rssMiB} MiB | ${r.big.ms} ms | ${r.big.rssMiB} MiB | ${r.timeRatio.toFixed(2)}× | ${r.memoryRatio.toFixed(2)}× |`),
    "",
    "Command: `npm run build && node bench/run.mjs --only scale` (or `node bench/scale.mjs --factor 10`).",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
  const result = await runScale({ factor: Number(value("--factor", 10)), runs: Number(value("--runs", 3)), targets: value("--targets", "client").split(",") });
  console.log(scaleMarkdown(result));
}
