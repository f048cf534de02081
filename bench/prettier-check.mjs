#!/usr/bin/env node
// Prettier: does gen's TypeScript output pass `prettier --check`? gen formats what it writes
// (generator/format/prettier.ts), partly by its own layout rules rather than prettier, so this
// checks the whole Auth0 output the way a user's CI would.
//
//   node bench/prettier-check.mjs
//
// Generates `--target all` (client, validators, docs) and the client again with
// `--client-style functions` into bench/work/prettier/, then runs the repo's own prettier
// (node_modules/prettier, the one gen formats with) on every .ts file through its API: `check`
// with gen's PRETTIER_OPTIONS (read from dist/, so they cannot drift) plus `filepath`. The docs'
// Markdown is checked too, for information only: gen does not promise prettier-formatted Markdown.

import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { DEFAULT_SPEC, REPO, WORK, environment, environmentMarkdown, isMain, markdownTable } from "./common.mjs";
import { genCommandText, runGen } from "./gen-profile.mjs";

const DIR = join(WORK, "prettier");
const MAX_LISTED = 10;

/** The generations checked: gen arguments, and the output folders each writes by label. */
function generations(spec) {
  const all = join(DIR, "all");
  const functions = join(DIR, "client-functions");
  return [
    { args: ["--target", "all", "--spec", spec, "--out", all, "-q"], outputs: { client: join(all, "client"), validators: join(all, "validators"), docs: join(all, "docs") } },
    { args: ["--target", "client", "--client-style", "functions", "--spec", spec, "--out", functions, "-q"], outputs: { "client (functions)": functions } },
  ];
}

async function loadPrettier() {
  const entry = join(REPO, "node_modules", "prettier", "index.mjs");
  if (!existsSync(entry)) throw new Error("the repo's prettier is not installed (node_modules/prettier): run `npm ci`");
  const prettier = await import(pathToFileURL(entry).href);
  const { version } = JSON.parse(readFileSync(join(REPO, "node_modules", "prettier", "package.json"), "utf8"));
  return { prettier, version };
}

async function loadGenOptions() {
  const built = join(REPO, "dist", "format", "prettier.js");
  if (!existsSync(built)) throw new Error("gen is not built (dist/format/prettier.js is missing): run `npm run build` first");
  return (await import(pathToFileURL(built).href)).PRETTIER_OPTIONS;
}

const filesEndingIn = (dir, ext) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();

/**
 * prettier.check on every file, one after the other so the time is prettier's alone. A file
 * prettier cannot parse counts as failing (with the reason), not as a crash of the bench.
 */
async function checkFiles(prettier, files, options, root) {
  const failing = [];
  const start = performance.now();
  for (const file of files) {
    const name = relative(root, file);
    try {
      if (!(await prettier.check(readFileSync(file, "utf8"), { ...options, filepath: file }))) failing.push(name);
    } catch (err) {
      failing.push(`${name} (${String(err?.message ?? err).split("\n")[0]})`);
    }
  }
  return { checked: files.length, passing: files.length - failing.length, failing, ms: Math.round(performance.now() - start) };
}

export async function runPrettierCheck({ spec = DEFAULT_SPEC, log = console.error } = {}) {
  const { prettier, version } = await loadPrettier();
  const genOptions = await loadGenOptions();
  // Markdown needs its own parser: the same options with the parser left to prettier's inference.
  const { parser: _typescriptOnly, ...markdownOptions } = genOptions;
  rmSync(DIR, { recursive: true, force: true });

  const outputs = [];
  const commands = [];
  for (const generation of generations(spec)) {
    log(`prettier: ${genCommandText(generation.args)}`);
    runGen(generation.args);
    commands.push(genCommandText(generation.args));
    for (const [label, dir] of Object.entries(generation.outputs)) {
      log(`prettier: checking ${label}`);
      const ts = await checkFiles(prettier, filesEndingIn(dir, ".ts"), genOptions, dir);
      const markdown = await checkFiles(prettier, filesEndingIn(dir, ".md"), markdownOptions, dir);
      // Markdown is informational: keep a sample of its failures, not hundreds of names in RESULTS.json.
      markdown.failing = markdown.failing.slice(0, MAX_LISTED);
      outputs.push({ output: label, folder: relative(REPO, dir), ts, markdown });
    }
  }
  const tsFiles = outputs.reduce((n, o) => n + o.ts.checked, 0);
  const tsFailing = outputs.reduce((n, o) => n + o.ts.failing.length, 0);
  return { environment: environment(), prettierVersion: version, options: genOptions, commands, outputs, tsFiles, tsFailing, allPass: tsFiles > 0 && tsFailing === 0 };
}

const listed = (failing) => (failing.length === 0 ? "" : `${failing.slice(0, MAX_LISTED).map((f) => `\`${f}\``).join(", ")}${failing.length > MAX_LISTED ? `, … ${failing.length - MAX_LISTED} more` : ""}`);

export function prettierMarkdown(result) {
  const ts = [
    ["output", ".ts files", "passing", "failing", "prettier time"],
    ...result.outputs.filter((o) => o.ts.checked > 0).map((o) => [o.output, o.ts.checked, o.ts.passing, listed(o.ts.failing) || "none", `${(o.ts.ms / 1000).toFixed(2)} s`]),
  ];
  const withMarkdown = result.outputs.filter((o) => o.markdown.checked > 0);
  const md = [
    ["output", ".md files", "passing", "prettier time"],
    ...withMarkdown.map((o) => [o.output, o.markdown.checked, o.markdown.passing, `${(o.markdown.ms / 1000).toFixed(2)} s`]),
  ];
  return [
    "## Prettier check",
    "",
    `${environmentMarkdown(result.environment)} Load average at the start: ${result.environment.loadavg}.`,
    "",
    `\`prettier.check\` (prettier ${result.prettierVersion}, the repo's own) on every file gen wrote for the Auth0 document, with gen's \`PRETTIER_OPTIONS\` (\`${JSON.stringify(result.options)}\`) plus \`filepath\` — what \`prettier --check\` with no config file decides (the docs hold no .ts). Run from inside the repo, the prettier CLI would skip these files: prettier 3 ignores what \`.gitignore\` lists, \`bench/work/\` included. ${result.allPass ? `All ${result.tsFiles} .ts files pass.` : `**${result.tsFailing} of ${result.tsFiles} .ts files fail.**`}`,
    "",
    markdownTable(ts, (i) => i === 1 || i === 2 || i === 4),
    "",
    ...(withMarkdown.length
      ? ["Markdown, for information (gen does not promise prettier-formatted docs; the parser is inferred from the file name):", "", markdownTable(md), ""]
      : []),
    `Generated with ${result.commands.map((c) => `\`${c}\``).join(" and ")}; \`npm run build && node bench/run.mjs --only prettier\`.`,
  ].join("\n");
}

if (isMain(import.meta)) {
  console.log(prettierMarkdown(await runPrettierCheck()));
}
