// Writes generated files to disk safely and incrementally.
//
// - Everything is computed in memory first; a failure before this stage leaves the disk alone.
// - New and changed files are written to a staging folder, then renamed into place, so no file
//   is ever half-written. Unchanged files are not touched (their mtime is kept).
// - A manifest (`.gen-manifest.json`) lists every file gen wrote with its hash. Files it listed
//   that are no longer produced are removed; files it never listed are never touched; a listed
//   file whose bytes no longer match (edited by hand) is not overwritten without `force`.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { GenError, ExitCode } from "../diagnostics.js";
import type { GeneratedFile } from "../emit/files.js";

export const MANIFEST_FILE = ".gen-manifest.json";

export interface Manifest {
  generator: { name: string; version: string };
  irVersion: string;
  specHash: string;
  configHash: string;
  /** Relative path → sha256 of the bytes written. */
  files: Record<string, string>;
}

export interface WritePlan {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
  /** Files that would be overwritten or removed although edited by hand (or never written by gen). */
  conflicts: string[];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/** Compares what would be written with what is on disk; reads but never writes. */
export async function planWrite(outDir: string, files: GeneratedFile[], previous: Manifest | undefined): Promise<WritePlan> {
  const plan: WritePlan = { added: [], changed: [], unchanged: [], removed: [], conflicts: [] };
  const produced = new Set(files.map((f) => f.path));
  await Promise.all(
    files.map(async (file) => {
      const current = await readIfExists(join(outDir, file.path));
      if (current === undefined) return plan.added.push(file.path);
      if (current === file.contents) return plan.unchanged.push(file.path);
      plan.changed.push(file.path);
      const listedHash = previous?.files[file.path];
      if (listedHash === undefined || listedHash !== sha256(current)) plan.conflicts.push(file.path);
    }),
  );
  for (const [path, hash] of Object.entries(previous?.files ?? {})) {
    if (produced.has(path)) continue;
    const current = await readIfExists(join(outDir, path));
    if (current === undefined) continue;
    plan.removed.push(path);
    if (sha256(current) !== hash) plan.conflicts.push(path);
  }
  for (const list of Object.values(plan)) list.sort();
  return plan;
}

export interface WriteOptions {
  force: boolean;
  manifest: Omit<Manifest, "files">;
}

export async function writeOutput(outDir: string, files: GeneratedFile[], options: WriteOptions): Promise<WritePlan> {
  const previous = await readManifest(outDir);
  const plan = await planWrite(outDir, files, previous);
  if (plan.conflicts.length > 0 && !options.force) {
    throw new GenError(
      [
        {
          code: "GEN_HAND_EDITED",
          severity: "error",
          message: `These files in ${outDir} were changed by hand (or not written by gen) and would be overwritten or removed:\n${plan.conflicts.map((p) => `    ${p}`).join("\n")}`,
          location: outDir,
          hint: "Move your changes out of the generated files (or into protected regions), or rerun with --force to overwrite them.",
        },
      ],
      ExitCode.write,
    );
  }
  const byPath = new Map(files.map((f) => [f.path, f]));
  const toWrite = [...plan.added, ...plan.changed].map((p) => byPath.get(p)!);
  await mkdir(outDir, { recursive: true });
  const staging = join(outDir, `.gen-staging-${randomBytes(4).toString("hex")}`);
  try {
    for (const file of toWrite) {
      const staged = join(staging, file.path);
      await mkdir(dirname(staged), { recursive: true });
      await writeFile(staged, file.contents);
    }
    for (const file of toWrite) {
      const target = join(outDir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, file.path), target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  for (const path of plan.removed) await rm(join(outDir, path), { force: true });
  const manifest: Manifest = { ...options.manifest, files: Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)])) };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  if ((await readIfExists(join(outDir, MANIFEST_FILE))) !== manifestText) await writeFile(join(outDir, MANIFEST_FILE), manifestText);
  return plan;
}

async function readIfExists(path: string): Promise<string | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
