// `gen --target validators` from the command line: files written, the pattern fallback reported
// with its JSON pointer, exit 0.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUTH0_SPEC, REPO_ROOT } from "../helpers/paths.js";

describe("gen --target validators", () => {
  it("writes the validators for the Auth0 document and warns where the 3 patterns invalid under the u flag are compiled without it", () => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-cli-validators-")), "v");
    const run = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "gen.js"), "--target", "validators", "--spec", AUTH0_SPEC, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(0);
    for (const file of ["index.ts", "schemas.ts", "operations.ts", "runtime.ts", "formats.ts", "types.ts"]) expect(existsSync(join(out, file))).toBe(true);
    expect(run.stdout).toContain("Generated validators for 452 operations and 2698 schemas");
    const legacy = run.stderr.split("\n").filter((line) => line.startsWith("warning GEN_PATTERN_LEGACY"));
    // CENSUS §9.2: 3 distinct patterns, the first used by 3 schemas.
    expect(legacy.map((line) => line.split(" ")[3]).sort()).toEqual([
      "#/components/schemas/BrandingThemeFonts:",
      "#/components/schemas/BrandingThemePageBackground:",
      "#/components/schemas/BrandingThemeWidget:",
      "#/components/schemas/ConnectionNamePrefixTemplate:",
      "#/components/schemas/GetGuardianEnrollmentResponseContent:",
    ]);
    expect(new Set(legacy.map((line) => /The pattern (".*?")( \(\d+ characters\))? is invalid/.exec(line)![1])).size).toBe(3);
    // The 2,144-character URL pattern is cut short in the message; its pointer says where it is.
    expect(legacy.filter((line) => line.includes("(2144 characters)"))).toHaveLength(3);
    for (const line of legacy) expect(line.length).toBeLessThan(400);
  });
});
