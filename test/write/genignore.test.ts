// `.genignore` rules: which generated paths the user has taken over.
import { describe, expect, it } from "vitest";
import { parseIgnoreRules } from "../../generator/write/genignore.js";
import { globToRegExp } from "../../generator/write/globPattern.js";

describe("globToRegExp", () => {
  const rows: Array<[string, string, boolean]> = [
    ["*.ts", "index.ts", true],
    ["*.ts", "resources/Users.ts", true], // no slash: any depth
    ["resources/*.ts", "resources/Users.ts", true],
    ["resources/*.ts", "resources/sub/Users.ts", false], // `*` stays within a segment
    ["resources/**/*.ts", "resources/sub/Users.ts", true],
    ["resources/**/*.ts", "resources/Users.ts", true], // `**/` may match nothing
    ["/index.ts", "index.ts", true],
    ["/index.ts", "runtime/index.ts", false], // a leading slash anchors
    ["Users.ts", "resources/Users.ts", true],
    ["User?.ts", "resources/Users.ts", true],
    ["[UR]*.ts", "resources/Rules.ts", true],
    ["[!UR]*.ts", "resources/Rules.ts", false],
    ["types.d.ts", "typesXd.ts", false], // dots are literal
  ];
  it.each(rows)("%s on %s → %s", (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe("parseIgnoreRules", () => {
  const rules = parseIgnoreRules(["# comments and blank lines are skipped", "", "runtime/", "!runtime/errors.ts", "resources/Users.ts  ", "docs"].join("\n"));
  const rows: Array<[string, boolean]> = [
    ["runtime/retry.ts", true], // a folder line covers what is inside
    ["runtime/errors.ts", false], // a later `!` line takes a path back
    ["resources/Users.ts", true], // surrounding spaces are trimmed
    ["resources/UsersIdentities.ts", false],
    ["docs/guide/intro.md", true], // a name without a slash matches a folder at any depth
    ["index.ts", false],
  ];
  it.each(rows)("%s → %s", (path, expected) => {
    expect(rules.ignores(path)).toBe(expected);
  });

  it("ignores nothing when the file is empty or absent", () => {
    expect(parseIgnoreRules("").ignores("index.ts")).toBe(false);
  });

  it("accepts Windows line endings", () => {
    expect(parseIgnoreRules("a.ts\r\nb.ts\r\n").ignores("b.ts")).toBe(true);
  });
});
