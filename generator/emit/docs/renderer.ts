// The two output formats behind one interface. The page views (views.ts) decide what a page says;
// a renderer decides only how each piece is written in its format, escaping every spec string.
import type { Lifecycle } from "../../ir/types.js";
import { escapeHtml, escapeMarkdown, markdownCode, markdownCodeBlock } from "./escape.js";
import type { FieldDoc, VariantDoc } from "./fields.js";
import { relativeHref, typePageId } from "./paths.js";
import { inlineToHtml, inlineToMarkdown, richTextToHtml, richTextToMarkdown } from "./renderText.js";
import type { Inline, RichText } from "./richText.js";
import type { Fact } from "./typeLabel.js";

export interface Renderer {
  /** The file extension, which is also the link extension. */
  readonly extension: "md" | "html";
  /** Plain text (spec or generated), escaped for inline use. */
  text(value: string): string;
  code(value: string): string;
  codeBlock(code: string, language: string): string;
  rich(text: RichText): string;
  inline(nodes: Inline[]): string;
  /** A link to another page; `label` is already rendered. */
  link(from: string, to: string, label: string, anchor?: string): string;
  strong(rendered: string): string;
  badge(lifecycle: Lifecycle | undefined, deprecated: boolean): string;
  facts(facts: Fact[]): string;
  fields(from: string, fields: FieldDoc[]): string;
  variants(from: string, variants: VariantDoc[]): string;
  /** A bulleted list of already-rendered items. */
  list(items: string[]): string;
  /** One paragraph of already-rendered inline content. */
  paragraph(rendered: string): string;
  /** Paragraph-level blocks, already rendered, joined. */
  blocks(parts: string[]): string;
}

const LIFECYCLE_LABELS: Record<Lifecycle, string> = { GA: "GA", EA: "Early access", beta: "Beta", deprecated: "Deprecated" };

/** Fields are GA unless they say otherwise, so only other stages get a badge there. */
function fieldBadge(r: Renderer, lifecycle: Lifecycle | undefined, deprecated: boolean): string {
  return r.badge(lifecycle === "GA" ? undefined : lifecycle, deprecated);
}

function badgeText(lifecycle: Lifecycle | undefined, deprecated: boolean): string[] {
  const labels: string[] = [];
  if (lifecycle && lifecycle !== "deprecated") labels.push(LIFECYCLE_LABELS[lifecycle]);
  if (deprecated || lifecycle === "deprecated") labels.push("Deprecated");
  return labels;
}

export const markdownRenderer: Renderer = {
  extension: "md",
  text: escapeMarkdown,
  code: markdownCode,
  codeBlock: markdownCodeBlock,
  rich: (text) => richTextToMarkdown(text),
  inline: inlineToMarkdown,
  link: (from, to, label, anchor) => `[${label}](${relativeHref(from, to, "md", anchor)})`,
  strong: (rendered) => `**${rendered}**`,
  badge: (lifecycle, deprecated) =>
    badgeText(lifecycle, deprecated)
      .map((l) => `\`${l}\``)
      .join(" "),
  facts: (facts) => facts.map(markdownFact).join("\\\n"),
  fields: (from, fields) => markdownFields(from, fields, ""),
  variants: (from, variants) => markdownVariants(from, variants, ""),
  list: (items) => items.map((item) => `- ${item}`).join("\n"),
  paragraph: (rendered) => rendered,
  blocks: (parts) => parts.filter((p) => p !== "").join("\n\n"),
};

function markdownFact(fact: Fact): string {
  const values = fact.values.map(markdownCode).join(", ");
  return values ? `${escapeMarkdown(fact.label)}: ${values}` : escapeMarkdown(fact.label);
}

function markdownTypeLink(from: string, type: string, typeName: string | undefined): string {
  const label = markdownCode(type);
  if (!typeName) return label;
  return `${label} ([${escapeMarkdown(typeName)}](${relativeHref(from, typePageId(typeName), "md")}))`;
}

/**
 * Rendered field lists, per list and folder: field builders share the lists of a component across
 * pages, and links only depend on the folder a page sits in, so each list is printed once per folder.
 */
const renderedLists = new WeakMap<FieldDoc[], Map<string, string>>();

function renderedOnce(fields: FieldDoc[], from: string, variant: string, render: () => string): string {
  let byFolder = renderedLists.get(fields);
  if (!byFolder) renderedLists.set(fields, (byFolder = new Map()));
  const key = `${from.slice(0, from.lastIndexOf("/") + 1)}\u0000${variant}`;
  let text = byFolder.get(key);
  if (text === undefined) byFolder.set(key, (text = render()));
  return text;
}

function markdownFields(from: string, fields: FieldDoc[], indent: string): string {
  return renderedOnce(fields, from, `md${indent}`, () => fields.map((f) => markdownField(from, f, indent)).join("\n\n"));
}

/** One field as a loose list item: a head line, then its description, facts and nested fields. */
function markdownField(from: string, field: FieldDoc, indent: string): string {
  const head = [`**${markdownCode(field.name)}**`, markdownTypeLink(from, field.type, field.typeName), field.required ? "required" : "optional"];
  const badge = fieldBadge(markdownRenderer, field.lifecycle, field.deprecated);
  if (badge) head.push(badge);
  const inner = `${indent}  `;
  const parts = [`${indent}- ${head.join(" · ")}`];
  if (field.description.length > 0) parts.push(richTextToMarkdown(field.description, inner));
  if (field.facts.length > 0) parts.push(field.facts.map((f) => `${inner}${markdownFact(f)}`).join("\\\n"));
  for (const note of field.notes) parts.push(`${inner}${inlineToMarkdown(note)}`);
  if (field.collapsed && field.typeName) parts.push(`${inner}Fields: see [${escapeMarkdown(field.typeName)}](${relativeHref(from, typePageId(field.typeName), "md")}).`);
  if (field.children.length > 0) parts.push(markdownFields(from, field.children, inner));
  if (field.variants.length > 0) parts.push(markdownVariants(from, field.variants, inner));
  return parts.join("\n\n");
}

function markdownVariants(from: string, variants: VariantDoc[], indent: string): string {
  const inner = `${indent}  `;
  const items = variants.map((v) => {
    const title = v.typeName ? markdownRenderer.link(from, typePageId(v.typeName), escapeMarkdown(v.typeName)) : escapeMarkdown(v.title);
    const parts = [`${indent}- **One of:** ${title} · ${markdownCode(v.type)}`];
    if (v.description.length > 0) parts.push(richTextToMarkdown(v.description, inner));
    if (v.facts.length > 0) parts.push(v.facts.map((f) => `${inner}${markdownFact(f)}`).join("\\\n"));
    if (v.children.length > 0) parts.push(markdownFields(from, v.children, inner));
    return parts.join("\n\n");
  });
  return items.join("\n\n");
}

export const htmlRenderer: Renderer = {
  extension: "html",
  text: escapeHtml,
  code: (value) => `<code>${escapeHtml(value)}</code>`,
  codeBlock: (code, language) => `<pre class="code"><code class="language-${escapeHtml(language)}">${escapeHtml(code)}</code></pre>`,
  rich: richTextToHtml,
  inline: inlineToHtml,
  link: (from, to, label, anchor) => `<a href="${escapeHtml(relativeHref(from, to, "html", anchor))}">${label}</a>`,
  strong: (rendered) => `<strong>${rendered}</strong>`,
  badge: (lifecycle, deprecated) =>
    badgeText(lifecycle, deprecated)
      .map((l) => `<span class="badge badge-${escapeHtml(l.toLowerCase().replace(/\s+/g, "-"))}">${escapeHtml(l)}</span>`)
      .join(" "),
  facts: (facts) => (facts.length === 0 ? "" : `<ul class="facts">${facts.map((f) => `<li>${htmlFact(f)}</li>`).join("")}</ul>`),
  fields: (from, fields) =>
    fields.length === 0 ? "" : renderedOnce(fields, from, "html", () => `<ul class="fields">\n${fields.map((f) => htmlField(from, f)).join("\n")}\n</ul>`),
  variants: (from, variants) => htmlVariants(from, variants),
  list: (items) => `<ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`,
  paragraph: (rendered) => (rendered === "" ? "" : `<p>${rendered}</p>`),
  blocks: (parts) => parts.filter((p) => p !== "").join("\n"),
};

function htmlFact(fact: Fact): string {
  const values = fact.values.map((v) => `<code>${escapeHtml(v)}</code>`).join(", ");
  return values ? `${escapeHtml(fact.label)}: ${values}` : escapeHtml(fact.label);
}

function htmlTypeLink(from: string, type: string, typeName: string | undefined): string {
  const label = `<code class="type">${escapeHtml(type)}</code>`;
  if (!typeName) return label;
  return `${label} <a class="type-link" href="${escapeHtml(relativeHref(from, typePageId(typeName), "html"))}">${escapeHtml(typeName)}</a>`;
}

function htmlField(from: string, field: FieldDoc): string {
  const badge = fieldBadge(htmlRenderer, field.lifecycle, field.deprecated);
  const head =
    `<div class="field-head"><code class="field-name">${escapeHtml(field.name)}</code> ${htmlTypeLink(from, field.type, field.typeName)}` +
    ` <span class="${field.required ? "required" : "optional"}">${field.required ? "required" : "optional"}</span>${badge ? ` ${badge}` : ""}</div>`;
  const parts = [head];
  if (field.description.length > 0) parts.push(`<div class="field-description">${richTextToHtml(field.description)}</div>`);
  if (field.facts.length > 0) parts.push(htmlRenderer.facts(field.facts));
  for (const note of field.notes) parts.push(`<p class="note">${inlineToHtml(note)}</p>`);
  if (field.collapsed && field.typeName) parts.push(`<p class="more">Fields: see <a href="${escapeHtml(relativeHref(from, typePageId(field.typeName), "html"))}">${escapeHtml(field.typeName)}</a>.</p>`);
  if (field.children.length > 0) {
    parts.push(`<details class="children"><summary>Show ${field.children.length} child attributes</summary>${htmlRenderer.fields(from, field.children)}</details>`);
  }
  if (field.variants.length > 0) parts.push(`<details class="children"><summary>Show ${field.variants.length} variants</summary>${htmlVariants(from, field.variants)}</details>`);
  return `<li class="field">${parts.join("")}</li>`;
}

function htmlVariants(from: string, variants: VariantDoc[]): string {
  if (variants.length === 0) return "";
  const items = variants.map((v) => {
    const title = v.typeName ? htmlRenderer.link(from, typePageId(v.typeName), escapeHtml(v.typeName)) : escapeHtml(v.title);
    const parts = [`<div class="field-head"><span class="one-of">One of</span> ${title} <code class="type">${escapeHtml(v.type)}</code></div>`];
    if (v.description.length > 0) parts.push(`<div class="field-description">${richTextToHtml(v.description)}</div>`);
    if (v.facts.length > 0) parts.push(htmlRenderer.facts(v.facts));
    if (v.children.length > 0) parts.push(htmlRenderer.fields(from, v.children));
    return `<li class="variant">${parts.join("")}</li>`;
  });
  return `<ul class="variants">\n${items.join("\n")}\n</ul>`;
}
