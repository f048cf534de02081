// The worker side of regenerateInWorker.ts: runs one regeneration and posts back its outcome, or
// the error, as plain data (a Timings object and a GenError do not survive the structured clone).
import { parentPort, workerData } from "node:worker_threads";
import { GenError, type Diagnostic, type ExitCode } from "../diagnostics.js";
import { regenerate, type RegenerateOutcome, type RegenerateRequest } from "../regenerate.js";
import type { Timings } from "../timings.js";

export type WorkerReply =
  | { ok: true; outcome: Omit<RegenerateOutcome, "timings"> & { timings: Timings["entries"] } }
  | { ok: false; error: { kind: "gen"; diagnostics: Diagnostic[]; exitCode: ExitCode } | { kind: "internal"; message: string; stack?: string } };

async function run(request: RegenerateRequest): Promise<WorkerReply> {
  try {
    const outcome = await regenerate(request);
    return { ok: true, outcome: { ...outcome, timings: outcome.timings.entries } };
  } catch (error) {
    if (error instanceof GenError) return { ok: false, error: { kind: "gen", diagnostics: error.diagnostics, exitCode: error.exitCode } };
    return { ok: false, error: { kind: "internal", message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
  }
}

if (parentPort) parentPort.postMessage(await run(workerData as RegenerateRequest));
