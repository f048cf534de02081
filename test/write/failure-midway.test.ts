// Nothing half-written: a failure while the new output is being swapped in (injected through the
// write stage's test seam) leaves the previous output exactly as it was, with no staging folder.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { GenError } from "../../generator/diagnostics.js";
import type { GeneratedFile } from "../../generator/emit/files.js";
import { writeOutput } from "../../generator/write/writeOutput.js";

const manifest = { generator: { name: "gen", version: "test" }, irVersion: "1", specHash: "s", configHash: "c" };

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return out;
}

describe("a failure midway through writing", () => {
  it("leaves the previous output untouched and reports GEN_WRITE_FAILED (exit 7)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-midway-"));
    const v1: GeneratedFile[] = [
      { path: "a.ts", contents: "export const a = 1;\n" },
      { path: "b.ts", contents: "export const b = 1;\n" },
      { path: "sub/c.ts", contents: "export const c = 1;\n" },
      { path: "gone.ts", contents: "export const gone = 1;\n" },
    ];
    await writeOutput(dir, v1, { force: false, manifest });
    const before = snapshot(dir);

    const v2: GeneratedFile[] = [
      { path: "a.ts", contents: "export const a = 2;\n" },
      { path: "b.ts", contents: "export const b = 2;\n" },
      { path: "sub/c.ts", contents: "export const c = 1;\n" },
      { path: "sub/new.ts", contents: "export const added = 2;\n" },
    ];
    let swaps = 0;
    const error = await writeOutput(dir, v2, {
      force: false,
      manifest,
      beforeSwap: () => {
        if (++swaps === 3) throw new Error("disk full (injected)");
      },
    }).catch((e: unknown) => e);

    expect(swaps).toBe(3); // two files were already swapped in when the failure hit
    expect(error).toBeInstanceOf(GenError);
    const [diagnostic] = (error as GenError).diagnostics;
    expect(diagnostic!.code).toBe("GEN_WRITE_FAILED");
    expect(diagnostic!.message).toContain("disk full (injected)");
    expect(diagnostic!.message).toContain("The previous output was left as it was.");
    expect((error as GenError).exitCode).toBe(7);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith(".gen-staging"))).toEqual([]);

    // The next run, without the failure, writes v2 completely.
    await writeOutput(dir, v2, { force: false, manifest });
    expect(readFileSync(join(dir, "a.ts"), "utf8")).toBe("export const a = 2;\n");
    expect(readFileSync(join(dir, "sub/new.ts"), "utf8")).toBe("export const added = 2;\n");
    expect(readdirSync(dir)).not.toContain("gone.ts");
  });
});

describe("the first write into a folder that does not exist yet", () => {
  const files: GeneratedFile[] = [
    { path: "a.ts", contents: "export const a = 1;\n" },
    { path: "sub/b.ts", contents: "export const b = 1;\n" },
    { path: "sub/deeper/c.ts", contents: "export const c = 1;\n" },
  ];

  it("creates no folder at all when it fails midway, and leaves no staging folder beside it", async () => {
    const parent = mkdtempSync(join(tmpdir(), "gen-fresh-"));
    let writes = 0;
    const error = await writeOutput(join(parent, "out"), files, {
      force: false,
      manifest,
      beforeSwap: () => {
        if (++writes === 3) throw new Error("disk full (injected)");
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenError);
    expect((error as GenError).diagnostics[0]!.code).toBe("GEN_WRITE_FAILED");
    expect(readdirSync(parent)).toEqual([]);
  });

  it("appears complete, with its manifest, in one step", async () => {
    const parent = mkdtempSync(join(tmpdir(), "gen-fresh-"));
    const plan = await writeOutput(join(parent, "nested", "out"), files, { force: false, manifest });
    expect(plan.added).toEqual(["a.ts", "sub/b.ts", "sub/deeper/c.ts"]);
    expect(readdirSync(join(parent, "nested"))).toEqual(["out"]);
    const written = snapshot(join(parent, "nested", "out"));
    expect(Object.keys(written).sort()).toEqual([".gen-manifest.json", "a.ts", "sub/b.ts", "sub/deeper/c.ts"]);
    expect(written["sub/deeper/c.ts"]).toBe("export const c = 1;\n");
    expect(Object.keys(JSON.parse(written[".gen-manifest.json"]!).files).sort()).toEqual(["a.ts", "sub/b.ts", "sub/deeper/c.ts"]);
    // A second run takes the incremental path and finds nothing to do.
    const again = await writeOutput(join(parent, "nested", "out"), files, { force: false, manifest });
    expect(again.unchanged).toHaveLength(3);
    expect(again.writes).toEqual([]);
  });
});

describe("removing files gen no longer produces", () => {
  it("removes the folders they leave empty, and keeps folders that still hold the user's files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-prune-"));
    await writeOutput(dir, [
      { path: "a.ts", contents: "a\n" },
      { path: "extra/deep/b.ts", contents: "b\n" },
      { path: "kept/c.ts", contents: "c\n" },
    ], { force: false, manifest });
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "kept", "mine.ts"), "// the user's\n");
    await writeOutput(dir, [{ path: "a.ts", contents: "a\n" }], { force: false, manifest });
    expect(readdirSync(dir).sort()).toEqual([".gen-manifest.json", "a.ts", "kept"]);
    expect(readdirSync(join(dir, "kept"))).toEqual(["mine.ts"]);
  });
});
