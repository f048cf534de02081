// The shipped ga-browser flavour (flavours/gen.config.json): the functions client for Auth0
// without beta and early-access operations. Built through the CLI from the shipped flavour
// definition (paths made absolute, output into a temp folder); it type-checks under TypeScript 5
// and 7, exports one function per GA operation and none for the others, and works on the wire.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeCheck } from "../helpers/generated.js";
import { AUTH0_SPEC, REPO_ROOT, TSC5, TSC7 } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";

const shipped = JSON.parse(readFileSync(join(REPO_ROOT, "flavours/gen.config.json"), "utf8"));
const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
const operations = Object.values<any>(spec.paths).flatMap((item) => Object.values<any>(item).filter((op) => op?.operationId));
const early = operations.filter((op) => ["beta", "EA"].includes(op["x-release-lifecycle"]));

let out: string;
let server: LoopbackServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "gen-ga-browser-"));
  out = join(dir, "out");
  const config = { spec: AUTH0_SPEC, flavours: { "ga-browser": { ...shipped.flavours["ga-browser"], out } } };
  writeFileSync(join(dir, "gen.config.json"), JSON.stringify(config));
  const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin/gen.js"), "--flavour", "ga-browser", "--quiet"], { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  server = await startLoopbackServer();
}, 120_000);
afterAll(() => server?.close());

describe("ga-browser flavour", () => {
  it("is the functions style without the 61 beta and early-access operations", () => {
    expect(early).toHaveLength(61);
    const sources = readFileSync(join(out, "index.ts"), "utf8");
    expect(sources).toContain("./functions/");
    const all = spawnSync("grep", ["-rhoE", 'operationId: "[^"]+"', join(out, "functions")], { encoding: "utf8" }).stdout;
    const exported = new Set([...all.matchAll(/operationId: "([^"]+)"/g)].map((m) => m[1]));
    expect(exported.size).toBe(452 - 61);
    for (const op of early) expect(exported.has(op.operationId), op.operationId).toBe(false);
  });

  it("type-checks under TypeScript 7 and 5", () => {
    for (const tsc of [TSC7, TSC5]) {
      const { status, output } = typeCheck(tsc, out);
      expect(output).toBe("");
      expect(status).toBe(0);
    }
  }, 120_000);

  it("calls a GA operation on the wire", async () => {
    const client = await import(pathToFileURL(join(out, "index.ts")).href);
    server.enqueue({ json: { user_id: "auth0|1" } });
    const api = client.createClient({ baseUrl: server.url, token: "t" });
    expect(await client.usersGet(api, "auth0|1")).toEqual({ user_id: "auth0|1" });
    expect(server.last().pathname).toBe("/users/auth0%7C1");
  });
});
