// Escaping for the two output formats. Every string that comes from the spec reaches a page
// through one of these functions (or through renderRichText, which uses them).

/** Text safe between HTML tags and inside double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/**
 * Text that CommonMark/GFM prints literally inside a line: no emphasis, links, HTML, entities or
 * table cells; `_` is escaped only where it could open or close emphasis, so `client_id` stays
 * readable. Where text may start a line, `escapeLineStart` handles `#`, `>`, `-` and `1.`.
 */
export function escapeMarkdown(text: string): string {
  // Most names and labels hold nothing to escape: one test instead of five replaces.
  if (!/[\r\n\u2028\u2029\\`*[\]<>|~&!_]/.test(text)) return text;
  const flat = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
  const escaped = flat
    .replace(/[\\`*[\]<>|~]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    .replace(/!(?=\\\[)/g, "\\!")
    .replace(/(^|[^A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (match) => match.replace("_", "\\_"));
  return escaped;
}

/** Escapes what would start a heading, quote, list or rule when it opens a line. */
export function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)(?:([#>+=-])|(\d+)([.)]))/, (_m, space: string, mark?: string, digits?: string, dot?: string) =>
    mark !== undefined ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
  );
}

/** An inline code span whose content is printed verbatim, whatever backticks it holds. */
export function markdownCode(text: string): string {
  // No backtick and no line break (nearly every type label): one backtick on each side.
  if (text !== "" && !/[`\r\n\u2028\u2029]/.test(text)) return text.startsWith(" ") && text.endsWith(" ") ? `\` ${text} \`` : `\`${text}\``;
  const flat = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");
  if (flat === "") return "` `";
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block that no line of `code` can close early. */
export function markdownCodeBlock(code: string, language: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/^\s*(`{3,})/gm)].map((m) => m[1].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language.replace(/[^\w+-]/g, "")}\n${code.replace(/\n+$/, "")}\n${fence}`;
}

/** Only web and mail links survive; `javascript:` and the like are dropped by the caller. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("//")) return undefined;
  return trimmed === "" ? undefined : trimmed;
}

/** A link destination for Markdown: characters that end or confuse the destination percent-encoded. */
export function markdownHref(href: string): string {
  return href.replace(/[\s()<>\\`"'[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
