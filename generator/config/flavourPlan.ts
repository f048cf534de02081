// A checked config → one run per (flavour, target): spec, output folder, templates, target options
// and the IR customization (filters, naming, hooks), with every relative path resolved against the
// config file's folder. The CLI adds its flags (--check, --force, …) and runs them in order.
import { join, relative, resolve } from "node:path";
import type { ModelCustomization } from "../customize/index.js";
import { ExitCode, GenError } from "../diagnostics.js";
import type { HookReference } from "../hooks/types.js";
import type { Target, TargetOptions } from "../pipeline.js";
import { configDiagnostic, type LoadedConfig } from "./load.js";
import { closestMatch } from "./suggest.js";
import type { FlavourConfig } from "./types.js";

/** Where a flavour without `out` writes, relative to the config file. */
export const DEFAULT_FLAVOUR_OUT_DIR = "generated";

export interface FlavourRun {
  flavour: string;
  target: Target;
  /** Absolute path or http(s) URL. */
  spec: string;
  /** Absolute output folder. */
  outDir: string;
  templatesDir?: string;
  options?: TargetOptions;
  customization?: ModelCustomization;
}

export interface PlanOptions {
  /** Build only this flavour (`--flavour`). */
  only?: string;
  /** `--spec` given on the command line: every flavour reads it instead (resolved against `cwd`). */
  specOverride?: string;
  /** The spec when neither the flavour nor the config names one. */
  defaultSpec: string;
  cwd: string;
}

export function planFlavours(loaded: LoadedConfig, options: PlanOptions): FlavourRun[] {
  const { config } = loaded;
  const names = Object.keys(config.flavours);
  checkDistinctOutputs(loaded);
  if (options.only !== undefined && !names.includes(options.only)) {
    const guess = closestMatch(options.only, names);
    throw new GenError(
      [{ code: "GEN_UNKNOWN_FLAVOUR", severity: "error", message: `${loaded.shown} has no flavour "${options.only}".`, location: loaded.shown, hint: `${guess ? `Did you mean "${guess}"? ` : ""}Flavours: ${names.join(", ")}.` }],
      ExitCode.usage,
    );
  }
  return names.filter((name) => options.only === undefined || name === options.only).flatMap((name) => planFlavour(loaded, name, options));
}

function planFlavour(loaded: LoadedConfig, name: string, options: PlanOptions): FlavourRun[] {
  const flavour = loaded.config.flavours[name];
  const out = outFolder(loaded, name);
  const customization: ModelCustomization = {
    origin: `${loaded.shown}#/flavours/${name}`,
    ...(flavour.filters ? { filters: flavour.filters } : {}),
    ...(flavour.naming ? { naming: flavour.naming } : {}),
    ...(flavour.hooks?.length ? { hooks: flavour.hooks.map((hook, i) => hookReference(loaded, name, hook, i, options.cwd)) } : {}),
  };
  const customized = customization.filters || customization.naming || customization.hooks;
  return flavour.targets.map((target) => ({
    flavour: name,
    target,
    spec: specOf(loaded, flavour, options),
    outDir: flavour.targets.length > 1 ? join(out, target) : out,
    ...(flavour.templates ? { templatesDir: resolve(loaded.dir, flavour.templates) } : {}),
    ...targetOptions(flavour, target),
    ...(customized ? { customization } : {}),
  }));
}

/** `--spec`, else the flavour's, else the config's, else the embedded one. URLs stay as they are. */
function specOf(loaded: LoadedConfig, flavour: FlavourConfig, options: PlanOptions): string {
  const against = (base: string, path: string) => (/^https?:\/\//i.test(path) ? path : resolve(base, path));
  if (options.specOverride !== undefined) return against(options.cwd, options.specOverride);
  const inConfig = flavour.spec ?? loaded.config.spec;
  return inConfig !== undefined ? against(loaded.dir, inConfig) : options.defaultSpec;
}

/** Each target's own options: `client.style` reaches the client emitter, `docs.format` the docs one. */
function targetOptions(flavour: FlavourConfig, target: Target): { options?: TargetOptions } {
  if (target === "docs" && flavour.docs) return { options: { docs: flavour.docs } };
  if (target === "client" && flavour.client) return { options: { client: flavour.client } };
  return {};
}

function hookReference(loaded: LoadedConfig, flavour: string, hook: NonNullable<FlavourConfig["hooks"]>[number], index: number, cwd: string): HookReference {
  if (typeof hook === "function") return { label: `hook #${index + 1} of flavour "${flavour}" in ${loaded.shown}`, transform: hook };
  const file = resolve(loaded.dir, hook);
  return { label: relative(cwd, file) || file, file };
}

function outFolder(loaded: LoadedConfig, name: string): string {
  return resolve(loaded.dir, loaded.config.flavours[name].out ?? join(DEFAULT_FLAVOUR_OUT_DIR, name));
}

/** Two flavours writing one folder would each remove the other's files as stale. */
function checkDistinctOutputs(loaded: LoadedConfig): void {
  const owners = new Map<string, string>();
  for (const name of Object.keys(loaded.config.flavours)) {
    const out = outFolder(loaded, name);
    const other = owners.get(out);
    if (other !== undefined) {
      throw new GenError(
        [configDiagnostic(
          { pointer: `/flavours/${name}${loaded.config.flavours[name].out !== undefined ? "/out" : ""}`, message: `flavours "${other}" and "${name}" both write to ${relative(loaded.dir, out) || "."}.`, hint: "Give each flavour its own `out` folder." },
          loaded.shown,
          loaded.source,
        )],
        ExitCode.config,
      );
    }
    owners.set(out, name);
  }
}
