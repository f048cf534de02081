// The surface of the last generation, kept beside the manifest so the next regeneration can say
// what changed for the client's users (diff/summary.ts) even after the old spec is gone.
//
// It holds every operation signature and schema (about 1.5 MB of JSON for the Auth0 document),
// so it is stored gzipped: about 120 KB. Like the manifest it is gen's bookkeeping, not output;
// deleting it only skips the next summary.
import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { SURFACE_VERSION, type Surface } from "../diff/surface.js";

export const SURFACE_FILE = ".gen-surface.json.gz";

/** The stored surface, or undefined when there is none, it is unreadable, or from another surface version. */
export async function readSurface(outDir: string): Promise<Surface | undefined> {
  try {
    const surface = JSON.parse(gunzipSync(await readFile(join(outDir, SURFACE_FILE))).toString("utf8")) as Surface;
    return surface.surfaceVersion === SURFACE_VERSION ? surface : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the surface unless the stored one is the same (the file, like every output, keeps its mtime then). */
export async function writeSurface(outDir: string, surface: Surface): Promise<void> {
  const path = join(outDir, SURFACE_FILE);
  const text = JSON.stringify(surface);
  const stored = await readFile(path).then((bytes) => gunzipSync(bytes).toString("utf8"), () => undefined);
  if (stored === text) return;
  // Written beside and renamed into place, so an interrupted run never leaves half a file.
  const staged = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(staged, gzipSync(text));
  await rename(staged, path);
}
