// Generates a target into a fresh temporary folder, as the CLI would, for tests to inspect.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { generate, type GenerateRequest, type Target } from "../../generator/pipeline.js";
import { writeOutput } from "../../generator/write/writeOutput.js";
import type { ApiModel } from "../../generator/ir/types.js";

export interface GeneratedOutput {
  dir: string;
  model: ApiModel;
  read(path: string): string;
}

/** `extra`: more of the request (target options, a templates folder, `format: false`, a flavour's customization); `parent`: where the temporary folder goes. */
export async function generateInto(
  spec: string,
  target: Target = "client",
  extra: Partial<Pick<GenerateRequest, "options" | "templatesDir" | "format" | "customization">> = {},
  parent: string = tmpdir(),
): Promise<GeneratedOutput> {
  const result = await generate({ spec, targets: [target], format: true, ...extra });
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `gen-${target}-`));
  await writeOutput(dir, result.outputs.get(target)!, {
    force: false,
    manifest: { generator: { name: "gen", version: "test" }, irVersion: result.model.irVersion, specHash: result.specHash, configHash: "" },
  });
  return { dir, model: result.model, read: (path) => readFileSync(join(dir, path), "utf8") };
}

/** Runs a TypeScript compiler over a folder under `strict`, browser and ES2022 libs, no Node types. */
export function typeCheck(tsc: string, dir: string): { status: number | null; output: string } {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, lib: ["ES2022", "DOM"], types: [], skipLibCheck: false },
      include: ["**/*.ts"],
    }),
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const run = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
