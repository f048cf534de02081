// Formats generated TypeScript with prettier, in memory. The emitters already write code close
// to prettier's style; this pass makes it exact so the output passes `prettier --check`.
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/files.js";

/** Prettier's defaults, fixed (not read from the user's project) so output is reproducible and `prettier --check` passes. */
export const PRETTIER_OPTIONS: prettier.Options = { parser: "typescript" };

export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) =>
      /\.(ts|mts|cts)$/.test(file.path) ? { ...file, contents: await prettier.format(file.contents, PRETTIER_OPTIONS) } : file,
    ),
  );
}
