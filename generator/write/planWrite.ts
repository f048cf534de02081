// Decides, file by file, what a write would do — add, change, leave, remove — and which of those
// would destroy the user's work. Reads the output folder but never writes to it; `--check` is
// this plan alone.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedFile } from "../emit/files.js";
import { readIgnoreRules } from "./genignore.js";
import { fileHash, generatedFileHash, type Manifest } from "./manifest.js";
import { carryRegions, findRegions } from "./protectedRegions.js";
import { readStatCache } from "./statCache.js";

export interface WritePlan {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
  /** Generated paths matched by `.genignore`: left as they are on disk. */
  ignored: string[];
  /** Files that would be overwritten or removed although edited by hand (or never written by gen). */
  conflicts: string[];
  /** Per conflicting path: ids of protected regions with content that the new file no longer has. */
  lostRegions: Record<string, string[]>;
  /** The text to write for every added and changed file: generated, with protected regions carried over. */
  writes: GeneratedFile[];
}

export async function planWrite(outDir: string, files: GeneratedFile[], previous: Manifest | undefined): Promise<WritePlan> {
  const plan: WritePlan = { added: [], changed: [], unchanged: [], removed: [], ignored: [], conflicts: [], lostRegions: {}, writes: [] };
  const produced = new Set(files.map((f) => f.path));
  const ignore = await readIgnoreRules(outDir);
  const untouched = readStatCache(outDir);
  await Promise.all(
    files.map(async (file) => {
      if (ignore.ignores(file.path)) return plan.ignored.push(file.path);
      // Listed with the hash the new text has, and not touched since (statCache.ts): nothing to
      // read. Most files of a regeneration are in this case (3,300 docs pages for one changed operation).
      const listedHash = previous?.files[file.path];
      if (listedHash !== undefined && untouched(file.path, listedHash) && generatedFileHash(file) === listedHash) return plan.unchanged.push(file.path);
      const current = await readIfExists(join(outDir, file.path));
      if (current === undefined) {
        plan.added.push(file.path);
        return plan.writes.push(file);
      }
      const { text, lost } = carryRegions(file.contents, current);
      if (current === text) return plan.unchanged.push(file.path);
      plan.changed.push(file.path);
      plan.writes.push({ ...file, contents: text });
      if (lost.length > 0) plan.lostRegions[file.path] = lost;
      if (lost.length > 0 || listedHash === undefined || listedHash !== fileHash(current)) plan.conflicts.push(file.path);
    }),
  );
  for (const [path, hash] of Object.entries(previous?.files ?? {})) {
    if (produced.has(path) || ignore.ignores(path)) continue;
    const current = await readIfExists(join(outDir, path));
    if (current === undefined) continue;
    plan.removed.push(path);
    // Removing the file would also remove what the user kept in its protected regions.
    const kept = [...(findRegions(current) ?? [])].filter(([, body]) => body.trim() !== "").map(([id]) => id);
    if (kept.length > 0) plan.lostRegions[path] = kept;
    if (kept.length > 0 || fileHash(current) !== hash) plan.conflicts.push(path);
  }
  for (const list of [plan.added, plan.changed, plan.unchanged, plan.removed, plan.ignored, plan.conflicts]) list.sort();
  plan.writes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return plan;
}

export async function readIfExists(path: string): Promise<string | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
