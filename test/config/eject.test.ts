// `gen templates eject <target> <dir>`, and the README's worked example of an override: eject,
// edit one template, generate with --templates, see the change.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../helpers/cli.js";
import { REPO_ROOT } from "../helpers/paths.js";
import { project, runGenIn } from "./runGenIn.js";

describe("gen templates eject", () => {
  it("copies a target's built-in templates into <dir>/<target>/ and lists them", () => {
    const dir = project({});
    const run = runGenIn(dir, "templates", "eject", "docs", "my-templates");
    expect(run.status).toBe(0);
    const builtIn = listFiles(join(REPO_ROOT, "templates/docs"));
    expect(listFiles(join(dir, "my-templates/docs"))).toEqual(builtIn);
    expect(run.stdout).toContain(`Wrote ${builtIn.length} files to ${join(dir, "my-templates/docs")}:\n${builtIn.map((f) => `  ${f}\n`).join("")}`);
    expect(run.stdout).toContain("gen --target docs --templates my-templates");
  });

  it("refuses to overwrite (exit 7, nothing written) unless --force", () => {
    const dir = project({});
    expect(runGenIn(dir, "templates", "eject", "client", "t").status).toBe(0);
    const edited = join(dir, "t/client/client.ts.hbs");
    writeFileSync(edited, "my edit\n");
    const refused = runGenIn(dir, "templates", "eject", "client", "t");
    expect(refused.status).toBe(7);
    expect(refused.stderr).toMatch(/GEN_EJECT_EXISTS[\s\S]*Nothing was written[\s\S]*--force/);
    expect(readFileSync(edited, "utf8")).toBe("my edit\n");
    const forced = runGenIn(dir, "templates", "eject", "client", "t", "--force");
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("client.ts.hbs (overwritten)");
    expect(readFileSync(edited, "utf8")).toBe(readFileSync(join(REPO_ROOT, "templates/client/client.ts.hbs"), "utf8"));
  });

  it("refuses an unknown target", () => {
    const run = runGenIn(project({}), "templates", "eject", "kotlin", "t");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("GEN_UNKNOWN_TARGET");
  });

  it("the README example: eject, edit one template, generate with --templates, see the change", () => {
    const dir = project({});
    runGenIn(dir, "templates", "eject", "client", "my-templates");
    const template = join(dir, "my-templates/client/client.ts.hbs");
    writeFileSync(template, readFileSync(template, "utf8").replace("/** A client for {{{titleComment}}}.", "/** Acme's client for {{{titleComment}}}, built by the platform team."));
    const run = runGenIn(dir, "--templates", "my-templates", "--out", "sdk");
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "sdk/client.ts"), "utf8")).toContain("/** Acme's client for Acme Identity Management API, built by the platform team.");
  });
});
