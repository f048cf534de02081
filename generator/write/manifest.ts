// `.gen-manifest.json`: what gen wrote into an output folder, so the next run can tell its own
// files (to update or remove) from the user's (never touched) and spot hand edits.
import { sha256 } from "../hash.js";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedFile } from "../emit/files.js";
import { withoutRegionBodies } from "./protectedRegions.js";

export const MANIFEST_FILE = ".gen-manifest.json";

export interface Manifest {
  generator: { name: string; version: string };
  irVersion: string;
  specHash: string;
  configHash: string;
  /** Relative path → `fileHash` of the text written. */
  files: Record<string, string>;
  /**
   * Relative path → sha256 of the file's text before formatting. When a regeneration emits the
   * same text and the file on disk is untouched, the file is reused instead of formatted again.
   */
  sourceHashes?: Record<string, string>;
  /** Fingerprint of every input of the run (upToDate.ts); the same next time means nothing to do. */
  inputsHash?: string;
  /** What the run generated, for the message of a run that found nothing to do. */
  counts?: { operations: number; schemas: number };
}

export { sha256 };

/**
 * The hash a manifest records for a file: of its text with protected regions emptied, so code the
 * user keeps inside regions does not make the file look hand-edited. For a file without regions
 * it is the sha256 of its bytes.
 */
export function fileHash(text: string): string {
  return sha256(withoutRegionBodies(text));
}

/**
 * `fileHash` of a generated file's text, once per file: a regeneration needs it both to plan the
 * write (planWrite.ts) and to list the file in the new manifest (writeOutput.ts).
 */
const generatedHashes = new WeakMap<GeneratedFile, string>();
export function generatedFileHash(file: GeneratedFile): string {
  let hash = generatedHashes.get(file);
  if (hash === undefined) generatedHashes.set(file, (hash = fileHash(file.contents)));
  return hash;
}

export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}
