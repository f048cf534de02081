// Prints parsed spec prose (richText.ts) as Markdown or as HTML. Text nodes are escaped, links keep
// only safe destinations, and nothing from the spec is ever emitted as raw markup.
import { escapeHtml, escapeLineStart, escapeMarkdown, markdownCode, markdownCodeBlock, markdownHref, safeHref } from "./escape.js";
import type { Block, Inline, RichText } from "./richText.js";

export function inlineToMarkdown(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case "text":
          return escapeMarkdown(node.text);
        case "code":
          return markdownCode(node.text);
        case "strong":
          return wrapMarkdown("**", inlineToMarkdown(node.children));
        case "em":
          return wrapMarkdown("_", inlineToMarkdown(node.children));
        case "break":
          return "<br>";
        case "link": {
          const label = inlineToMarkdown(node.children);
          const href = safeHref(node.href);
          return href === undefined || label === "" ? label : `[${label}](${markdownHref(href)})`;
        }
      }
    })
    .join("");
}

/** Emphasis markers only work around non-space text; otherwise print the text plain. */
function wrapMarkdown(marker: string, inner: string): string {
  const trimmed = inner.trim();
  return trimmed === "" ? inner : `${marker}${trimmed}${marker}`;
}

/** Blocks as Markdown; each list item stays on one line. */
export function richTextToMarkdown(text: RichText, indent = ""): string {
  return text
    .map((block) => blockToMarkdown(block, indent))
    .filter((b) => b !== "")
    .join(`\n\n`);
}

function blockToMarkdown(block: Block, indent: string): string {
  switch (block.kind) {
    case "paragraph":
      return indent + escapeLineStart(inlineToMarkdown(block.content));
    case "code":
      return markdownCodeBlock(block.text, block.language)
        .split("\n")
        .map((line) => (line === "" ? "" : indent + line))
        .join("\n");
    case "list":
      return block.items.map((item, i) => `${indent}${block.ordered ? `${i + 1}.` : "-"} ${escapeLineStart(inlineToMarkdown(item))}`).join("\n");
  }
}

export function inlineToHtml(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.kind) {
        case "text":
          return escapeHtml(node.text);
        case "code":
          return `<code>${escapeHtml(node.text)}</code>`;
        case "strong":
          return `<strong>${inlineToHtml(node.children)}</strong>`;
        case "em":
          return `<em>${inlineToHtml(node.children)}</em>`;
        case "break":
          return "<br>";
        case "link": {
          const label = inlineToHtml(node.children);
          const href = safeHref(node.href);
          return href === undefined ? label : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`;
        }
      }
    })
    .join("");
}

export function richTextToHtml(text: RichText): string {
  return text
    .map((block) => {
      switch (block.kind) {
        case "paragraph":
          return `<p>${inlineToHtml(block.content)}</p>`;
        case "code":
          return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${inlineToHtml(item)}</li>`).join("")}</${tag}>`;
        }
      }
    })
    .join("\n");
}
