// `.genignore` in the output folder: generated files the user has taken over. gen never writes,
// overwrites or removes a path it matches, and leaves it out of the manifest and of `--check`.
//
// One glob per line (see globPattern.ts); blank lines and lines starting with `#` are skipped; a
// trailing `/` stands for a folder and everything in it; `!pattern` takes a path back. The last
// matching line wins. A pattern also matches everything inside a folder it matches.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { globToRegExp } from "./globPattern.js";

export const IGNORE_FILE = ".genignore";

export interface IgnoreRules {
  /** True when gen must leave this path (relative, POSIX) alone. */
  ignores(path: string): boolean;
}

interface Rule {
  pattern: RegExp;
  negated: boolean;
}

export function parseIgnoreRules(text: string): IgnoreRules {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negated = line.startsWith("!");
    const glob = (negated ? line.slice(1) : line).replace(/\/+$/, "");
    if (glob !== "") rules.push({ pattern: globToRegExp(glob), negated });
  }
  return {
    ignores(path: string): boolean {
      const candidates = pathAndParents(path);
      let ignored = false;
      for (const rule of rules) if (candidates.some((p) => rule.pattern.test(p))) ignored = !rule.negated;
      return ignored;
    },
  };
}

export async function readIgnoreRules(outDir: string): Promise<IgnoreRules> {
  try {
    return parseIgnoreRules(await readFile(join(outDir, IGNORE_FILE), "utf8"));
  } catch {
    return parseIgnoreRules("");
  }
}

/** `a/b/c.ts` → [`a/b/c.ts`, `a/b`, `a`]: a rule naming a folder covers what is inside it. */
function pathAndParents(path: string): string[] {
  const parts = path.split("/");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("/"));
}
