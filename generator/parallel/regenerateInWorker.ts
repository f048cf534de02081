// Runs one regeneration on another thread, so independent targets use both cores: with
// `--target all` the docs (the largest target) are built in a worker while the main thread builds
// the client and the validators. The worker loads the spec itself; that costs a second parse and
// normalization, but on the other core, in parallel.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { GenError } from "../diagnostics.js";
import type { RegenerateOutcome, RegenerateRequest } from "../regenerate.js";
import { Timings } from "../timings.js";
import type { WorkerReply } from "./regenerateWorker.js";

/**
 * The request to hand to a worker, if any: only when there is a second core, more than one
 * request, and a docs request that crosses threads as plain data (IR hooks are functions, so a
 * customized request stays on the main thread).
 */
export function pickOffloaded(requests: RegenerateRequest[]): number {
  if (requests.length < 2 || availableParallelism() < 2 || process.env.GEN_NO_WORKERS) return -1;
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
