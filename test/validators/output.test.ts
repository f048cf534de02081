// The validators target's output as a whole: a validator and a type guard for every component
// schema (counted with ts-morph over index.ts), strict type-checking under TypeScript 5 and 7 with
// the pickiest flags users turn on, and no NUL byte or raw control character in any file.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { Project } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInto, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, TSC5, TSC7 } from "../helpers/paths.js";

const STRICTEST = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: false,
  lib: ["ES2022", "DOM"],
  types: [],
};

function strictCheck(tsc: string, dir: string): { status: number | null; output: string } {
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: STRICTEST, include: ["**/*.ts"] }));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const run = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.each([
  ["embedded", EMBEDDED_SPEC, 103],
  ["auth0", AUTH0_SPEC, 2698],
])("%s validators", (_name, spec, schemaCount) => {
  let output: GeneratedOutput;
  beforeAll(async () => {
    output = await generateInto(spec, "validators");
  }, 60_000);

  it(`exports validateX and isX for all ${schemaCount} component schemas`, () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const index = project.createSourceFile("index.ts", output.read("index.ts"));
    const functions = index.getFunctions().filter((f) => f.isExported());
    const validators = functions.filter((f) => f.getName()!.startsWith("validate"));
    const guards = functions.filter((f) => f.getName()!.startsWith("is"));
    expect(output.model.schemas).toHaveLength(schemaCount);
    expect(validators.map((f) => f.getName()).sort()).toEqual(output.model.schemas.map((s) => `validate${s.typeName}`).sort());
    expect(guards.map((f) => f.getName()).sort()).toEqual(output.model.schemas.map((s) => `is${s.typeName}`).sort());
    // Each guard narrows to the generated type of the same name.
    for (const guard of guards) expect(guard.getReturnTypeNode()!.getText()).toBe(`value is T.${guard.getName()!.slice(2)}`);
  });

  it("contains no NUL byte and no raw control character (tab and LF aside) in any file", () => {
    const offenders = readdirSync(output.dir)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/.test(readFileSync(join(output.dir, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it.each([
    ["TypeScript 7", TSC7],
    ["TypeScript 5", TSC5],
  ])("type-checks under %s with strict, noUnused*, exactOptionalPropertyTypes, noUncheckedIndexedAccess", (_label, tsc) => {
    const { status, output: log } = strictCheck(tsc, output.dir);
    expect(log).toBe("");
    expect(status).toBe(0);
  }, 120_000);
});
