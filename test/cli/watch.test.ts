// `gen --watch`: spawns the CLI on a copy of the embedded spec, edits the copy and a templates
// folder, and waits for the output to follow. Ends it with SIGINT.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GEN_BIN, tempDir } from "../helpers/cli.js";
import { EMBEDDED_SPEC } from "../helpers/paths.js";

interface Watcher {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once `test` holds for the output so far; fails after `timeoutMs`. */
  until(test: () => boolean, what: string, timeoutMs?: number): Promise<void>;
}

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function startWatch(...args: string[]): Watcher {
  const child = spawn(process.execPath, [GEN_BIN, "--watch", ...args]);
  running.push(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (err += chunk));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    until: async (test, what, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!test()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.\nstdout:\n${out}\nstderr:\n${err}`);
        if (child.exitCode !== null) throw new Error(`gen --watch exited (${child.exitCode}) while waiting for ${what}.\nstderr:\n${err}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("gen --watch", () => {
  it("regenerates when the spec changes, survives a broken spec, and stops on SIGINT", async () => {
    const dir = tempDir("gen-watch-");
    const spec = join(dir, "openapi.yaml");
    copyFileSync(EMBEDDED_SPEC, spec);
    const original = readFileSync(spec, "utf8");
    const out = join(dir, "client");
    const watch = startWatch("--spec", spec, "--out", out);

    await watch.until(() => watch.stderr().includes("Watching"), "the first generation");
    expect(watch.stdout()).toMatch(/^Generated client for 35 operations/);

    // A spec without GET /rules: the summary says an operation was removed.
    writeFileSync(spec, original.replace(/^ {2}\/rules:\n(?: {4}.*\n)+/m, ""));
    await watch.until(() => watch.stdout().includes("rules.list: operation removed"), "the regeneration after removing /rules");
    expect(watch.stdout()).toContain("Generated client for 34 operations");

    // A syntax error is reported; the watch goes on.
    writeFileSync(spec, "openapi: 3.1.0\ninfo: [unclosed\n");
    await watch.until(() => watch.stderr().includes("GEN_SYNTAX"), "the syntax error");
    expect(watch.child.exitCode).toBeNull();

    // Fixed again: the operation comes back.
    writeFileSync(spec, original);
    await watch.until(() => watch.stdout().includes("1 operation added"), "the regeneration after the fix");
    expect(count(watch.stdout(), "Generated client")).toBe(3);

    watch.child.kill("SIGINT");
    const code = await new Promise((resolve) => watch.child.once("exit", resolve));
    expect(code).toBe(0);
  });

  it("regenerates once for a burst of changes, and when a template changes", async () => {
    const dir = tempDir("gen-watch-");
    const spec = join(dir, "openapi.yaml");
    copyFileSync(EMBEDDED_SPEC, spec);
    const templates = join(dir, "templates");
    mkdirSync(join(templates, "client"), { recursive: true });
    const out = join(dir, "client");
    const watch = startWatch("--spec", spec, "--out", out, "--templates", templates);
    await watch.until(() => watch.stderr().includes("Watching"), "the first generation");

    // Five saves in a row (each one several file-system events) fall inside one 200 ms debounce
    // window: one regeneration.
    for (let i = 0; i < 5; i++) writeFileSync(spec, `${readFileSync(EMBEDDED_SPEC, "utf8")}\n# save ${i}\n`);
    await watch.until(() => count(watch.stdout(), "Generated client") === 2, "the regeneration after the burst");
    await sleep(800);
    expect(count(watch.stdout(), "Generated client")).toBe(2);

    // A template shadowing the built-in index.ts.
    writeFileSync(join(templates, "client/index.ts.hbs"), '// custom index\nexport { createClient } from "./client.js";\n');
    await watch.until(() => count(watch.stdout(), "Generated client") === 3, "the regeneration after the template change");
    expect(readFileSync(join(out, "index.ts"), "utf8")).toContain("// custom index");

    watch.child.kill("SIGINT");
    expect(await new Promise((resolve) => watch.child.once("exit", resolve))).toBe(0);
  });
});
