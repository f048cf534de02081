// The validators target writes its check files already in prettier's layout and skips the
// prettier pass (generator/emit/validators/code/). This checks that promise the way a user's CI
// would: `prettier --check`, with the options gen formats everything else with, on every file of
// the validators output for the embedded spec, the Auth0 spec (5 MB of checks, ~15 s) and the
// hostile spec (names and strings no real spec has).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { PRETTIER_OPTIONS } from "../../generator/format/prettier.js";
import { AUTH0_SPEC, EMBEDDED_SPEC } from "../helpers/paths.js";
import { hostileSpec } from "../hostile/hostileSpec.js";

const hostileFile = join(mkdtempSync(join(tmpdir(), "gen-validators-prettier-")), "hostile.json");
writeFileSync(hostileFile, JSON.stringify(hostileSpec()));

/** A failing file and the first line where prettier would print something else. */
async function firstDifference(path: string, text: string): Promise<string> {
  const formatted = await prettier.format(text, { ...PRETTIER_OPTIONS, filepath: path });
  const ours = text.split("\n");
  const theirs = formatted.split("\n");
  let line = 0;
  while (line < ours.length && ours[line] === theirs[line]) line++;
  return `${path}:${line + 1}\n  gen:      ${JSON.stringify(ours[line])}\n  prettier: ${JSON.stringify(theirs[line])}`;
}

describe.each([
  ["embedded", EMBEDDED_SPEC],
  ["auth0", AUTH0_SPEC],
  ["hostile", hostileFile],
])("%s validators", (_name, spec) => {
  it("pass prettier --check, file by file", async () => {
    const result = await generate({ spec, targets: ["validators"], format: true });
    const files = result.outputs.get("validators")!.filter((f) => f.path.endsWith(".ts"));
    expect(files.map((f) => f.path).sort()).toEqual(["formats.ts", "index.ts", "operations.ts", "runtime.ts", "schemas.ts", "types.ts"]);
    const failures: string[] = [];
    for (const file of files) {
      if (!(await prettier.check(file.contents, { ...PRETTIER_OPTIONS, filepath: file.path }))) failures.push(await firstDifference(file.path, file.contents));
    }
    expect(failures, failures.join("\n")).toEqual([]);
  }, 180_000);
});
