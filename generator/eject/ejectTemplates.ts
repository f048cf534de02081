// `gen templates eject <target> <dir>`: copies a target's built-in templates into `<dir>/<target>/`,
// the layout `--templates <dir>` reads, as a starting point for overrides. Files already there are
// someone's edits: without `force` nothing is written when any would be overwritten.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { ExitCode, GenError } from "../diagnostics.js";
import { BUILTIN_TEMPLATES_DIR } from "../emit/templates.js";
import type { Target } from "../pipeline.js";

export interface EjectResult {
  /** The folder written into: `<dir>/<target>`. */
  targetDir: string;
  /** Paths written, relative to `targetDir`, sorted. */
  written: string[];
  /** Of those, the ones that replaced an existing file (only with `force`). */
  overwritten: string[];
}

export function ejectTemplates(target: Target, dir: string, force: boolean): EjectResult {
  const source = join(BUILTIN_TEMPLATES_DIR, target);
  const targetDir = resolve(dir, target);
  const files = listFiles(source).map((file) => relative(source, file).split(sep).join("/")).sort();
  const existing = files.filter((path) => existsSync(join(targetDir, path)));
  if (existing.length > 0 && !force) {
    throw new GenError(
      [
        {
          code: "GEN_EJECT_EXISTS",
          severity: "error",
          message: `${existing.length} of the ${files.length} template files already exist in ${targetDir}: ${existing.slice(0, 5).join(", ")}${existing.length > 5 ? ", …" : ""}. Nothing was written.`,
          location: targetDir,
          hint: "They may hold your edits. Eject into another folder, or pass --force to overwrite them.",
        },
      ],
      ExitCode.write,
    );
  }
  for (const path of files) {
    mkdirSync(dirname(join(targetDir, path)), { recursive: true });
    copyFileSync(join(source, path), join(targetDir, path));
  }
  return { targetDir, written: files, overwritten: existing };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}
