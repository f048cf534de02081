// One run of `gen` into an output folder: generate in memory, then either compare with the disk
// (`--check`) or write incrementally and say what changed — in files and in the client's surface.
// The CLI calls it once; `--watch` calls it on every change of an input.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { customizationDigest, type ModelCustomization } from "./customize/index.js";
import type { Diagnostic } from "./diagnostics.js";
import type { DiffReport } from "./diff/changes.js";
import { compareSurfaces } from "./diff/compare.js";
import { summarizeChanges } from "./diff/summary.js";
import { toSurface } from "./diff/surface.js";
import { IR_VERSION } from "./ir/types.js";
import { GENERATOR, generate, type Target, type TargetOptions } from "./pipeline.js";
import type { FormattedLookup } from "./format/prettier.js";
import { Timings } from "./timings.js";
import { inputsFingerprint, unchangedSince } from "./write/upToDate.js";
import { fileHash, type Manifest } from "./write/manifest.js";
import { readSurface, writeSurface } from "./write/surfaceFile.js";
import { planWrite, readManifest, sha256, writeOutput, type WritePlan } from "./write/writeOutput.js";

export interface RegenerateRequest {
  target: Target;
  spec: string;
  /** Absolute output folder. */
  outDir: string;
  templatesDir?: string;
  format: boolean;
  /** Overwrite files edited by hand. */
  force: boolean;
  /** Write nothing; only report which files would change. */
  check: boolean;
  /** Options of individual targets (e.g. the docs format). */
  options?: TargetOptions;
  /** A flavour's filters, naming overrides and IR hooks (see customize/). */
  customization?: ModelCustomization;
}

export interface RegenerateOutcome {
  mode: "write" | "check";
  plan: WritePlan;
  fileCount: number;
  operationCount: number;
  schemaCount: number;
  /** Changes in the client's surface since the last generation; undefined on the first one and in check mode. */
  surfaceChanges?: DiffReport;
  diagnostics: Diagnostic[];
  timings: Timings;
  /** No input changed since the last run and the output is untouched: nothing was generated. */
  nothingChanged?: boolean;
}

export async function regenerate(request: RegenerateRequest): Promise<RegenerateOutcome> {
  const { configHash, previous, fingerprint, shortcut, upToDate } = await inspectOutput(request);
  if (upToDate) return nothingToDo(request, previous!, shortcut);
  const result = await generate({
    spec: request.spec,
    targets: [request.target],
    templatesDir: request.templatesDir,
    format: request.format,
    options: request.options,
    customization: request.customization,
    reuseFormatted: previousFormatting(request.outDir, previous, configHash),
  });
  const { timings, model } = result;
  const files = result.outputs.get(request.target)!;
  const base = { fileCount: files.length, operationCount: model.operations.length, schemaCount: model.schemas.length, diagnostics: result.diagnostics, timings };
  if (request.check) {
    const plan = await timings.time("check", async () => planWrite(request.outDir, files, previous));
    return { mode: "check", plan, ...base };
  }
  const previousSurface = await timings.time("read surface", () => readSurface(request.outDir));
  const plan = await timings.time("write", () =>
    writeOutput(request.outDir, files, {
      force: request.force,
      manifest: {
        generator: { name: GENERATOR.name, version: GENERATOR.version },
        irVersion: IR_VERSION,
        specHash: result.specHash,
        configHash,
        ...(fingerprint === undefined ? {} : { inputsHash: fingerprint }),
        counts: { operations: model.operations.length, schemas: model.schemas.length },
        sourceHashes: Object.fromEntries(files.flatMap((f) => (f.sourceHash ? [[f.path, f.sourceHash]] : []))),
      },
    }),
  );
  const surface = toSurface(model);
  const surfaceChanges = await timings.time("surface", async () => {
    await writeSurface(request.outDir, surface);
    return previousSurface && compareSurfaces(previousSurface, surface);
  });
  return { mode: "write", plan, surfaceChanges, ...base };
}

/**
 * The outcome of this request when no input changed and the output is untouched, without
 * generating anything; undefined when it would have to generate. (The CLI asks before starting a
 * worker thread for a request: a worker costs more than this check.)
 */
export async function upToDateOutcome(request: RegenerateRequest): Promise<RegenerateOutcome | undefined> {
  const { previous, shortcut, upToDate } = await inspectOutput(request);
  return upToDate ? nothingToDo(request, previous!, shortcut) : undefined;
}

/** What the output folder and the inputs say before generating: the last manifest, the inputs' fingerprint, and whether both match. */
async function inspectOutput(request: RegenerateRequest) {
  // Without a customization the hash is what it always was, so existing manifests stay valid.
  const customization = request.customization ? { customization: customizationDigest(request.customization) } : {};
  const configHash = sha256(JSON.stringify({ target: request.target, templates: request.templatesDir ?? null, format: request.format, options: request.options ?? null, ...customization }));
  const previous = await readManifest(request.outDir);
  const shortcut = new Timings();
  const fingerprint = await shortcut.time("fingerprint inputs", async () =>
    inputsFingerprint({
      generatorVersion: GENERATOR.version,
      configHash,
      spec: request.spec,
      templatesDir: request.templatesDir,
      outDir: request.outDir,
      hasHooks: (request.customization?.hooks?.length ?? 0) > 0,
    }),
  );
  const sameRun = previous?.generator.version === GENERATOR.version && previous.configHash === configHash;
  const upToDate = !request.force && sameRun && (await shortcut.time("verify output", async () => unchangedSince(previous, fingerprint, request.outDir)));
  return { configHash, previous, fingerprint, shortcut, upToDate };
}

/** The outcome of a run whose inputs and output are exactly as the last run left them. */
function nothingToDo(request: RegenerateRequest, manifest: Manifest, timings: Timings): RegenerateOutcome {
  const files = Object.keys(manifest.files).sort();
  const plan: WritePlan = { added: [], changed: [], unchanged: files, removed: [], ignored: [], conflicts: [], lostRegions: {}, writes: [] };
  return {
    mode: request.check ? "check" : "write",
    plan,
    fileCount: files.length,
    operationCount: manifest.counts?.operations ?? 0,
    schemaCount: manifest.counts?.schemas ?? 0,
    nothingChanged: true,
    diagnostics: [],
    timings,
  };
}

/**
 * Formatting is the slowest stage, and its result depends only on the emitted text (prettier's
 * options are fixed per generator version). So a file whose emitted text hashes as it did last
 * run, by the same generator and config, is taken from disk as written then — if nobody edited it.
 */
function previousFormatting(outDir: string, manifest: Manifest | undefined, configHash: string): FormattedLookup | undefined {
  if (!manifest?.sourceHashes || manifest.generator.version !== GENERATOR.version || manifest.configHash !== configHash) return undefined;
  const sourceHashes = manifest.sourceHashes;
  return (path, sourceHash) => {
    if (sourceHashes[path] !== sourceHash) return undefined;
    let text: string;
    try {
      text = readFileSync(join(outDir, path), "utf8");
    } catch {
      return undefined;
    }
    // Regions the user kept are carried over by the write stage; the hash ignores their bodies.
    return fileHash(text) === manifest.files[path] ? text : undefined;
  };
}

/** What a run prints on stdout (unless quiet), and the exit code it ends with. */
export function describeOutcome(outcome: RegenerateOutcome, request: RegenerateRequest): { lines: string[]; outOfDate: boolean } {
  const { plan } = outcome;
  const kept = plan.ignored.length > 0 ? `, ${plan.ignored.length} kept by .genignore` : "";
  if (outcome.mode === "check") {
    const stale = [...plan.added, ...plan.changed, ...plan.removed].sort();
    if (stale.length === 0) return { lines: [`${request.outDir} is up to date (${outcome.fileCount} files${kept}).`], outOfDate: false };
    return { lines: [`${request.outDir} is out of date; these files would change:`, ...stale.map((p) => `  ${p}`)], outOfDate: true };
  }
  if (outcome.nothingChanged) {
    return { lines: [`${request.outDir} is up to date: no input changed since the last run (${outcome.fileCount} files).`], outOfDate: false };
  }
  const lines = [
    `Generated ${request.target} for ${outcome.operationCount} operations and ${outcome.schemaCount} schemas in ${request.outDir}: ` +
      `${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged${kept}.`,
    ...summarizeChanges(outcome.surfaceChanges),
  ];
  return { lines, outOfDate: false };
}
