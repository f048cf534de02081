// The no-change shortcut (generator/write/upToDate.ts): a run whose inputs and output are as the
// last run left them generates nothing; any change to the spec, the templates, .genignore or the
// output itself, and --force, runs the whole pipeline again.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regenerate, type RegenerateRequest } from "../../generator/regenerate.js";
import { EMBEDDED_SPEC } from "../helpers/paths.js";

function setup(): RegenerateRequest {
  const dir = mkdtempSync(join(tmpdir(), "gen-uptodate-"));
  const spec = join(dir, "spec.yaml");
  cpSync(EMBEDDED_SPEC, spec);
  const templatesDir = join(dir, "templates");
  mkdirSync(join(templatesDir, "client"), { recursive: true });
  return { target: "client", spec, outDir: join(dir, "out"), templatesDir, format: true, force: false, check: false };
}

describe("nothing to do", () => {
  it("skips generation when nothing changed, and only then", async () => {
    const request = setup();
    expect((await regenerate(request)).nothingChanged).toBeUndefined();
    const again = await regenerate(request);
    expect(again.nothingChanged).toBe(true);
    expect(again.plan.unchanged.length).toBeGreaterThan(40);
    expect((await regenerate({ ...request, check: true })).nothingChanged).toBe(true);

    // A template added to the override folder.
    writeFileSync(join(request.templatesDir!, "client", "index.ts.hbs"), '// custom index\nexport * from "./client.js";\n');
    const templated = await regenerate(request);
    expect(templated.nothingChanged).toBeUndefined();
    expect(readFileSync(join(request.outDir, "index.ts"), "utf8")).toContain("// custom index");
    expect((await regenerate(request)).nothingChanged).toBe(true);

    // The spec's text.
    writeFileSync(request.spec, readFileSync(request.spec, "utf8").replace("title:", "title: Renamed") );
    expect((await regenerate(request)).nothingChanged).toBeUndefined();

    // A generated file deleted by hand comes back.
    rmSync(join(request.outDir, "types.ts"));
    expect((await regenerate(request)).nothingChanged).toBeUndefined();
    expect(existsSync(join(request.outDir, "types.ts"))).toBe(true);

    // .genignore.
    writeFileSync(join(request.outDir, ".genignore"), "resources/Rules.ts\n");
    expect((await regenerate(request)).nothingChanged).toBeUndefined();

    // --force always runs.
    expect((await regenerate({ ...request, force: true })).nothingChanged).toBeUndefined();
  }, 60_000);
});

describe("telling an untouched output from stat alone (generator/write/statCache.ts)", () => {
  it("still notices an edit that keeps the file's size, and still accepts a file only touched", async () => {
    const request = setup();
    await regenerate(request);
    expect((await regenerate(request)).nothingChanged).toBe(true);

    // Same bytes, newer time (a checkout, `touch`): hashed, found equal, still nothing to do.
    const types = join(request.outDir, "types.ts");
    const later = new Date(Date.now() + 5_000);
    utimesSync(types, later, later);
    expect((await regenerate(request)).nothingChanged).toBe(true);

    // One character changed, same size: the time differs, so it is hashed and caught.
    const text = readFileSync(types, "utf8");
    const at = text.indexOf("export");
    writeFileSync(types, `${text.slice(0, at)}Export${text.slice(at + "export".length)}`);
    expect(readFileSync(types).length).toBe(Buffer.byteLength(text));
    const error = await regenerate(request).catch((e: unknown) => e);
    expect((error as { diagnostics?: Array<{ code: string }> }).diagnostics?.[0]?.code).toBe("GEN_HAND_EDITED");
  }, 60_000);

  it("falls back to hashing every file when the stat cache is gone", async () => {
    const request = setup();
    await regenerate(request);
    rmSync(join(tmpdir(), "gen-stat-cache"), { recursive: true, force: true });
    expect((await regenerate(request)).nothingChanged).toBe(true);
  }, 60_000);
});
