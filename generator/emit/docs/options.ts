// Options of the docs target.

export const DOCS_FORMATS = ["markdown", "html", "both"] as const;
export type DocsFormat = (typeof DOCS_FORMATS)[number];

export interface DocsOptions {
  /**
   * `markdown`: pages as .md files; `html`: a self-contained static site; `both`: Markdown at the
   * root and the site under `site/`. Default: `markdown`.
   */
  format: DocsFormat;
}

export const DEFAULT_DOCS_OPTIONS: DocsOptions = { format: "markdown" };

/** Where the HTML site goes inside the output folder when both formats are written. */
export const SITE_FOLDER_WITH_MARKDOWN = "site";
