// Stage 1: spec file → validated OpenAPI 3.1 document.
import { DiagnosticSink, ExitCode, type Diagnostic } from "../diagnostics.js";
import type { OpenApiDocument } from "../openapi/document.js";
import { bundleExternalRefs, hasExternalRefs, mayHaveExternalRefs } from "./bundle.js";
import { parseSpecText } from "./parseText.js";
import { readSource } from "./readSource.js";
import { upgradeTo31 } from "./upgrade.js";
import { checkDocumentKind, validateDocument } from "./validate.js";

export interface LoadedSpec {
  /** The OpenAPI 3.1 document, self-contained (only local `$ref`s). */
  document: OpenApiDocument;
  /** The version the file declared, before upgrading. */
  sourceOpenapiVersion: string;
  /** The exact text read, for hashing. */
  text: string;
  /** External `$ref`s were bundled in: the result depends on files besides `text`. */
  bundledExternalRefs: boolean;
  warnings: Diagnostic[];
}

export async function loadSpec(source: string): Promise<LoadedSpec> {
  const text = await readSource(source);
  return loadSpecText(text, source);
}

/** Loads a spec from text already in memory; `source` names it in messages and anchors relative refs. */
export async function loadSpecText(text: string, source: string): Promise<LoadedSpec> {
  const parsed = parseSpecText(text, source);
  const sink = new DiagnosticSink();
  if (!checkDocumentKind(parsed, sink)) sink.throwIfErrors(ExitCode.invalidSpec);
  let document = parsed as OpenApiDocument;
  const bundledExternalRefs = mayHaveExternalRefs(text) && hasExternalRefs(document);
  if (bundledExternalRefs) document = await bundleExternalRefs(document, source);
  const sourceOpenapiVersion = String(document.openapi);
  validateDocument(document, sink);
  sink.throwIfErrors(ExitCode.invalidSpec);
  document = upgradeTo31(document);
  return { document, sourceOpenapiVersion, text, bundledExternalRefs, warnings: sink.items };
}

