// The template data types as a public entry (generator/emit/index.ts → `gen/templates`, the IR →
// `gen/ir`): the package's "exports" point at built files with declarations, the entry is types
// only, its doc comment names every built-in template, and a consumer's file type-checks against
// the compiled declarations (templates-entry.check.ts). Runs against dist/: `npm run build` first.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { typeCheck } from "../helpers/generated.js";
import { REPO_ROOT, TSC5 } from "../helpers/paths.js";

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8"));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe("gen/templates and gen/ir", () => {
  it("are package exports whose types and modules exist after the build", () => {
    for (const entry of ["./templates", "./ir"]) {
      const target = pkg.exports[entry];
      expect(target, entry).toMatchObject({ types: expect.stringMatching(/\.d\.ts$/), import: expect.stringMatching(/\.js$/) });
      for (const file of [target.types, target.import]) expect(existsSync(join(REPO_ROOT, file)), file).toBe(true);
    }
    expect(pkg.bin.gen).toBe("./bin/gen.js");
  });

  it("exports types only: nothing at run time", async () => {
    const entry = await import(pathToFileURL(join(REPO_ROOT, pkg.exports["./templates"].import)).href);
    expect(Object.keys(entry)).toEqual([]);
  });

  it("says which view each built-in template gets", () => {
    const doc = readFileSync(join(REPO_ROOT, "generator/emit/index.ts"), "utf8");
    const templates = files(join(REPO_ROOT, "templates"))
      .filter((f) => f.endsWith(".hbs"))
      .map((f) => relative(join(REPO_ROOT, "templates"), f).split(sep).join("/"));
    expect(templates.length).toBeGreaterThan(20);
    const name = (path: string) => (path.startsWith("client/functions/") ? path.slice("client/".length) : path.slice(path.lastIndexOf("/") + 1));
    expect(templates.filter((path) => !doc.includes(name(path)))).toEqual([]);
  });

  it("type-checks a consumer's file against the compiled declarations with TypeScript 5", () => {
    const dir = tempDir("gen-templates-entry-");
    writeFileSync(join(dir, "check.ts"), `import "${join(REPO_ROOT, "test/config/templates-entry.check.js").split(sep).join("/")}";\n`);
    const result = typeCheck(TSC5, dir);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);
});
