// The format stage skips prettier for blocks the emitters already lay out as prettier would
// (generator/format/prettier.ts). This checks that shortcut: every generated and runtime file of
// both sample specs must pass `prettier --check` with the options gen promises.
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { PRETTIER_OPTIONS } from "../../generator/format/prettier.js";
import { AUTH0_SPEC, EMBEDDED_SPEC } from "../helpers/paths.js";

describe.each([
  ["embedded", EMBEDDED_SPEC],
  ["auth0", AUTH0_SPEC],
])("%s client", (_name, spec) => {
  it("passes prettier --check, file by file", async () => {
    const result = await generate({ spec, targets: ["client"], format: true });
    const files = result.outputs.get("client")!.filter((f) => f.path.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    const unformatted: string[] = [];
    for (const file of files) if (!(await prettier.check(file.contents, { ...PRETTIER_OPTIONS, filepath: file.path }))) unformatted.push(file.path);
    expect(unformatted).toEqual([]);
  });
});
