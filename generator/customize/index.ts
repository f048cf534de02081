// A flavour's changes to the IR, between normalizing and emitting: filters, then naming overrides,
// then IR hooks in order. Filters and naming are pure functions of the model and the config; hooks
// are the user's code. The result is frozen again, as the normalizer's model is.
import { readFileSync } from "node:fs";
import type { FilterConfig, NamingConfig } from "../config/types.js";
import { DiagnosticSink, ExitCode, GenError, type Diagnostic } from "../diagnostics.js";
import { checkFilters, filterModel } from "../filter/filterModel.js";
import { runHook } from "../hooks/runHook.js";
import type { HookReference } from "../hooks/types.js";
import type { ApiModel } from "../ir/types.js";
import { applyNaming } from "../naming/index.js";
import { sha256 } from "../write/manifest.js";

export interface ModelCustomization {
  /** Where the flavour sits in the config (`gen.config.json#/flavours/ga`); diagnostics point below it. */
  origin: string;
  filters?: FilterConfig;
  naming?: NamingConfig;
  hooks?: HookReference[];
}

export async function customizeModel(model: ApiModel, customization: ModelCustomization): Promise<{ model: ApiModel; diagnostics: Diagnostic[] }> {
  const sink = new DiagnosticSink();
  let current = model;
  if (customization.filters) {
    checkFilters(current, customization.filters, sink, customization.origin);
    throwIfErrors(sink);
    current = filterModel(current, customization.filters);
  }
  if (customization.naming) {
    current = applyNaming(current, customization.naming, sink, customization.origin);
    throwIfErrors(sink);
  }
  for (const hook of customization.hooks ?? []) current = await runHook(current, hook);
  return { model: current === model ? model : deepFreeze(current), diagnostics: sink.items };
}

/** A digest of everything that shapes the customized model, hook sources included, for the manifest's config hash. */
export function customizationDigest(customization: ModelCustomization): string {
  const hooks = (customization.hooks ?? []).map((hook) => {
    if (hook.transform) return sha256(hook.transform.toString());
    try {
      return sha256(readFileSync(hook.file!, "utf8"));
    } catch {
      return hook.label;
    }
  });
  return sha256(JSON.stringify({ filters: customization.filters ?? null, naming: customization.naming ?? null, hooks }));
}

/** Ends the run on errors, with the warnings too: "matches nothing" often explains "keeps nothing". */
function throwIfErrors(sink: DiagnosticSink): void {
  if (sink.hasErrors) throw new GenError(sink.items, ExitCode.config);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
