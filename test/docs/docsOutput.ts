// Generates the docs target in memory (and on disk when a test needs files), for the docs suites.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelCustomization } from "../../generator/customize/index.js";
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

/** `customization`: a flavour's filters, naming and hooks, as a config would apply them. */
export async function generateDocs(spec: string, format: DocsFormat = "markdown", customization?: ModelCustomization): Promise<DocsOutput> {
  const result = await generate({ spec, targets: ["docs"], format: true, options: { docs: { format } }, ...(customization ? { customization } : {}) });
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

/** One operation page's TypeScript snippet. */
export interface Snippet {
  page: string;
  code: string;
}

/**
 * One module: the index's setup (import path pointed at the generated client), then each snippet
 * as the body of its own async function. `const checkN: NotThenable<typeof result> = result`
 * fails to compile when a snippet forgets `await`.
 */
export function snippetModule(setup: string, snippets: Snippet[]): string {
  const lines = [setup.replace(/from "\.\/client\/index\.js"/, 'from "./index.js"'), "", "type NotThenable<T> = T extends PromiseLike<unknown> ? never : T;", ""];
  snippets.forEach((snippet, i) => {
    lines.push(`// ${snippet.page}`, `export async function snippet${i}(): Promise<void> {`);
    lines.push(...snippet.code.split("\n").map((line) => (line === "" ? "" : `  ${line}`)));
    if (/^const result = /m.test(snippet.code)) lines.push("  const awaited: NotThenable<typeof result> = result;", "  void awaited;");
    if (/^const stream = /m.test(snippet.code)) lines.push("  const awaited: NotThenable<typeof stream> = stream;", "  void awaited;");
    lines.push("}", "");
  });
  return lines.join("\n");
}
