// Compile-time guarantees, checked by running the real compilers:
//   - the runtime folder alone type-checks with TypeScript 5.9 and the native TypeScript 7 under
//     strict settings, `lib: ["ES2022", "DOM"]`, no @types/node, and erasable syntax only (so it
//     runs under Node's type stripping) — in a temp copy with no node_modules in sight, as it will
//     sit inside a generated client;
//   - fixtures/type-usage.ts: ApiPromise / PagePromise / EventStream types flow as intended.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const runtimeDir = join(root, "templates/client/runtime");
const compilers = {
  "tsc 5.9": join(root, "node_modules/typescript/bin/tsc"),
  "tsc 7 (native)": join(root, "node_modules/typescript7/bin/tsc"),
} as const;

const strictOptions = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  types: [],
  strict: true,
  noEmit: true,
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  skipLibCheck: false,
};

function runTsc(compiler: string, project: string): Promise<{ code: number; output: string }> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [compiler, "-p", project, "--pretty", "false"], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolvePromise({ code, output: `${stdout}${stderr}`.trim() });
    });
  });
}

let workDir = "";

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "runtime-types-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Copies the runtime into `<dir>/runtime` next to a package.json marking it ESM. */
async function isolatedRuntime(name: string, extraFiles: Record<string, string> = {}): Promise<string> {
  const dir = join(workDir, name);
  await mkdir(join(dir, "runtime"), { recursive: true });
  for (const file of await readdir(runtimeDir)) {
    if (file.endsWith(".ts")) await copyFile(join(runtimeDir, file), join(dir, "runtime", file));
  }
  for (const [file, text] of Object.entries(extraFiles)) await writeFile(join(dir, "runtime", file), text);
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: strictOptions, include: ["runtime/*.ts"] }, null, 2));
  return join(dir, "tsconfig.json");
}

describe("type checks", () => {
  it("the runtime folder alone compiles with zero errors under both compilers", { timeout: 60_000 }, async () => {
    const project = await isolatedRuntime("isolated");
    const results = await Promise.all(Object.entries(compilers).map(async ([name, bin]) => ({ name, ...(await runTsc(bin, project)) })));
    for (const result of results) {
      expect(result.output, result.name).toBe("");
      expect(result.code, result.name).toBe(0);
    }
  });

  it("the isolated check does catch errors (no false green)", { timeout: 60_000 }, async () => {
    const project = await isolatedRuntime("broken", {
      "broken.ts": 'export enum Color { Red }\nexport const n: number = "x";\nexport const b = Buffer.from("x");\n',
    });
    const { code, output } = await runTsc(compilers["tsc 7 (native)"], project);
    expect(code).not.toBe(0);
    expect(output).toMatch(/TS1294/); // enum: not erasable syntax
    expect(output).toMatch(/TS2322/); // the type error
    expect(output).toMatch(/Cannot find name 'Buffer'/); // no Node types leak in
  });

  it("ApiPromise, PagePromise and EventStream types flow as expected (fixtures/type-usage.ts)", { timeout: 60_000 }, async () => {
    const project = join(workDir, "tsconfig.type-usage.json");
    const options = { ...strictOptions, noUnusedLocals: false };
    await writeFile(project, JSON.stringify({ compilerOptions: options, files: [join(root, "test/runtime/fixtures/type-usage.ts")] }, null, 2));
    const results = await Promise.all(Object.entries(compilers).map(async ([name, bin]) => ({ name, ...(await runTsc(bin, project)) })));
    for (const result of results) {
      expect(result.output, result.name).toBe("");
      expect(result.code, result.name).toBe(0);
    }
  });

  it("the runtime imports only its own files, with .js specifiers", async () => {
    for (const file of await readdir(runtimeDir)) {
      if (!file.endsWith(".ts")) continue;
      const text = await readFile(join(runtimeDir, file), "utf8");
      const specifiers = [...text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\s*\(\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
      for (const specifier of specifiers) expect(specifier, `${file}: ${specifier}`).toMatch(/^\.\/[\w-]+\.js$/);
    }
  });
});
