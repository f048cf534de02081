// `gen diff <old-spec> <new-spec>`: load both documents into the IR, compare what a client user
// sees, print the report. Exits 0 unless `--fail-on` names a severity that occurs (then 1, for CI).
import { basename } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { loadModel } from "../pipeline.js";
import type { DiffReport, Severity } from "./changes.js";
import { severityRank } from "./classify.js";
import { compareSurfaces } from "./compare.js";
import { renderReport, type ReportFormat } from "./report.js";
import { toSurface } from "./surface.js";

export interface DiffOptions {
  format: ReportFormat;
  /** Exit 1 when a change of this severity or worse is found. Default: never. */
  failOn?: Severity;
}

export interface DiffOutcome {
  report: DiffReport;
  text: string;
  diagnostics: Diagnostic[];
  /** 0, or 1 when `failOn` was reached. */
  exitCode: number;
}

export const DIFF_FAILED_EXIT = 1;

export async function runDiff(oldSpec: string, newSpec: string, options: DiffOptions): Promise<DiffOutcome> {
  const [before, after] = await Promise.all([loadModel(oldSpec), loadModel(newSpec)]);
  const report = compareSurfaces(toSurface(before.model), toSurface(after.model));
  report.old.source = basename(oldSpec);
  report.new.source = basename(newSpec);
  const failed = options.failOn !== undefined && report.changes.some((c) => severityRank(c.severity) >= severityRank(options.failOn!));
  return {
    report,
    text: renderReport(report, options.format),
    diagnostics: [...before.diagnostics, ...after.diagnostics],
    exitCode: failed ? DIFF_FAILED_EXIT : 0,
  };
}
