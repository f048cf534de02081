#!/usr/bin/env node
// Per-request overhead of gen's generated client against raw fetch, on a loopback HTTP server.
//
//   node bench/client-overhead.mjs [--rounds N] [--requests N] [--concurrency N] [--warmup N]
//                                  [--server child|inproc] [--json]
//
// 1. Generates the Auth0 client (node bin/gen.js --target client --spec <auth0 spec>
//    --out bench/work/client-overhead/client) and bundles it for Node with esbuild.
// 2. Starts a node:http server on 127.0.0.1 answering GET /api/v2/users/:id with a small JSON
//    user (401 without `authorization: Bearer t`, 404 elsewhere). By default it runs in a child
//    process so the measuring process's CPU time is the client's alone; `--server inproc` runs it
//    in the measuring process instead.
// 3. In this one process, alternates batches of
//      raw: const res = await fetch(url, { headers: { authorization: "Bearer t" } }); await res.json();
//      gen: await client.users.get("auth0|abc");   // createClient({ baseUrl, token: "t" })
//    first sequentially (one request in flight), then with `--concurrency` requests in flight.
//    Each round runs one batch of each variant (the order flips every round so neither always
//    goes first); the reported figure per variant is the median over rounds of the batch's mean
//    time per request. Both variants share Node's global fetch and its keep-alive pool.
//
// Also importable: run.mjs calls `runClientOverhead(options)` and `clientOverheadMarkdown(result)`.

import { fork } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  REPO,
  WORK,
  environment,
  environmentMarkdown,
  generateClient,
  generateCommand,
  isMain,
  markdownTable,
  max,
  median,
  min,
  plainTable,
} from "./common.mjs";

const DIR = join(WORK, "client-overhead");
const USER_ID = "auth0|abc";
const TOKEN = "t";

export const DEFAULTS = { rounds: 10, requests: 2000, concurrency: 16, warmup: 1000, server: "child" };

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

const USER = {
  user_id: USER_ID,
  email: "jane@example.com",
  email_verified: true,
  name: "Jane Doe",
  nickname: "jane",
  picture: "https://example.com/jane.png",
  created_at: "2026-01-01T00:00:00.000Z",
  updated_at: "2026-06-01T00:00:00.000Z",
  identities: [{ connection: "Username-Password-Authentication", provider: "auth0", user_id: "abc", isSocial: false }],
  logins_count: 42,
};

function startServer() {
  const body = Buffer.from(JSON.stringify(USER));
  const server = createServer((req, res) => {
    if (req.method !== "GET" || !req.url.startsWith("/api/v2/users/")) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"statusCode":404}');
    } else if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"statusCode":401}');
    } else {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length }).end(body);
    }
  });
  // Keep connections open across batches so no batch pays for reconnecting.
  server.keepAliveTimeout = 120_000;
  return new Promise((done, failed) => {
    server.once("error", failed);
    server.listen(0, "127.0.0.1", () => done(server));
  });
}

/** Resolves to { port, close() } for a server in a child process or in this one. */
async function serve(mode) {
  if (mode === "inproc") {
    const server = await startServer();
    return { port: server.address().port, close: () => new Promise((done) => server.close(done)) };
  }
  const child = fork(fileURLToPath(import.meta.url), ["--serve"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise((done, failed) => {
    child.once("message", (m) => done(m.port));
    child.once("error", failed);
    child.once("exit", (code) => failed(new Error(`server process exited early (${code})`)));
  });
  return {
    port,
    close: () =>
      new Promise((done) => {
        child.once("exit", done);
        child.kill("SIGTERM");
      }),
  };
}

// ---------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------

/** Generates the client, bundles it for Node (esbuild: bundle, esm, platform node) and imports it. */
async function loadGeneratedClient(spec) {
  const clientDir = join(DIR, "client");
  mkdirSync(DIR, { recursive: true });
  generateClient(clientDir, spec);
  const { build } = await import("esbuild");
  const outfile = join(DIR, "client.bundle.mjs");
  await build({
    entryPoints: [join(clientDir, "index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile,
    logLevel: "silent",
  });
  // A query string defeats the module cache if this runs twice in one process.
  return { module: await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`), clientDir, outfile };
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

/** Mean wall and CPU time per request (µs) of `n` calls with `concurrency` in flight. */
async function batch(call, n, concurrency) {
  let started = 0;
  const worker = async () => {
    while (started < n) {
      started++;
      await call();
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  const wallUs = ((performance.now() - t0) * 1000) / n;
  const cpu = process.cpuUsage(cpu0);
  return { wallUs, cpuUs: (cpu.user + cpu.system) / n };
}

/** Rounds of alternating batches; returns per-variant arrays of batch results. */
async function interleaved(variants, { rounds, requests }, concurrency, log) {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    const line = [];
    for (const name of order) {
      const result = await batch(variants[name], requests, concurrency);
      samples[name].push(result);
      line.push(`${name} ${result.wallUs.toFixed(1)} µs`);
    }
    log(`  c=${String(concurrency).padEnd(3)} round ${String(r + 1).padStart(2)}/${rounds}: ${line.join(", ")}`);
  }
  return samples;
}

function summarize(samples) {
  const wall = samples.map((s) => s.wallUs);
  const cpu = samples.map((s) => s.cpuUs);
  return { medianUs: median(wall), minUs: min(wall), maxUs: max(wall), cpuUs: median(cpu) };
}

/**
 * Runs the whole measurement. Returns a plain object (JSON-serialisable) with one entry per
 * concurrency level: raw and gen medians, the ratio gen/raw and the overhead in µs.
 */
export async function runClientOverhead(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const log = opts.log ?? ((line) => console.error(line));
  const env = environment();

  log(`client-overhead: generating and bundling the client`);
  const { module, clientDir, outfile } = await loadGeneratedClient(opts.spec);
  const server = await serve(opts.server);
  try {
    const baseUrl = `http://127.0.0.1:${server.port}/api/v2`;
    const url = `${baseUrl}/users/${encodeURIComponent(USER_ID)}`;
    const client = module.createClient({ baseUrl, token: TOKEN });

    const variants = {
      raw: async () => {
        const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
        return res.json();
      },
      gen: () => client.users.get(USER_ID),
    };

    // Both must return the same user, or we would be timing different work.
    const [rawUser, genUser] = [await variants.raw(), await variants.gen()];
    if (!isDeepStrictEqual(rawUser, USER) || !isDeepStrictEqual(genUser, USER)) {
      throw new Error(`unexpected response: raw ${JSON.stringify(rawUser)}, gen ${JSON.stringify(genUser)}`);
    }

    log(`client-overhead: server on 127.0.0.1:${server.port} (${opts.server}), warm-up ${opts.warmup} requests per variant`);
    for (const concurrency of [1, opts.concurrency]) {
      for (const call of Object.values(variants)) await batch(call, opts.warmup, concurrency);
    }

    const levels = [];
    for (const concurrency of [1, opts.concurrency]) {
      const samples = await interleaved(variants, opts, concurrency, log);
      const raw = summarize(samples.raw);
      const gen = summarize(samples.gen);
      levels.push({
        concurrency,
        raw,
        gen,
        ratio: gen.medianUs / raw.medianUs,
        overheadUs: gen.medianUs - raw.medianUs,
        // Paired per-round ratios show how much the ratio itself moved between rounds.
        roundRatios: samples.gen.map((g, i) => g.wallUs / samples.raw[i].wallUs),
        cpuRatio: gen.cpuUs / raw.cpuUs,
        cpuOverheadUs: gen.cpuUs - raw.cpuUs,
      });
    }

    return {
      env,
      settings: { rounds: opts.rounds, requests: opts.requests, warmup: opts.warmup, server: opts.server },
      commands: {
        generate: generateCommand(clientDir, opts.spec),
        bundle: `esbuild ${relative(REPO, join(clientDir, "index.ts"))} --bundle --format=esm --platform=node --target=node20 --outfile=${relative(REPO, outfile)}`,
      },
      levels,
    };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------

const us = (v) => `${v.toFixed(1)} µs`;

function rows(result) {
  return [
    ["in flight", "raw fetch (median)", "gen client (median)", "gen / raw", "overhead", "round ratios", "client CPU raw", "client CPU gen"],
    ...result.levels.map((l) => [
      String(l.concurrency),
      `${us(l.raw.medianUs)} (${l.raw.minUs.toFixed(1)}–${l.raw.maxUs.toFixed(1)})`,
      `${us(l.gen.medianUs)} (${l.gen.minUs.toFixed(1)}–${l.gen.maxUs.toFixed(1)})`,
      `${l.ratio.toFixed(2)}×`,
      `${l.overheadUs >= 0 ? "+" : ""}${us(l.overheadUs)}`,
      `${min(l.roundRatios).toFixed(2)}–${max(l.roundRatios).toFixed(2)}`,
      us(l.raw.cpuUs),
      us(l.gen.cpuUs),
    ]),
  ];
}

export function clientOverheadMarkdown(result) {
  const s = result.settings;
  const seq = result.levels[0];
  return `## Client per-request overhead vs raw fetch

${environmentMarkdown(result.env)}

**gen / raw = ${seq.ratio.toFixed(2)}× sequentially (${seq.overheadUs >= 0 ? "+" : ""}${us(seq.overheadUs)} per request)**${result.levels
    .slice(1)
    .map((l) => `, ${l.ratio.toFixed(2)}× with ${l.concurrency} in flight (${l.overheadUs >= 0 ? "+" : ""}${us(l.overheadUs)} per request)`)
    .join("")}.
Client-side CPU time per request, sequentially: raw ${us(seq.raw.cpuUs)}, gen ${us(seq.gen.cpuUs)} (${seq.cpuRatio.toFixed(2)}×, ${seq.cpuOverheadUs >= 0 ? "+" : ""}${us(seq.cpuOverheadUs)}).

\`GET /api/v2/users/auth0%7Cabc\` against a \`node:http\` server on 127.0.0.1 (${s.server === "child" ? "in a child process" : "in the measuring process"}) that
answers with a ${JSON.stringify(USER).length}-byte JSON user. In one process, alternating batches of ${s.requests} requests:

- **raw**: \`const res = await fetch(url, { headers: { authorization: "Bearer t" } }); await res.json();\`
- **gen**: \`await client.users.get("auth0|abc")\` with \`createClient({ baseUrl: "http://127.0.0.1:PORT/api/v2", token: "t" })\`

${s.rounds} rounds per concurrency level after ${s.warmup} warm-up requests per variant; the order of the two
batches flips every round. Times are the median over rounds of each batch's mean wall time per request
(min–max in brackets); *round ratios* is the range of gen/raw within a round; *client CPU* is the
measuring process's user+system CPU time per request${s.server === "child" ? " (the server's CPU is not included)" : " (includes the server, which runs in the same process)"}.
Both variants share Node's global \`fetch\` (undici) and its keep-alive connection pool. Both wall and
CPU times move with other load on the machine (1/5/15-minute load average at the start: ${result.env.loadavg}
on ${result.env.cores} cores), so compare runs made under similar load.

${markdownTable(rows(result))}

Client built with:

- \`${result.commands.generate}\`
- \`${result.commands.bundle}\`
`;
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    const int = () => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail(`${arg} expects an integer ≥ 1`);
      return n;
    };
    if (arg === "--rounds") opts.rounds = int();
    else if (arg === "--requests") opts.requests = int();
    else if (arg === "--concurrency") opts.concurrency = int();
    else if (arg === "--warmup") opts.warmup = int();
    else if (arg === "--server") {
      opts.server = value();
      if (!["child", "inproc"].includes(opts.server)) fail("--server must be child or inproc");
    } else if (arg === "--spec") opts.spec = value();
    else if (arg === "--json") opts.json = true;
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: node bench/client-overhead.mjs [--rounds N] [--requests N] [--concurrency N] [--warmup N] [--server child|inproc] [--spec path] [--json]");
      process.exit(0);
    } else fail(`unknown option ${arg}`);
  }
  return opts;
}

function fail(message) {
  console.error(`client-overhead: ${message}`);
  process.exit(2);
}

if (isMain(import.meta) && process.argv[2] === "--serve") {
  // Server mode (the child forked by serve()): report the port, exit when told or orphaned.
  const server = await startServer();
  process.send({ port: server.address().port });
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
} else if (isMain(import.meta)) {
  const { json, ...opts } = parseArgs(process.argv.slice(2));
  const result = await runClientOverhead(opts);
  if (json) console.log(JSON.stringify(result, null, 2));
  else console.log(`\n${plainTable(rows(result))}`);
}
