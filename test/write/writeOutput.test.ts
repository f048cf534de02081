// The write stage in process: protected regions across regenerations, and what counts as a hand edit.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../generator/emit/files.js";
import { GenError } from "../../generator/diagnostics.js";
import { planWrite, readManifest, writeOutput } from "../../generator/write/writeOutput.js";
import { tempDir } from "../helpers/cli.js";

const manifest = { generator: { name: "gen", version: "test" }, irVersion: "1", specHash: "", configHash: "" };
const write = (dir: string, files: GeneratedFile[], force = false) => writeOutput(dir, files, { force, manifest });

/** A resource file as a template with a protected region would render it. */
const resource = (version: number, region = "") => ({
  path: "resources/Users.ts",
  contents: `// v${version}\nexport class Users {\n  // gen:keep-start methods\n${region}  // gen:keep-end\n}\n`,
});
const mine = "  hello() {\n    return 1;\n  }\n";

describe("protected regions across regenerations", () => {
  it("keeps the user's code in a region while the rest of the file is regenerated", async () => {
    const dir = tempDir();
    await write(dir, [resource(1)]);
    const path = join(dir, "resources/Users.ts");
    writeFileSync(path, resource(1, mine).contents);

    // Edits inside a region are not hand edits: nothing to do for the same input.
    const same = await planWrite(dir, [resource(1)], await readManifest(dir));
    expect(same).toMatchObject({ unchanged: ["resources/Users.ts"], changed: [], conflicts: [] });

    const plan = await write(dir, [resource(2)]);
    expect(plan.changed).toEqual(["resources/Users.ts"]);
    expect(readFileSync(path, "utf8")).toBe(resource(2, mine).contents);
  });

  it("still treats edits outside regions as hand edits", async () => {
    const dir = tempDir();
    await write(dir, [resource(1)]);
    writeFileSync(join(dir, "resources/Users.ts"), resource(1, mine).contents.replace("export class", "export default class"));
    await expect(write(dir, [resource(2)])).rejects.toThrowError(/GEN_HAND_EDITED[\s\S]*resources\/Users\.ts/);
  });

  it("refuses to drop a region with content that the new file no longer has, and names it", async () => {
    const dir = tempDir();
    await write(dir, [resource(1)]);
    writeFileSync(join(dir, "resources/Users.ts"), resource(1, mine).contents);
    const withoutRegion = { path: "resources/Users.ts", contents: "// v2\nexport class Users {}\n" };
    const error = await write(dir, [withoutRegion]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenError);
    expect((error as GenError).message).toContain("resources/Users.ts (protected region methods is no longer in the generated file)");
    // Nor may the file be removed while a region holds the user's code.
    await expect(write(dir, [])).rejects.toThrowError(/protected region methods/);
    // --force overwrites.
    await write(dir, [withoutRegion], true);
    expect(readFileSync(join(dir, "resources/Users.ts"), "utf8")).toBe(withoutRegion.contents);
  });

  it("treats a file whose markers were broken as edited by hand", async () => {
    const dir = tempDir();
    await write(dir, [resource(1)]);
    writeFileSync(join(dir, "resources/Users.ts"), resource(1, mine).contents.replace("  // gen:keep-end\n", ""));
    await expect(write(dir, [resource(2)])).rejects.toThrowError(/GEN_HAND_EDITED/);
  });
});
