// Runs one regeneration on another thread, so independent targets can use more cores: with
// `--target all` the docs (the largest target) are built in a worker while the main thread builds
// the client and the validators. The worker loads the spec itself; that costs a second parse and
// normalization, in parallel.
//
// Only from 4 cores up by default: V8 already runs garbage collection and compilation on other
// threads, so on 2 cores a single-threaded `--target all` keeps both busy, and the worker's extra
// load of the spec made it slower (Auth0: 1.95 s against 1.89 s, medians of 6 interleaved runs).
// GEN_WORKERS=1 forces the worker (the tests do, to cover it on any machine), GEN_WORKERS=0 turns it off.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { GenError } from "../diagnostics.js";
import type { RegenerateOutcome, RegenerateRequest } from "../regenerate.js";
import { Timings } from "../timings.js";
import type { WorkerReply } from "./regenerateWorker.js";

const MIN_CORES = 4;

/**
 * The request to hand to a worker, if any: only when workers are on (see above), there is more
 * than one request, and a docs request crosses threads as plain data (IR hooks are functions, so a
 * customized request stays on the main thread).
 */
export function pickOffloaded(requests: RegenerateRequest[]): number {
  const setting = process.env.GEN_WORKERS;
  const on = setting === undefined || setting === "" ? availableParallelism() >= MIN_CORES : setting !== "0";
  if (!on || requests.length < 2) return -1;
  return requests.findIndex((request) => request.target === "docs" && request.customization === undefined);
}

export function regenerateInWorker(request: RegenerateRequest): Promise<RegenerateOutcome> {
  const worker = new Worker(new URL("./regenerateWorker.js", import.meta.url), { workerData: request });
  return new Promise<RegenerateOutcome>((resolve, reject) => {
    let settled = false;
    worker.once("message", (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve({ ...reply.outcome, timings: revivedTimings(reply.outcome.timings) });
      else reject(revivedError(reply.error));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`The worker building ${request.target} stopped (exit code ${code}) without an answer.`));
    });
  });
}

function revivedTimings(entries: Timings["entries"]): Timings {
  const timings = new Timings();
  timings.entries.push(...entries);
  return timings;
}

function revivedError(error: Extract<WorkerReply, { ok: false }>["error"]): Error {
  if (error.kind === "gen") return new GenError(error.diagnostics, error.exitCode);
  const revived = new Error(error.message);
  revived.stack = error.stack;
  return revived;
}
