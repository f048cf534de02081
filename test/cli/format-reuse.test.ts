// Regeneration reuses the formatted text of files whose emitted text did not change (the manifest
// records each file's pre-format hash), and never reuses across generator versions or configs.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regenerate, type RegenerateRequest } from "../../generator/regenerate.js";
import { fileHash, MANIFEST_FILE } from "../../generator/write/manifest.js";
import { EMBEDDED_SPEC } from "../helpers/paths.js";

const FILE = "resources/Users.ts";

async function firstRun(): Promise<RegenerateRequest> {
  const request: RegenerateRequest = { target: "client", spec: EMBEDDED_SPEC, outDir: mkdtempSync(join(tmpdir(), "gen-reuse-")), format: true, force: false, check: false };
  await regenerate(request);
  return request;
}

/** Pretends gen itself wrote `text` for FILE last time (disk and manifest agree). */
function plant(outDir: string, text: string, edit: (manifest: any) => void = () => {}): void {
  writeFileSync(join(outDir, FILE), text);
  const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), "utf8"));
  manifest.files[FILE] = fileHash(text);
  edit(manifest);
  writeFileSync(join(outDir, MANIFEST_FILE), JSON.stringify(manifest));
}

describe("formatted output reuse", () => {
  it("records the pre-format hash of every formatted file", async () => {
    const { outDir } = await firstRun();
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), "utf8"));
    expect(Object.keys(manifest.sourceHashes)).toContain(FILE);
    expect(manifest.sourceHashes[FILE]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes an unchanged file's text from disk instead of formatting it again", async () => {
    const request = await firstRun();
    plant(request.outDir, "// the text gen wrote last time\n");
    const outcome = await regenerate(request);
    expect(readFileSync(join(request.outDir, FILE), "utf8")).toBe("// the text gen wrote last time\n");
    expect(outcome.plan.changed).toEqual([]);
  });

  it("formats again when the generator version or the config differs", async () => {
    for (const edit of [(m: any) => (m.generator.version = "0.0.0-other"), (m: any) => (m.configHash = "other")]) {
      const request = await firstRun();
      const original = readFileSync(join(request.outDir, FILE), "utf8");
      plant(request.outDir, "// stale\n", edit);
      await regenerate(request);
      expect(readFileSync(join(request.outDir, FILE), "utf8")).toBe(original);
    }
  });
});
