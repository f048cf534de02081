// How the command line uses a config file: which file (found in the current folder, named by
// --config, or none with --no-config), which plain flags it rules out, and the runs it asks for.
import { relative } from "node:path";
import { ExitCode, GenError } from "../diagnostics.js";
import { generate, type GenerateResult } from "../pipeline.js";
import type { RegenerateRequest } from "../regenerate.js";
import { planFlavours } from "./flavourPlan.js";
import { findConfigFile, loadConfig } from "./load.js";

/** Flags that say what to build; in a config those belong to flavours. */
export const FLAVOUR_SHAPED_FLAGS = ["target", "out", "templates", "docsFormat", "clientStyle", "clientValidators"] as const;

export interface ConfigChoice {
  /** `--config <file>`, or false for `--no-config`. */
  config?: string | false;
  flavour?: string;
  /** The flavour-shaped flags the user typed (not defaults), as `--name`. */
  explicitFlags: string[];
  cwd: string;
}

/** The config file this run uses, or undefined to run on plain flags. */
export function chooseConfigFile(choice: ConfigChoice): string | undefined {
  const file = choice.config === false ? undefined : choice.config ?? findConfigFile(choice.cwd);
  if (file === undefined) {
    if (choice.flavour !== undefined) {
      throw usageError(`--flavour ${choice.flavour} needs a config file, and there is none in ${choice.cwd}.`, "Create gen.config.json (see config.schema.json), or name one with --config <file>.");
    }
    return undefined;
  }
  if (choice.explicitFlags.length > 0) {
    throw usageError(
      `${choice.explicitFlags.join(", ")} cannot be combined with the config file ${relative(choice.cwd, file) || file}: flavours say what to build.`,
      "Set it in the flavour, or pass --no-config to ignore the config file.",
    );
  }
  return file;
}

export interface ConfiguredRun {
  flavour: string;
  request: RegenerateRequest;
}

export async function configuredRuns(
  file: string,
  options: { flavour?: string; specOverride?: string; defaultSpec: string; cwd: string; format: boolean; force: boolean; check: boolean },
): Promise<ConfiguredRun[]> {
  const loaded = await loadConfig(file, options.cwd);
  return planFlavours(loaded, { only: options.flavour, specOverride: options.specOverride, defaultSpec: options.defaultSpec, cwd: options.cwd }).map((run) => ({
    flavour: run.flavour,
    request: {
      target: run.target,
      spec: run.spec,
      outDir: run.outDir,
      templatesDir: run.templatesDir,
      format: options.format,
      force: options.force,
      check: options.check,
      options: run.options,
      customization: run.customization,
    },
  }));
}

/** `gen ir --flavour <name>`: the model that flavour's emitters receive, for writing and debugging hooks. */
export async function flavourModel(options: { flavour: string; config?: string; spec?: string; defaultSpec: string; cwd: string }): Promise<GenerateResult> {
  const file = chooseConfigFile({ config: options.config, flavour: options.flavour, explicitFlags: [], cwd: options.cwd })!;
  const [run] = await configuredRuns(file, { ...options, specOverride: options.spec, format: false, force: false, check: false });
  return generate({ spec: run.request.spec, targets: [], format: false, customization: run.request.customization });
}

/** What `--watch` watches for a config: the file itself, and every flavour's spec, templates and hook modules. */
export function configuredWatchInputs(file: string, runs: ConfiguredRun[]): string[] {
  const inputs = new Set([file]);
  for (const { request } of runs) {
    inputs.add(request.spec);
    if (request.templatesDir) inputs.add(request.templatesDir);
    for (const hook of request.customization?.hooks ?? []) if (hook.file) inputs.add(hook.file);
  }
  return [...inputs];
}

function usageError(message: string, hint: string): GenError {
  return new GenError([{ code: "GEN_CONFIG_USAGE", severity: "error", message, hint }], ExitCode.usage);
}
