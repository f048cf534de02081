// Generated code stays safe whatever the spec says (test/hostile/hostileSpec.ts): the client and
// validators compile under TypeScript 5 and 7, no spec text runs when they are imported or used,
// no file carries a raw control character, and path values full of `/`, `..`, `?`, `#` reach the
// server as single encoded segments.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { TSC5, TSC7 } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";
import { hostileSpec } from "./hostileSpec.js";

const dir = mkdtempSync(join(tmpdir(), "gen-hostile-"));
const specFile = join(dir, "hostile.json");
writeFileSync(specFile, JSON.stringify(hostileSpec()));

function allFiles(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe.each(["client", "validators"] as const)("hostile spec, %s target", (target) => {
  let output: GeneratedOutput;
  beforeAll(async () => {
    output = await generateInto(specFile, target, target === "client" ? { options: { client: { validators: true } } } : {});
  }, 60_000);

  it("type-checks under TypeScript 7 and 5", () => {
    for (const tsc of [TSC7, TSC5]) {
      const { status, output: log } = typeCheck(tsc, output.dir);
      expect(log).toBe("");
      expect(status).toBe(0);
    }
  }, 120_000);

  it("writes no NUL byte or raw control character, and no spec text outside comments and string literals", () => {
    for (const file of allFiles(output.dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/);
      // Spec text appears only inside comments and string literals: the payload's identifier is
      // never a code token (the TypeScript scanner tells tokens apart).
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.Identifier && scanner.getTokenText() === "__pwned") throw new Error(`${file}: spec text became code at ${scanner.getTokenStart()}`);
      }
    }
  });

  it("runs no spec text when imported and used", async () => {
    delete (globalThis as any).__pwned;
    const module = await import(pathToFileURL(join(output.dir, "index.ts")).href);
    if (target === "validators") {
      expect(module.isWeird_Name_v2 ?? module.isWeirdNameV2).toBeTypeOf("function");
      for (const [name, fn] of Object.entries<any>(module)) if (name.startsWith("validate")) fn({ default: "x" });
    } else {
      const client = module.createClient({ baseUrl: "http://127.0.0.1:9", token: "t" });
      expect(client).toBeDefined();
    }
    expect((globalThis as any).__pwned).toBeUndefined();
  });
});

describe("hostile spec on the wire", () => {
  let server: LoopbackServer;
  let client: any;
  beforeAll(async () => {
    server = await startLoopbackServer();
    const output = await generateInto(specFile, "client", { options: { client: { validators: true } } });
    const module = await import(pathToFileURL(join(output.dir, "index.ts")).href);
    client = module.createClient({ baseUrl: server.url, token: "t", validate: "both" });
  }, 60_000);
  afterAll(() => server.close());

  it("keeps path values with / .. ? # as one encoded segment each, under groups named like Object.prototype members", async () => {
    server.enqueue({ json: { default: "d", "x5t#S256": "t" } });
    const result = await client.constructor_.prototype.delete("a/../b?c#d", "p.1", { "filter[name]": "x&y=z", class: ["p", "q"] });
    expect(result).toEqual({ default: "d", "x5t#S256": "t" });
    const request = server.last();
    expect(request.pathname).toBe("/things/a%2F..%2Fb%3Fc%23d/parts/p.1");
    expect(request.query.get("filter[name]")).toBe("x&y=z");
    expect(request.query.getAll("class")).toEqual(["p", "q"]);
    expect((globalThis as any).__pwned).toBeUndefined();
  });

  it("refuses a whole segment of `..` (it would climb the URL path) before sending", async () => {
    const error = await client.constructor_.prototype.delete("x", "..").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/must not be empty, "\." or "\.\."/);
  });
});
