// The format stage skips prettier for blocks the emitters already lay out as prettier would
// (generator/format/prettier.ts). This checks that shortcut: every generated and runtime file of
// both sample specs must pass `prettier --check` with the options gen promises.
//
// The generated checks under validators/ (schemas.ts, operations.ts, index.ts) are left to
// test/validators/prettier.test.ts, which checks the same files from the validators target (another
// ~15 s on Auth0 here would check them twice). Their hand-written helpers (runtime.ts, formats.ts)
// are checked here like everything else.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { PRETTIER_OPTIONS } from "../../generator/format/prettier.js";
import { AUTH0_SPEC, EMBEDDED_SPEC } from "../helpers/paths.js";
import { hostileSpec } from "../hostile/hostileSpec.js";

// The hostile spec (test/hostile) brings names, strings and comments no real spec has.
const hostileFile = join(mkdtempSync(join(tmpdir(), "gen-prettier-hostile-")), "hostile.json");
writeFileSync(hostileFile, JSON.stringify(hostileSpec()));

describe.each([
  ["embedded", EMBEDDED_SPEC, "classes"],
  ["auth0", AUTH0_SPEC, "classes"],
  ["hostile", hostileFile, "classes"],
  ["embedded", EMBEDDED_SPEC, "functions"],
  ["auth0", AUTH0_SPEC, "functions"],
  ["hostile", hostileFile, "functions"],
] as const)("%s client, %s style", (_name, spec, style) => {
  it("passes prettier --check, file by file", async () => {
    // With the optional validators embedded, so their helper files are checked too.
    const result = await generate({ spec, targets: ["client"], format: true, options: { client: { style, validators: true } } });
    const checkedElsewhere = /^validators\/(schemas|operations|index)\.ts$/;
    const files = result.outputs.get("client")!.filter((f) => f.path.endsWith(".ts") && !checkedElsewhere.test(f.path));
    expect(files.some((f) => f.path === "validators/runtime.ts")).toBe(true);
    expect(files.length).toBeGreaterThan(20);
    const unformatted: string[] = [];
    for (const file of files) if (!(await prettier.check(file.contents, { ...PRETTIER_OPTIONS, filepath: file.path }))) unformatted.push(file.path);
    expect(unformatted).toEqual([]);
  });
});
