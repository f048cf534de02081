// Generates the docs target in memory (and on disk when a test needs files), for the docs suites.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../../generator/pipeline.js";
import type { DocsFormat } from "../../generator/emit/docs/options.js";
import type { GeneratedFile } from "../../generator/emit/files.js";
import type { ApiModel } from "../../generator/ir/types.js";
import { writeOutput } from "../../generator/write/writeOutput.js";

export interface DocsOutput {
  model: ApiModel;
  files: Map<string, string>;
  /** The file's text; throws when the docs have no such file. */
  read(path: string): string;
}

export async function generateDocs(spec: string, format: DocsFormat = "markdown"): Promise<DocsOutput> {
  const result = await generate({ spec, targets: ["docs"], format: true, options: { docs: { format } } });
  const files = new Map(result.outputs.get("docs")!.map((f: GeneratedFile) => [f.path, f.contents]));
  return {
    model: result.model,
    files,
    read(path) {
      const text = files.get(path);
      if (text === undefined) throw new Error(`No docs file ${path}`);
      return text;
    },
  };
}

/** Writes generated docs into a fresh temporary folder, as the CLI would. */
export async function writeDocs(spec: string, format: DocsFormat): Promise<{ dir: string; output: DocsOutput }> {
  const output = await generateDocs(spec, format);
  const dir = mkdtempSync(join(tmpdir(), `gen-docs-${format}-`));
  const files = [...output.files].map(([path, contents]) => ({ path, contents }));
  await writeOutput(dir, files, { force: false, manifest: { generator: { name: "gen", version: "test" }, irVersion: output.model.irVersion, specHash: "", configHash: "" } });
  return { dir, output };
}

/** The fenced code blocks of a Markdown page with the given info string, in order. */
export function codeBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = [];
  const pattern = /^(`{3,})([\w+-]*)\n([\s\S]*?)\n\1$/gm;
  for (const match of markdown.matchAll(pattern)) if (match[2] === language) blocks.push(match[3]);
  return blocks;
}

/** The path of an operation's page. */
export function operationPagePath(operation: { groupPath: string[]; name: string }, extension = "md"): string {
  return `${["api", ...operation.groupPath, operation.name].join("/")}.${extension}`;
}
