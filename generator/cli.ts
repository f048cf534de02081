// Flags → a generate request → pipeline → disk. Nothing else lives here.
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { chooseConfigFile, configuredRuns, configuredWatchInputs, flavourModel, FLAVOUR_SHAPED_FLAGS, type ConfiguredRun } from "./config/configuredRuns.js";
import { ExitCode, GenError, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import { runDiff } from "./diff/command.js";
import type { Severity } from "./diff/changes.js";
import type { ReportFormat } from "./diff/report.js";
import { CLIENT_STYLES, type ClientStyle } from "./emit/client/options.js";
import { DOCS_FORMATS, type DocsFormat } from "./emit/docs/options.js";
import { ejectTemplates } from "./eject/ejectTemplates.js";
import { GENERATOR, TARGETS, loadModel, type Target } from "./pipeline.js";
import { pickOffloaded, regenerateInWorker } from "./parallel/regenerateInWorker.js";
import { describeOutcome, regenerate, upToDateOutcome, type RegenerateRequest } from "./regenerate.js";
import { runWatch } from "./watch/runWatch.js";

/** The embedded default spec, used when `--spec` is not given. */
export const DEFAULT_SPEC = fileURLToPath(new URL("../spec/openapi.yaml", import.meta.url));
/** Where output goes when `--out` is not given, relative to the current directory. */
export const DEFAULT_OUT_DIR = "generated";
/** How long the inputs must be quiet after a change before `--watch` regenerates. */
export const WATCH_DEBOUNCE_MS = 200;

interface GenerateFlags {
  target: string;
  spec?: string;
  out?: string;
  check?: boolean;
  force?: boolean;
  timings?: boolean;
  watch?: boolean;
  format: boolean;
  templates?: string;
  docsFormat: DocsFormat;
  clientStyle: ClientStyle;
  clientValidators?: boolean;
  quiet?: boolean;
  debug?: boolean;
  /** `--config <file>`, or false for `--no-config`; by default gen.config.* in the current folder. */
  config?: string | false;
  flavour?: string;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const debug = argv.includes("--debug");
  const program = new Command()
    .name("gen")
    // Without this the root's --spec swallows `gen ir --spec …`.
    .enablePositionalOptions()
    .description("Generate typed TypeScript clients from an OpenAPI 3.x document.")
    .version(GENERATOR.version)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .addOption(new Option("-t, --target <target>", `what to generate (${TARGETS.join(", ")}, or all: the three into <out>/<target>)`).default("client"))
    .option("-s, --spec <file|url>", "the OpenAPI document, JSON or YAML (default: the embedded example spec)")
    .option("-o, --out <dir>", `output folder (default: ${DEFAULT_OUT_DIR}/<target>)`)
    .option("--check", "write nothing; exit 1 and list the files that would change if the output is out of date")
    .option("--force", "overwrite generated files even if they were edited by hand, and regenerate even when no input changed")
    .option("--templates <dir>", "a folder of templates that shadow the built-in ones by relative path")
    .addOption(new Option("--docs-format <format>", "docs target: markdown pages, an HTML site, or both").choices(DOCS_FORMATS).default("markdown"))
    .addOption(new Option("--client-style <style>", "client target: a class client, or one tree-shakeable function per operation").choices(CLIENT_STYLES).default("classes"))
    .option("--client-validators", "client target: embed the validators so createClient({ validate }) can check requests and responses")
    .option("--no-format", "skip the prettier pass")
    .option("--timings", "print the time each stage took")
    .option("-w, --watch", "regenerate whenever the spec or the templates change, until Ctrl-C")
    .option("-q, --quiet", "print errors only")
    .option("--debug", "print stack traces of unexpected errors")
    .option("--config <file>", "the config file (default: gen.config.json, .yaml, .yml or .mjs in the current folder)")
    .option("--no-config", "ignore the config file in the current folder")
    .option("--flavour <name>", "build one flavour of the config file (default: every flavour)")
    .action(async (flags: GenerateFlags, command: Command) => {
      exitCode = await runGenerate(flags, command);
    });

  program
    .command("ir")
    .description("print the intermediate model (IR) as JSON")
    .option("-s, --spec <file|url>", "the OpenAPI document (default: the embedded example spec)")
    .option("--flavour <name>", "the model as that flavour of the config file sees it (filters, naming and hooks applied)")
    .option("--config <file>", "the config file for --flavour (default: gen.config.* in the current folder)")
    .action(async (flags: { spec?: string; flavour?: string; config?: string }) => {
      const { model, diagnostics } = flags.flavour === undefined ? await loadModel(flags.spec ?? DEFAULT_SPEC) : await flavourModel({ ...flags, flavour: flags.flavour, cwd: process.cwd(), defaultSpec: DEFAULT_SPEC });
      printDiagnostics(diagnostics, false);
      process.stdout.write(JSON.stringify(model, null, 2) + "\n");
    });

  program
    .command("templates")
    .description("work with the built-in templates")
    .command("eject")
    .description("copy a target's built-in templates into <dir>/<target>/, a starting point for --templates <dir>")
    .argument("<target>", `the target whose templates to copy (${TARGETS.join(", ")})`)
    .argument("<dir>", "the templates folder to pass to --templates")
    .option("--force", "overwrite files that already exist there")
    .action((target: string, dir: string, flags: { force?: boolean }) => {
      const result = ejectTemplates(parseTarget(target), dir, flags.force ?? false);
      const lines = result.written.map((path) => `  ${path}${result.overwritten.includes(path) ? " (overwritten)" : ""}`);
      process.stdout.write(`Wrote ${result.written.length} files to ${result.targetDir}:\n${lines.join("\n")}\n`);
      process.stdout.write(`Edit them, then: gen --target ${target} --templates ${dir}\n`);
    });

  program
    .command("diff")
    .description("report what changed for a client user between two versions of a spec, and how bad it is")
    .argument("<old-spec>", "the earlier OpenAPI document")
    .argument("<new-spec>", "the later OpenAPI document")
    .addOption(new Option("--format <format>", "report format").choices(["markdown", "json"]).default("markdown"))
    .addOption(new Option("--fail-on <severity>", "exit 1 if a change this severe or worse is found").choices(["breaking", "needs-review", "non-breaking"]))
    .action(async (oldSpec: string, newSpec: string, flags: { format: ReportFormat; failOn?: Severity }) => {
      const outcome = await runDiff(oldSpec, newSpec, flags);
      printDiagnostics(outcome.diagnostics, false);
      process.stdout.write(outcome.text);
      exitCode = outcome.exitCode;
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportFailure(error, debug);
  }
}

async function runGenerate(flags: GenerateFlags, command: Command): Promise<number> {
  const cwd = process.cwd();
  const explicitFlags = FLAVOUR_SHAPED_FLAGS.filter((name) => command.getOptionValueSource(name) === "cli").map((name) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  const configFile = chooseConfigFile({ config: flags.config, flavour: flags.flavour, explicitFlags, cwd });
  // A config is read again on every run, so `--watch` follows edits to it.
  const plan = async (): Promise<Array<{ flavour?: string; request: RegenerateRequest }>> =>
    configFile === undefined
      ? requestsFromFlags(flags).map((request) => ({ request }))
      : configuredRuns(configFile, { flavour: flags.flavour, specOverride: flags.spec, defaultSpec: DEFAULT_SPEC, cwd, format: flags.format, force: flags.force ?? false, check: flags.check ?? false });
  const runOnce = async (): Promise<number> => {
    let exit: number = ExitCode.ok;
    const runs = await plan();
    // One request (the docs) may run on the second core; outcomes are still reported in order.
    const offloaded = pickOffloaded(runs.map((run) => run.request));
    const inWorker = offloaded < 0 ? undefined : upToDateOutcome(runs[offloaded].request).then((outcome) => outcome ?? regenerateInWorker(runs[offloaded].request));
    inWorker?.catch(() => undefined); // handled where it is awaited; this only keeps Node from calling it unhandled meanwhile
    try {
      for (const [index, { flavour, request }] of runs.entries()) {
        if (flavour !== undefined && !flags.quiet) process.stdout.write(`Flavour ${flavour}: ${request.target} → ${relative(cwd, request.outDir) || "."}\n`);
        const outcome = await (index === offloaded ? inWorker! : regenerate(request));
        printDiagnostics(outcome.diagnostics, flags.quiet ?? false);
        const { lines, outOfDate } = describeOutcome(outcome, request);
        // An out-of-date --check lists its files even with --quiet: that list is the answer.
        if (!flags.quiet || outOfDate) process.stdout.write(`${lines.join("\n")}\n`);
        if (flags.timings) process.stderr.write(`${outcome.timings.format()}\n`);
        if (outOfDate) exit = ExitCode.outOfDate;
      }
    } finally {
      // A failure on the main thread still lets the worker finish its folder rather than cutting it off mid-write.
      await inWorker?.catch(() => undefined);
    }
    return exit;
  };
  if (!flags.watch) return runOnce();
  const first = await plan();
  const inputs = configFile === undefined ? [first[0].request.spec, ...(first[0].request.templatesDir ? [first[0].request.templatesDir] : [])] : configuredWatchInputs(configFile, first as ConfiguredRun[]);
  return runWatch({
    inputs: inputs.filter((input) => !/^https?:\/\//.test(input)),
    debounceMs: WATCH_DEBOUNCE_MS,
    run: async () => void (await runOnce()),
    reportError: (error) => reportFailure(error, flags.debug ?? false),
    status: (line) => {
      if (!flags.quiet) process.stderr.write(`${line}\n`);
    },
  });
}

/**
 * One request per target. `--target all` builds the three, each into `<out>/<target>` (default
 * `generated/<target>`): the client and validators from one load of the spec (the model is shared
 * in-process, see loadModel), the docs on a worker thread on machines with enough cores
 * (parallel/regenerateInWorker.ts).
 */
function requestsFromFlags(flags: GenerateFlags): RegenerateRequest[] {
  const targets: Target[] = flags.target === "all" ? [...TARGETS] : [parseTarget(flags.target)];
  return targets.map((target) => ({
    target,
    spec: flags.spec ?? DEFAULT_SPEC,
    outDir: resolve(flags.target === "all" && flags.out ? join(flags.out, target) : (flags.out ?? `${DEFAULT_OUT_DIR}/${target}`)),
    templatesDir: flags.templates,
    format: flags.format,
    force: flags.force ?? false,
    check: flags.check ?? false,
    options: target === "docs" ? { docs: { format: flags.docsFormat } } : target === "client" ? { client: { style: flags.clientStyle, validators: flags.clientValidators ?? false } } : undefined,
  }));
}

function parseTarget(value: string): Target {
  if ((TARGETS as readonly string[]).includes(value)) return value as Target;
  throw new GenError(
    [{ code: "GEN_UNKNOWN_TARGET", severity: "error", message: `Unknown target "${value}".`, hint: `Use one of: ${TARGETS.join(", ")}, all.` }],
    ExitCode.usage,
  );
}

function printDiagnostics(diagnostics: Diagnostic[], quiet: boolean): void {
  if (quiet) return;
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const shown = warnings.slice(0, 20);
  for (const d of shown) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (warnings.length > shown.length) process.stderr.write(`… and ${warnings.length - shown.length} more warnings\n`);
}

function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message (or the help/version text).
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof GenError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return error.exitCode;
  }
  process.stderr.write(`error GEN_INTERNAL: ${(error as Error)?.message ?? String(error)}\n`);
  if (debug) process.stderr.write(`${(error as Error)?.stack ?? ""}\n`);
  else process.stderr.write("  hint: this is a bug in gen; rerun with --debug for a stack trace and report it.\n");
  return ExitCode.internal;
}
