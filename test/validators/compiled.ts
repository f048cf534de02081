// Generates the validators target and compiles it to JavaScript with the native TypeScript
// compiler, so tests import exactly what users would run.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateInto, type GeneratedOutput } from "../helpers/generated.js";
import { TSC7 } from "../helpers/paths.js";

export interface CompiledValidators {
  output: GeneratedOutput;
  /** The generated index.ts module, compiled. */
  module: Record<string, any>;
}

export async function compileValidators(spec: string): Promise<CompiledValidators> {
  const output = await generateInto(spec, "validators");
  writeFileSync(
    join(output.dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, lib: ["ES2022", "DOM"], types: [], outDir: "js" },
      include: ["*.ts"],
    }),
  );
  writeFileSync(join(output.dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const run = spawnSync(process.execPath, [TSC7, "-p", output.dir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`tsc failed on the generated validators:\n${run.stdout}${run.stderr}`);
  const module = await import(pathToFileURL(join(output.dir, "js", "index.js")).href);
  return { output, module };
}
