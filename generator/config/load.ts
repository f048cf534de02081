// Finds and reads gen.config.{json,yaml,yml,mjs}, and checks it against config.schema.json. A bad
// config ends the run before anything is generated: GEN_BAD_CONFIG, the file, line and column when
// the text can be mapped, the JSON pointer, a hint, exit code 8.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ExitCode, GenError, type Diagnostic } from "../diagnostics.js";
import { parseSpecText } from "../load/parseText.js";
import { locatePointer } from "./locate.js";
import { checkAgainstSchema, type JsonSchemaNode, type SchemaIssue } from "./schemaCheck.js";
import type { GenConfig } from "./types.js";

/** The names gen looks for in the current folder, in this order; more than one is an error. */
export const CONFIG_FILE_NAMES = ["gen.config.json", "gen.config.yaml", "gen.config.yml", "gen.config.mjs"] as const;

/** The published schema; shipped with the package (package.json `files`). */
export const CONFIG_SCHEMA_FILE = new URL("../../config.schema.json", import.meta.url);

export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Its folder: relative paths in the config are resolved against it. */
  dir: string;
  config: GenConfig;
  /** The file as shown in messages (relative to the current folder). */
  shown: string;
  /** The file's text and language, to locate later problems; absent for gen.config.mjs. */
  source?: { text: string; language: "json" | "yaml" };
}

/** The config file in `cwd`, if there is exactly one; none is fine, two are ambiguous. */
export function findConfigFile(cwd: string): string | undefined {
  const found = CONFIG_FILE_NAMES.map((name) => join(cwd, name)).filter((file) => existsSync(file));
  if (found.length > 1) {
    throw configError(
      `${found.map((f) => relative(cwd, f)).join(" and ")} are both here; gen would not know which to use.`,
      relative(cwd, found[1]),
      "Keep one config file, or choose one with --config <file>.",
    );
  }
  return found[0];
}

export async function loadConfig(file: string, cwd = process.cwd()): Promise<LoadedConfig> {
  const path = resolve(cwd, file);
  const shown = relative(cwd, path) || path;
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new GenError(
      [{ code: "GEN_CONFIG_NOT_FOUND", severity: "error", message: `No config file at ${shown}.`, location: shown, hint: "Check the --config path." }],
      ExitCode.inputNotFound,
    );
  }
  const language = languageOf(path);
  if (!language) throw configError(`${shown}: a config file must end in .json, .yaml, .yml or .mjs.`, shown, `Rename it, e.g. to gen.config.json.`);
  let value: unknown;
  let source: LoadedConfig["source"];
  if (language === "module") value = await importConfigModule(path, shown);
  else {
    source = { text: readFileSync(path, "utf8"), language };
    value = parseSpecText(source.text, shown);
  }
  const issues = checkAgainstSchema(value, readConfigSchema());
  if (issues.length > 0) throw new GenError(issues.map((issue) => configDiagnostic(issue, shown, source)), ExitCode.config);
  return { file: path, dir: dirname(path), config: value as GenConfig, shown, ...(source ? { source } : {}) };
}

function languageOf(path: string): "json" | "yaml" | "module" | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  return extension === ".mjs" || extension === ".js" ? "module" : undefined;
}

export function readConfigSchema(): JsonSchemaNode {
  return JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")) as JsonSchemaNode;
}

async function importConfigModule(path: string, shown: string): Promise<unknown> {
  // The modification time in the URL makes `--watch` import an edited file again (imports are cached by URL).
  const url = `${pathToFileURL(path).href}?mtime=${statSync(path).mtimeMs}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw configError(`${shown} could not be loaded: ${(error as Error)?.message ?? String(error)}`, shown, "Fix the error in the module; run it with `node` to see the stack.");
  }
  if (module.default === undefined) throw configError(`${shown} has no default export.`, shown, "Write `export default { flavours: { … } };`.");
  return module.default;
}

/** One schema issue as a diagnostic: `file:line:col (#/pointer)` when the text can be mapped. */
export function configDiagnostic(issue: SchemaIssue, shown: string, source: LoadedConfig["source"], code = "GEN_BAD_CONFIG"): Diagnostic {
  const at = source ? locatePointer(source.text, issue.pointer, source.language) : undefined;
  const pointer = `#${issue.pointer}`;
  return {
    code,
    severity: "error",
    message: issue.message,
    pointer,
    location: `${at ? `${shown}:${at.line}:${at.column}` : shown} (${pointer})`,
    hint: issue.hint,
  };
}

export function configError(message: string, location: string, hint: string): GenError {
  return new GenError([{ code: "GEN_BAD_CONFIG", severity: "error", message, location, hint }], ExitCode.config);
}
