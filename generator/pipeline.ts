// The whole flow, and the only file that imports every stage:
// spec → load → normalize (IR) → emit per target → format → files in memory.
// Writing them to disk is the caller's job (the CLI), so generation stays a pure function.
import { readFileSync } from "node:fs";
import { customizeModel, type ModelCustomization } from "./customize/index.js";
import { DiagnosticSink, type Diagnostic } from "./diagnostics.js";
import { emitClient } from "./emit/client/index.js";
import { DEFAULT_CLIENT_OPTIONS, type ClientTargetOptions } from "./emit/client/options.js";
import { emitValidators } from "./emit/validators/index.js";
import { emitDocs } from "./emit/docs/index.js";
import { DEFAULT_DOCS_OPTIONS, type DocsOptions } from "./emit/docs/options.js";
import { sortFiles, type GeneratedFile } from "./emit/files.js";
import { loadTemplates } from "./emit/templates.js";
import { formatFiles, type FormattedLookup } from "./format/prettier.js";
import type { ApiModel } from "./ir/types.js";
import { loadSpecText } from "./load/index.js";
import { readSource } from "./load/readSource.js";
import { normalize } from "./normalize/index.js";
import { Timings } from "./timings.js";
import { sha256 } from "./hash.js";

export const TARGETS = ["client", "validators", "docs"] as const;
export type Target = (typeof TARGETS)[number];

export const GENERATOR = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };

export interface GenerateRequest {
  spec: string;
  targets: Target[];
  /** A folder whose templates shadow the built-in ones by relative path. */
  templatesDir?: string;
  /** Run prettier over the output (the emitters already write close to its style). */
  format: boolean;
  /** Formatted text from the previous run, by path and pre-format hash (see regenerate.ts). */
  reuseFormatted?: FormattedLookup;
  /** Options of individual targets; each has its defaults. */
  options?: TargetOptions;
  /** A flavour's filters, naming overrides and IR hooks, applied between normalizing and emitting. Default: none. */
  customization?: ModelCustomization;
}

export interface TargetOptions {
  /** The docs target: `{ format: "markdown" | "html" | "both" }`, default `markdown`. */
  docs?: Partial<DocsOptions>;
  /** The client target: `{ style: "classes" | "functions" }`, default `classes`. */
  client?: Partial<ClientTargetOptions>;
}

export interface GenerateResult {
  model: ApiModel;
  /** Files per target, sorted by path. */
  outputs: Map<Target, GeneratedFile[]>;
  diagnostics: Diagnostic[];
  specHash: string;
  timings: Timings;
}

export interface LoadedModel {
  model: ApiModel;
  diagnostics: Diagnostic[];
  specHash: string;
}

/**
 * The models this process built, by spec location and text hash: `--target all`, a flavour with
 * several targets, or several flavours on one spec load and normalize it once. The model is frozen,
 * so sharing it is safe; a spec whose text changed (watch mode) hashes differently. Specs that
 * pull in other files through external `$ref`s are not kept, since their text alone does not
 * identify the result.
 */
const modelCache = new Map<string, LoadedModel>();
const MODEL_CACHE_SIZE = 4;

export async function loadModel(spec: string, timings = new Timings()): Promise<LoadedModel> {
  const text = await timings.time("read", () => readSource(spec));
  const specHash = sha256(text);
  const key = `${spec}\u0000${specHash}`;
  const cached = modelCache.get(key);
  if (cached) return { ...cached, diagnostics: [...cached.diagnostics] };
  const loaded = await timings.time("load", () => loadSpecText(text, spec));
  const { model, diagnostics } = await timings.time("normalize", () => normalize(loaded.document, loaded.sourceOpenapiVersion));
  const result: LoadedModel = { model, diagnostics: [...loaded.warnings, ...diagnostics], specHash };
  if (!loaded.bundledExternalRefs) {
    if (modelCache.size >= MODEL_CACHE_SIZE) modelCache.delete(modelCache.keys().next().value!);
    modelCache.set(key, result);
  }
  return { ...result, diagnostics: [...result.diagnostics] };
}

export async function generate(request: GenerateRequest): Promise<GenerateResult> {
  const timings = new Timings();
  const loaded = await loadModel(request.spec, timings);
  const { customization } = request;
  const customized = customization ? await timings.time("customize", () => customizeModel(loaded.model, customization)) : { model: loaded.model, diagnostics: [] };
  const { model } = customized;
  const { specHash } = loaded;
  const diagnostics = [...loaded.diagnostics, ...customized.diagnostics];
  const outputs = new Map<Target, GeneratedFile[]>();
  const sink = new DiagnosticSink();
  for (const target of request.targets) {
    let files = await timings.time(`emit ${target}`, () => emitTarget(target, model, request.templatesDir, sink, request.options ?? {}));
    if (request.format) files = await timings.time(`format ${target}`, () => formatFiles(files, request.reuseFormatted));
    outputs.set(target, sortFiles(files));
  }
  return { model, outputs, diagnostics: [...diagnostics, ...sink.items], specHash, timings };
}

function emitTarget(target: Target, model: ApiModel, templatesDir: string | undefined, sink: DiagnosticSink, options: TargetOptions): GeneratedFile[] {
  switch (target) {
    case "client":
      return emitClient(model, loadTemplates("client", templatesDir), loadTemplates("validators", templatesDir), sink, { ...DEFAULT_CLIENT_OPTIONS, ...options.client });
    case "validators":
      return emitValidators(model, loadTemplates("validators", templatesDir), loadTemplates("client", templatesDir), sink);
    case "docs":
      return emitDocs(model, loadTemplates("docs", templatesDir), { ...DEFAULT_DOCS_OPTIONS, ...options.docs });
  }
}
