// The docs target: IR → a reference in Markdown (a page per operation, per group and per type, an
// index and a single-file reference.md), an HTML site, or both.
import type { ApiModel } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { DEFAULT_DOCS_OPTIONS, SITE_FOLDER_WITH_MARKDOWN, type DocsOptions } from "./options.js";
import { buildDocsContent, type DocsContent } from "./pages.js";
import { REFERENCE_PAGE } from "./paths.js";
import { htmlRenderer, markdownRenderer, type Renderer } from "./renderer.js";
import { buildSiteData, siteDataScript } from "./searchIndex.js";
import { buildGroupView, buildIndexView, buildOperationView, buildReferenceView, buildTypeView } from "./views.js";

/** The site's static assets live under this folder of templates/docs/. */
const HTML_ASSETS = "html/assets/";

export function emitDocs(model: ApiModel, templates: TemplateSet, options: DocsOptions = DEFAULT_DOCS_OPTIONS): GeneratedFile[] {
  const content = buildDocsContent(model);
  const files: GeneratedFile[] = [];
  if (options.format === "markdown" || options.format === "both") files.push(...markdownFiles(content, templates));
  if (options.format === "html" || options.format === "both") {
    const prefix = options.format === "both" ? `${SITE_FOLDER_WITH_MARKDOWN}/` : "";
    files.push(...htmlFiles(content, templates).map((f) => ({ ...f, path: prefix + f.path })));
  }
  return files;
}

function pages(content: DocsContent, templates: TemplateSet, r: Renderer): GeneratedFile[] {
  const site = content.index.title;
  const ext = r.extension;
  const render = (template: string, pageId: string, view: unknown): GeneratedFile => ({
    path: `${pageId}.${ext}`,
    contents: normalizeNewlines(templates.render(`${ext === "md" ? "markdown" : "html"}/${template}.${ext}`, view)),
  });
  return [
    render("index", content.index.pageId, buildIndexView(content.index, r)),
    ...content.groups.map((g) => render("group", g.pageId, buildGroupView(g, r, site))),
    ...content.operations.map((o) => render("operation", o.pageId, buildOperationView(o, r, site))),
    ...content.types.map((t) => render("type", t.pageId, buildTypeView(t, r, site))),
  ];
}

function markdownFiles(content: DocsContent, templates: TemplateSet): GeneratedFile[] {
  const reference: GeneratedFile = {
    path: `${REFERENCE_PAGE}.md`,
    contents: normalizeNewlines(templates.render("markdown/reference.md", buildReferenceView(content, markdownRenderer))),
  };
  return [...pages(content, templates, markdownRenderer), reference];
}

function htmlFiles(content: DocsContent, templates: TemplateSet): GeneratedFile[] {
  const assets = templates
    .staticFiles()
    .filter((f) => f.path.startsWith(HTML_ASSETS))
    .map((f) => ({ ...f, path: `assets/${f.path.slice(HTML_ASSETS.length)}` }));
  const data: GeneratedFile = { path: "assets/search-index.js", contents: siteDataScript(buildSiteData(content)), verbatim: true };
  return [...pages(content, templates, htmlRenderer), ...assets, data];
}

/** Templates leave runs of blank lines where optional sections are empty; collapse them. */
function normalizeNewlines(text: string): string {
  return `${text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}
