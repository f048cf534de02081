// Regenerating into a folder that already holds output: only what changed is written, what is no
// longer produced is removed, hand edits and files gen never wrote are left alone, `.genignore`
// hands files over to the user, and a summary says what changed in the client's surface.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contents, embeddedSpecVariant, mtimes, runGen, tempDir } from "../helpers/cli.js";
import { EMBEDDED_SPEC } from "../helpers/paths.js";

function generated(spec = EMBEDDED_SPEC): string {
  const out = join(tempDir(), "client");
  const run = runGen("--spec", spec, "--out", out);
  expect(run.status, run.stderr).toBe(0);
  return out;
}

/** How many files the manifest says gen owns in `out`. */
function ownedFiles(out: string): number {
  return Object.keys(JSON.parse(readFileSync(join(out, ".gen-manifest.json"), "utf8")).files).length;
}

const withoutRules = () =>
  embeddedSpecVariant((doc) => {
    delete doc.paths["/rules"];
  });

describe("regeneration", () => {
  it("rewrites nothing when nothing changed: every file keeps its bytes and mtime", () => {
    const out = generated();
    const [before, times] = [contents(out), mtimes(out)];
    const run = runGen("--out", out);
    // Nothing to do: no input changed and every file is as written, so nothing is even generated.
    expect(run.stdout).toBe(`${out} is up to date: no input changed since the last run (${ownedFiles(out)} files).\n`);
    expect(contents(out)).toEqual(before);
    expect(mtimes(out)).toEqual(times);
    // --force generates again: the same bytes, still nothing rewritten.
    const forced = runGen("--out", out, "--force");
    expect(forced.stdout).toMatch(new RegExp(`: 0 added, 0 changed, 0 removed, ${ownedFiles(out)} unchanged\\.\nAPI surface unchanged\\.\n$`));
    expect(mtimes(out)).toEqual(times);
  });

  it("after a one-operation change, rewrites only the file holding that operation", () => {
    const out = generated();
    const times = mtimes(out);
    const edited = embeddedSpecVariant((doc) => {
      doc.paths["/rules"].get.summary = "List every rule of the tenant";
    });
    const run = runGen("--spec", edited, "--out", out);
    expect(run.stdout).toContain(`: 0 added, 1 changed, 0 removed, ${ownedFiles(out) - 1} unchanged.`);
    const now = mtimes(out);
    const rewritten = Object.keys(now).filter((p) => now[p] !== times[p]);
    // The manifest records the new hash; a doc-only change leaves the stored surface alone.
    expect(rewritten.sort()).toEqual([".gen-manifest.json", "resources/Rules.ts"]);
    expect(readFileSync(join(out, "resources/Rules.ts"), "utf8")).toContain("List every rule of the tenant");
  });

  it("removes files it no longer produces", () => {
    const out = generated();
    expect(existsSync(join(out, "resources/Rules.ts"))).toBe(true);
    const run = runGen("--spec", withoutRules(), "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/, 1 removed,/);
    expect(existsSync(join(out, "resources/Rules.ts"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, ".gen-manifest.json"), "utf8"));
    expect(manifest.files["resources/Rules.ts"]).toBeUndefined();
  });

  it("refuses to overwrite or remove hand-edited files and names every one of them", () => {
    const out = generated();
    writeFileSync(join(out, "types.ts"), "// mine\n");
    writeFileSync(join(out, "resources/Rules.ts"), "// mine too\n");
    const run = runGen("--spec", withoutRules(), "--out", out);
    expect(run.status).toBe(7);
    expect(run.stderr).toMatch(/GEN_HAND_EDITED[\s\S]*\n {4}resources\/Rules\.ts\n {4}types\.ts[\s\S]*hint:.*\.genignore.*--force/);
    // Nothing was written: not the edited files, not the others.
    expect(readFileSync(join(out, "types.ts"), "utf8")).toBe("// mine\n");
    expect(readFileSync(join(out, "resources/Rules.ts"), "utf8")).toBe("// mine too\n");
    const check = runGen("--check", "--spec", withoutRules(), "--out", out);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("  resources/Rules.ts\n  types.ts\n");
  });

  it("never touches files it did not write, even with --force", () => {
    const out = generated();
    mkdirSync(join(out, "custom"));
    const mine = { "extra.ts": "export const extra = 1;\n", "resources/Custom.ts": "export class Custom {}\n", "custom/notes.md": "# notes\n" };
    for (const [path, text] of Object.entries(mine)) writeFileSync(join(out, path), text);
    const times = mtimes(out);
    const run = runGen("--spec", withoutRules(), "--out", out, "--force");
    expect(run.status).toBe(0);
    for (const [path, text] of Object.entries(mine)) {
      expect(readFileSync(join(out, path), "utf8")).toBe(text);
      expect(mtimes(out)[path]).toBe(times[path]);
    }
    expect(runGen("--check", "--spec", withoutRules(), "--out", out).status).toBe(0);
  });
});

describe(".genignore", () => {
  it("keeps the files it lists as the user left them, and --check agrees", () => {
    const out = generated();
    writeFileSync(join(out, ".genignore"), "# taken over by hand\nresources/Users.ts\nruntime/retry.ts\n");
    writeFileSync(join(out, "resources/Users.ts"), "// my own Users\n");
    rmSync(join(out, "runtime/retry.ts"));
    const owned = ownedFiles(out);
    const run = runGen("--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`: 0 added, 0 changed, 0 removed, ${owned - 2} unchanged, 2 kept by .genignore.`);
    expect(readFileSync(join(out, "resources/Users.ts"), "utf8")).toBe("// my own Users\n");
    expect(existsSync(join(out, "runtime/retry.ts"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, ".gen-manifest.json"), "utf8"));
    expect(Object.keys(manifest.files)).not.toContain("resources/Users.ts");
    expect(runGen("--check", "--out", out).status).toBe(0);
  });

  it("keeps a listed file the spec no longer produces", () => {
    const out = generated();
    writeFileSync(join(out, ".genignore"), "resources/R*.ts\n");
    const run = runGen("--spec", withoutRules(), "--out", out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, "resources/Rules.ts"))).toBe(true);
  });

  it("hands a file back once its line is gone: an edited one is then a conflict", () => {
    const out = generated();
    writeFileSync(join(out, ".genignore"), "client.ts\n");
    writeFileSync(join(out, "client.ts"), "// mine\n");
    expect(runGen("--out", out).status).toBe(0);
    writeFileSync(join(out, ".genignore"), "");
    const run = runGen("--out", out);
    expect(run.status).toBe(7);
    expect(run.stderr).toContain("    client.ts");
  });
});

describe("protected regions", () => {
  it("carry the user's code in a region a --templates override declares across regenerations", () => {
    const templates = tempDir("gen-templates-");
    mkdirSync(join(templates, "client"));
    const index = (extra: string) =>
      `// Generated index${extra}\nexport { createClient } from "./client.js";\n// gen:keep-start exports\n// gen:keep-end\n`;
    writeFileSync(join(templates, "client/index.ts.hbs"), index(""));
    const out = join(tempDir(), "client");
    expect(runGen("--out", out, "--templates", templates).status).toBe(0);

    const mine = 'export { extra } from "../extra.js";\n';
    const path = join(out, "index.ts");
    writeFileSync(path, readFileSync(path, "utf8").replace("// gen:keep-end", `${mine}// gen:keep-end`));
    expect(runGen("--check", "--out", out, "--templates", templates).status).toBe(0);

    writeFileSync(join(templates, "client/index.ts.hbs"), index(" (v2)"));
    const run = runGen("--out", out, "--templates", templates);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(`// Generated index (v2)\nexport { createClient } from "./client.js";\n// gen:keep-start exports\n${mine}// gen:keep-end\n`);
  });
});

describe("the surface summary after a regeneration", () => {
  it("says which operations were added and removed, and what breaks", () => {
    const out = generated(withoutRules());
    const added = runGen("--out", out);
    expect(added.stdout).toContain("API surface: operations 1 added, 0 removed, 0 changed; schemas 0 added, 0 removed, 0 changed. 0 breaking, 0 to review, 1 non-breaking; suggested version bump: minor.");
    expect(added.stdout).toContain("  non-breaking 1 operation added");
    const removed = runGen("--spec", withoutRules(), "--out", out);
    expect(removed.stdout).toContain("1 breaking, 0 to review, 0 non-breaking; suggested version bump: major.");
    expect(removed.stdout).toContain("  breaking     rules.list: operation removed: GET /rules");
  });

  it("prints nothing with --quiet, and still records the surface for the next run", () => {
    const out = generated(withoutRules());
    expect(runGen("--out", out, "--quiet").stdout).toBe("");
    // The quiet run (with rules) recorded its surface: going back without rules reports the removal.
    expect(runGen("--spec", withoutRules(), "--out", out).stdout).toContain("  breaking     rules.list: operation removed: GET /rules");
  });

  it("starts afresh when the stored surface is missing", () => {
    const out = generated();
    rmSync(join(out, ".gen-surface.json.gz"));
    const run = runGen("--spec", withoutRules(), "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("API surface");
    expect(existsSync(join(out, ".gen-surface.json.gz"))).toBe(true);
  });
});
