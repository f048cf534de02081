// The HTML docs of the hostile spec in headless Chromium: every page opens without running any
// script from the spec (no `window.__pwned`, no dialog, no page error) and shows the hostile text
// as text.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeDocs } from "../docs/docsOutput.js";
import { hostileSpec } from "./hostileSpec.js";

function htmlPages(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? htmlPages(path) : name.endsWith(".html") ? [path] : [];
  });
}

let browser: Browser;
let siteDir: string;

beforeAll(async () => {
  const specFile = join(mkdtempSync(join(tmpdir(), "gen-hostile-docs-")), "hostile.json");
  writeFileSync(specFile, JSON.stringify(hostileSpec()));
  ({ dir: siteDir } = await writeDocs(specFile, "html"));
  const executablePath = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).stdout.trim().split("\n")[0]!;
  browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("hostile spec, HTML docs in Chromium", () => {
  it("runs no script from the spec on any page, and shows the spec's text as text", async () => {
    const pages = htmlPages(siteDir);
    expect(pages.length).toBeGreaterThan(5);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error}`));
    page.on("dialog", async (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      expect(await page.evaluate(() => (window as any).__pwned), file).toBeUndefined();
      // Only the generator's own scripts are on the page.
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src.split("/").pop() || `inline: ${s.textContent?.slice(0, 40)}`));
      for (const script of scripts) expect(script, file).toMatch(/^(docs\.js|search-index\.js)$/);
    }
    expect(problems).toEqual([]);
    // The operation page prints the hostile summary as text, including the script tags.
    const operationPage = pages.find((p) => /delete\.html$/.test(p))!;
    await page.goto(pathToFileURL(operationPage).href);
    expect(await page.locator("h1").innerText()).toContain("</script><script>globalThis.__pwned = true</script>");
  }, 120_000);
});
