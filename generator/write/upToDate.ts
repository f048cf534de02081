// The no-change shortcut: when every input of a run is what it was last time, and every file gen
// wrote is still on disk as written, the output cannot change, so parsing, emitting and
// formatting are skipped (Auth0 client: ~0.8 s → a few tens of ms, the common case in CI and
// watch mode). The inputs are fingerprinted into the manifest: generator version, options
// (configHash), the spec's text, the templates folder's files and `.genignore`. Anything the
// fingerprint cannot see turns the shortcut off: a URL spec or one with external `$ref`s, and IR
// hooks (a hook module may import code that changed).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { mayHaveExternalRefs } from "../load/bundle.js";
import { readStatCache, writeStatCache } from "./statCache.js";
import { IGNORE_FILE } from "./genignore.js";
import { fileHash, type Manifest } from "./manifest.js";

export interface FingerprintInputs {
  generatorVersion: string;
  configHash: string;
  spec: string;
  templatesDir?: string;
  outDir: string;
  hasHooks: boolean;
}

/** The fingerprint of everything the output depends on, or undefined when it cannot be taken. */
export function inputsFingerprint(inputs: FingerprintInputs): string | undefined {
  if (inputs.hasHooks || /^https?:\/\//i.test(inputs.spec) || !existsSync(inputs.spec)) return undefined;
  const specDigest = digestOfSpec(inputs.spec);
  if (specDigest === undefined) return undefined;
  const hash = createHash("sha256");
  hash.update(`${inputs.generatorVersion}\u0000${inputs.configHash}\u0000${specDigest}`);
  if (inputs.templatesDir !== undefined) {
    for (const file of listFiles(inputs.templatesDir)) hash.update(`\u0000${relative(inputs.templatesDir, file).split(sep).join("/")}\u0000`).update(readFileSync(file));
  }
  const ignore = join(inputs.outDir, IGNORE_FILE);
  if (existsSync(ignore)) hash.update("\u0000genignore\u0000").update(readFileSync(ignore));
  return hash.digest("hex");
}

/**
 * The spec's sha256, or undefined when it has external references (the fingerprint cannot see
 * them). Kept per process for as long as the file's size and time stay the same: `--target all`
 * fingerprints the same 3.5 MB spec once per target.
 */
const specDigests = new Map<string, { stamp: string; digest: string | undefined }>();
function digestOfSpec(path: string): string | undefined {
  const stats = statSync(path, { bigint: true });
  const stamp = `${stats.size}:${stats.mtimeNs}`;
  const known = specDigests.get(path);
  if (known?.stamp === stamp) return known.digest;
  const text = readFileSync(path, "utf8");
  const digest = mayHaveExternalRefs(text) ? undefined : createHash("sha256").update(text).digest("hex");
  specDigests.set(path, { stamp, digest });
  return digest;
}

/**
 * True when the manifest carries this fingerprint and every file it lists is on disk untouched:
 * unchanged size and time since gen last checked it (statCache.ts), or else the same hash.
 */
export function unchangedSince(manifest: Manifest | undefined, fingerprint: string | undefined, outDir: string): boolean {
  if (!manifest || fingerprint === undefined || manifest.inputsHash !== fingerprint) return false;
  const untouched = readStatCache(outDir);
  let hashed = 0;
  for (const [path, hash] of Object.entries(manifest.files)) {
    if (untouched(path, hash)) continue;
    let text: string;
    try {
      text = readFileSync(join(outDir, path), "utf8");
    } catch {
      return false;
    }
    if (fileHash(text) !== hash) return false;
    hashed++;
  }
  // Remember what was just proven, so the next run needs no hashing either.
  if (hashed > 0) writeStatCache(outDir, manifest.files);
  return true;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
