// The HTML site in headless Chromium (Debian's `chromium`, driven by playwright-core), opened from
// file:// as a reader would open a downloaded copy: search finds "sso ticket", the first result is
// the POST /self-service-profiles/{id}/sso-ticket page, which shows the method, the path and the
// body fields; nothing is fetched from the network; nothing overflows a 375 px wide phone screen.
// Saves a screenshot under output-samples/ for review.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH0_SPEC, REPO_ROOT } from "../helpers/paths.js";
import { writeDocs } from "./docsOutput.js";

const SCREENSHOT = join(REPO_ROOT, "output-samples/auth0-management-2026-06-25/docs-screenshot.png");

function chromiumPath(): string {
  const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).stdout.trim().split("\n")[0];
  if (!found) throw new Error("No `chromium` on PATH: install Debian's package (apt-get install -y chromium); .ci/run does this.");
  return found;
}

let browser: Browser;
let page: Page;
let siteDir: string;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ dir: siteDir } = await writeDocs(AUTH0_SPEC, "html"));
  // Root in a container has no user namespaces for Chromium's sandbox.
  browser = await chromium.launch({ executablePath: chromiumPath(), args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(String(error)));
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("the HTML docs site in Chromium", () => {
  it("searches 'sso ticket' from the index, follows the first result, and shows method, path and body fields", async () => {
    await page.goto(pathToFileURL(join(siteDir, "index.html")).href);
    // The navigation tree is built from the embedded index: one link per group.
    expect(await page.locator("#nav-tree a").count()).toBeGreaterThan(100);

    await page.fill("#search", "sso ticket");
    const results = page.locator("#search-results a");
    await results.first().waitFor();
    const first = await results.first().innerText();
    expect(first).toContain("POST /self-service-profiles/{id}/sso-ticket");
    expect(first).toContain("Create an access ticket");

    await results.first().click();
    await page.waitForURL(/\/api\/selfServiceProfiles\/ssoTicket\/create\.html$/);
    expect(await page.locator("h1").innerText()).toBe("Create an access ticket to initiate the Self-Service Enterprise Configuration flow");
    expect(await page.locator(".endpoint .method").innerText()).toBe("POST");
    expect(await page.locator(".endpoint .url").innerText()).toBe("https://{tenantDomain}/api/v2/self-service-profiles/{id}/sso-ticket");
    const bodyFields = await page.locator("#body > ul.fields > li.field > .field-head .field-name").allInnerTexts();
    expect(bodyFields).toEqual(
      expect.arrayContaining(["connection_id", "connection_config", "enabled_clients", "enabled_organizations", "ttl_sec", "domain_aliases_config", "provisioning_config"]),
    );
    expect(await page.locator("#body").innerText()).toContain("0 <= x <= 432000");
    expect(await page.locator("#examples").innerText()).toContain('await client.selfServiceProfiles.ssoTicket.create("id", {})');
    // The navigation marks the page's group.
    expect(await page.locator("#nav-tree a.current").allInnerTexts()).toEqual(["ssoTicket"]);

    mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it("reads at 375 px: no horizontal overflow, and the navigation opens from the menu button", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ["index.html", "api/selfServiceProfiles/ssoTicket/create.html", "api/clients/create.html", "types/Client.html"]) {
      await page.goto(pathToFileURL(join(siteDir, path)).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(375);
    }
    await page.click(".nav-toggle");
    await expect.poll(() => page.locator("#sidebar").evaluate((el) => el.getBoundingClientRect().left)).toBeGreaterThanOrEqual(0);
  });

  it("loads nothing but its own files and runs without script errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
