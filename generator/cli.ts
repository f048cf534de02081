// Flags → a generate request → pipeline → disk. Nothing else lives here.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { ExitCode, GenError, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import { GENERATOR, TARGETS, generate, loadModel, type Target } from "./pipeline.js";
import { Timings } from "./timings.js";
import { planWrite, readManifest, writeOutput, sha256 } from "./write/writeOutput.js";
import { IR_VERSION } from "./ir/types.js";

/** The embedded default spec, used when `--spec` is not given. */
export const DEFAULT_SPEC = fileURLToPath(new URL("../spec/openapi.yaml", import.meta.url));
/** Where output goes when `--out` is not given, relative to the current directory. */
export const DEFAULT_OUT_DIR = "generated";

interface GenerateFlags {
  target: string;
  spec?: string;
  out?: string;
  check?: boolean;
  force?: boolean;
  timings?: boolean;
  format: boolean;
  templates?: string;
  quiet?: boolean;
  debug?: boolean;
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
    .addOption(new Option("-t, --target <target>", `what to generate (${TARGETS.join(", ")})`).default("client"))
    .option("-s, --spec <file|url>", "the OpenAPI document, JSON or YAML (default: the embedded example spec)")
    .option("-o, --out <dir>", `output folder (default: ${DEFAULT_OUT_DIR}/<target>)`)
    .option("--check", "write nothing; exit 1 and list the files that would change if the output is out of date")
    .option("--force", "overwrite generated files even if they were edited by hand")
    .option("--templates <dir>", "a folder of templates that shadow the built-in ones by relative path")
    .option("--no-format", "skip the prettier pass")
    .option("--timings", "print the time each stage took")
    .option("-q, --quiet", "print errors only")
    .option("--debug", "print stack traces of unexpected errors")
    .action(async (flags: GenerateFlags) => {
      exitCode = await runGenerate(flags);
    });

  program
    .command("ir")
    .description("print the intermediate model (IR) as JSON")
    .option("-s, --spec <file|url>", "the OpenAPI document (default: the embedded example spec)")
    .action(async (flags: { spec?: string }) => {
      const { model, diagnostics } = await loadModel(flags.spec ?? DEFAULT_SPEC);
      printDiagnostics(diagnostics, false);
      process.stdout.write(JSON.stringify(model, null, 2) + "\n");
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportFailure(error, debug);
  }
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const target = parseTarget(flags.target);
  const outDir = resolve(flags.out ?? `${DEFAULT_OUT_DIR}/${target}`);
  const result = await generate({
    spec: flags.spec ?? DEFAULT_SPEC,
    targets: [target],
    templatesDir: flags.templates,
    format: flags.format,
  });
  printDiagnostics(result.diagnostics, flags.quiet ?? false);
  const files = result.outputs.get(target)!;
  const timings: Timings = result.timings;
  if (flags.check) {
    const plan = await timings.time("check", async () => planWrite(outDir, files, await readManifest(outDir)));
    const stale = [...plan.added, ...plan.changed, ...plan.removed];
    if (flags.timings) process.stderr.write(`${timings.format()}\n`);
    if (stale.length === 0) {
      if (!flags.quiet) process.stdout.write(`${outDir} is up to date (${files.length} files).\n`);
      return ExitCode.ok;
    }
    process.stdout.write(`${outDir} is out of date; these files would change:\n${stale.map((p) => `  ${p}`).join("\n")}\n`);
    return ExitCode.outOfDate;
  }
  const plan = await timings.time("write", () =>
    writeOutput(outDir, files, {
      force: flags.force ?? false,
      manifest: {
        generator: { name: GENERATOR.name, version: GENERATOR.version },
        irVersion: IR_VERSION,
        specHash: result.specHash,
        configHash: sha256(JSON.stringify({ target, templates: flags.templates ?? null, format: flags.format })),
      },
    }),
  );
  if (!flags.quiet) {
    process.stdout.write(
      `Generated ${target} for ${result.model.operations.length} operations and ${result.model.schemas.length} schemas in ${outDir}: ` +
        `${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged.\n`,
    );
  }
  if (flags.timings) process.stderr.write(`${timings.format()}\n`);
  return ExitCode.ok;
}

function parseTarget(value: string): Target {
  if ((TARGETS as readonly string[]).includes(value)) return value as Target;
  throw new GenError(
    [{ code: "GEN_UNKNOWN_TARGET", severity: "error", message: `Unknown target "${value}".`, hint: `Use one of: ${TARGETS.join(", ")}.` }],
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
