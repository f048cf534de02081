// `gen --watch` with a config file: edits to the config and to a hook module regenerate.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { GEN_BIN } from "../helpers/cli.js";
import { project } from "./runGenIn.js";

const running: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function until(test: () => boolean, what: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("regenerates when the config or a hook changes", async () => {
  const config = (method: string) => ({ flavours: { ga: { targets: ["client"], out: "sdk", naming: { methods: { get_users: method } }, hooks: ["./hook.mjs"] } } });
  const hook = (title: string) => `export function transform(ir) { ir.info.title = ${JSON.stringify(title)}; }`;
  const dir = project({ "gen.config.json": config("listAll"), "hook.mjs": hook("First") });
  const child = spawn(process.execPath, [GEN_BIN, "--watch"], { cwd: dir });
  running.push(child);
  let out = "";
  child.stdout.on("data", (chunk) => (out += chunk));
  child.stderr.on("data", (chunk) => (out += chunk));
  const users = () => readFileSync(join(dir, "sdk/resources/Users.ts"), "utf8");
  const client = () => readFileSync(join(dir, "sdk/client.ts"), "utf8");

  await until(() => out.includes("Watching"), "the first generation", () => out);
  expect(out).toContain(join(dir, "gen.config.json"));
  expect(users()).toContain("listAll(");

  writeFileSync(join(dir, "gen.config.json"), JSON.stringify(config("everyone")));
  await until(() => out.split("Generated client").length === 3, "the regeneration after the config edit", () => out);
  expect(users()).toContain("everyone(");

  writeFileSync(join(dir, "hook.mjs"), hook("Second"));
  await until(() => out.split("Generated client").length === 4, "the regeneration after the hook edit", () => out);
  expect(client()).toContain("A client for Second");

  child.kill("SIGINT");
  expect(await new Promise((resolve) => child.once("exit", resolve))).toBe(0);
});
