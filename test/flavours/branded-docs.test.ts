// The branded docs flavour: `gen --target docs --docs-format html --templates
// flavours/branded-docs/templates` shadows three hook partials of the built-in page layout (extra
// <head>, the top bar's brand, a footer) and adds a stylesheet; nothing else is copied. Every page
// carries the brand, and spec text still reaches the pages escaped, the brand's own spots included.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { embeddedSpecVariant, listFiles, runGen, tempDir } from "../helpers/cli.js";
import { REPO_ROOT } from "../helpers/paths.js";

const FLAVOUR = join(REPO_ROOT, "flavours/branded-docs/templates");
const EVIL = `<script>alert("x")</script><img src=x onerror="alert(1)"> & "quotes"`;

let out: string;
let pages: string[];
const read = (path: string) => readFileSync(join(out, path), "utf8");

beforeAll(() => {
  const spec = embeddedSpecVariant((document) => {
    document.info.title = `Acme ${EVIL}`;
    document.paths["/users/{id}"].get.summary = `Get a user ${EVIL}`;
  });
  out = tempDir("gen-branded-docs-");
  const run = runGen("--target", "docs", "--docs-format", "html", "--spec", spec, "--out", out, "--templates", FLAVOUR, "--quiet");
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  pages = listFiles(out).filter((path) => path.endsWith(".html"));
}, 120_000);

describe("the flavour folder", () => {
  it("overrides only the layout's hook partials and adds a stylesheet", () => {
    expect(listFiles(FLAVOUR).sort()).toEqual([
      "docs/html/_html-brand.html.hbs",
      "docs/html/_html-footer.html.hbs",
      "docs/html/_html-head.html.hbs",
      "docs/html/assets/brand.css",
    ]);
  });
});

describe("branded pages", () => {
  it("brand every page: stylesheet, logo mark and name, footer", () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = read(page);
      const root = "../".repeat(page.split("/").length - 1);
      expect(html, page).toContain(`<link rel="stylesheet" href="${root}assets/docs.css">\n<link rel="stylesheet" href="${root}assets/brand.css">`);
      expect(html, page).toContain('<span class="brand-mark" aria-hidden="true">N</span><span class="brand-name">Northwind Developers</span>');
      expect(html, page).toMatch(/<footer class="brand-footer">[\s\S]*© Northwind Traders/);
    }
  });

  it("copies the brand's stylesheet beside the built-in one", () => {
    expect(read("assets/brand.css")).toBe(readFileSync(join(FLAVOUR, "docs/html/assets/brand.css"), "utf8"));
    expect(read("assets/docs.css")).toBe(readFileSync(join(REPO_ROOT, "templates/docs/html/assets/docs.css"), "utf8"));
  });
});

describe("escaping under the brand", () => {
  const ESCAPED_TITLE = "Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;";

  it("prints the spec's title escaped in the brand's spots and the <title>", () => {
    const html = read("index.html");
    expect(html).toContain(`<span class="brand-api">${ESCAPED_TITLE}</span>`);
    expect(html).toContain(`· ${ESCAPED_TITLE} reference ·`);
    expect(html).toContain(`<title>`);
    expect(html.match(/<title>[^<]*<\/title>/)?.[0]).toContain("&lt;script&gt;");
  });

  it("lets no spec markup through on any page: the only scripts are the site's own", () => {
    for (const page of pages) {
      const html = read(page);
      expect(html, page).not.toContain("<script>alert");
      expect(html, page).not.toContain("<img src=x");
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.every((tag) => /^<script src="(\.\.\/)*assets\/(search-index|docs)\.js">$/.test(tag)), page).toBe(true);
    }
    expect(read("api/users/get.html")).toContain("Get a user &lt;script&gt;");
  });
});
