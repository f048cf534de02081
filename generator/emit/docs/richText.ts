// Spec prose → a small document tree, so the docs can print it as Markdown or HTML without ever
// passing spec text through as markup.
//
// Auth0's descriptions mix CommonMark (paragraphs, `- ` lists, fenced code, `**bold**`, `[x](y)`,
// backtick code) with a handful of HTML tags (`<a href>`, `<code>`, `<b>`, `<i>`, `<br>`, `<ul><li>`)
// and angle-bracket placeholders that are not HTML at all (`https://<tenant>.auth0.com`). This parser
// recognises exactly those constructs and keeps everything else as literal text; the renderers
// escape every text node, so nothing in a description can become markup it did not ask to be.

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "code"; text: string }
  | { kind: "strong"; children: Inline[] }
  | { kind: "em"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] }
  | { kind: "break" };

export type Block =
  | { kind: "paragraph"; content: Inline[] }
  | { kind: "code"; language: string; text: string }
  | { kind: "list"; ordered: boolean; items: Inline[][] };

export type RichText = Block[];

/** Parses each distinct text once: descriptions repeat across pages (a component's on every page showing it). */
export class RichTextCache {
  private readonly parsed = new Map<string, RichText>();

  parse(text: string | undefined): RichText {
    if (!text || text.trim() === "") return [];
    let doc = this.parsed.get(text);
    if (!doc) this.parsed.set(text, (doc = parseRichText(text)));
    return doc;
  }
}

/** Parses spec prose. Always succeeds: what it does not recognise stays text. */
export function parseRichText(source: string): RichText {
  const lines = source.replace(/\r\n?|\u2028|\u2029/g, "\n").split("\n");
  const blocks: Block[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0) blocks.push(...chunkBlocks(chunk));
    chunk = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const fence = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]);
    if (fence) {
      flush();
      const close = lines.findIndex((line, j) => j > i && line.trim().startsWith(fence[1]));
      const end = close < 0 ? lines.length : close;
      blocks.push({ kind: "code", language: fence[2], text: lines.slice(i + 1, end).join("\n") });
      i = end;
      continue;
    }
    if (lines[i].trim() === "") flush();
    else chunk.push(lines[i]);
  }
  flush();
  return blocks;
}

/** One blank-line-separated chunk: a paragraph, a Markdown list, or both (HTML lists split paragraphs). */
function chunkBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push(...inlineBlocks(paragraph.join(" ")));
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: "list", ordered: list.ordered, items: list.items.map((item) => trimInlines(parseInline(item))) });
    list = undefined;
  };
  for (const line of lines) {
    const item = /^\s*([-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]);
      endParagraph();
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(item[2]);
    } else if (list) {
      // CommonMark: a line right after a list item continues it (indented or not).
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/** Paragraph text → blocks: an HTML `<ul>`/`<ol>` inside it becomes a list between paragraphs. */
function inlineBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const listPattern = /<(ul|ol)\b[^>]*>([\s\S]*?)(?:<\/\1\s*>|$)/gi;
  let at = 0;
  for (const match of text.matchAll(listPattern)) {
    pushParagraph(blocks, text.slice(at, match.index));
    const items = match[2]
      .split(/<li\b[^>]*>/i)
      .map((item) => item.replace(/<\/li\s*>/gi, "").trim())
      .filter((item) => item !== "");
    if (items.length > 0) blocks.push({ kind: "list", ordered: match[1].toLowerCase() === "ol", items: items.map((item) => trimInlines(parseInline(item))) });
    at = match.index + match[0].length;
  }
  pushParagraph(blocks, text.slice(at));
  return blocks;
}

function pushParagraph(blocks: Block[], text: string): void {
  for (const part of text.split(/<\/?p\b[^>]*>/i)) {
    const content = trimInlines(parseInline(part));
    if (content.length > 0) blocks.push({ kind: "paragraph", content });
  }
}

/** Parses inline markup. Unclosed or unknown constructs stay literal text. */
export function parseInline(text: string): Inline[] {
  return new InlineParser(text).parse(undefined);
}

const HTML_OPEN: Record<string, "strong" | "em"> = { b: "strong", strong: "strong", i: "em", em: "em" };

class InlineParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** Parses until `close` (consumed) or the end of the text. */
  parse(close: string | undefined): Inline[] {
    const nodes: Inline[] = [];
    let buffer = "";
    const text = (t: string) => (buffer += t);
    const push = (node: Inline) => {
      if (buffer) nodes.push({ kind: "text", text: buffer });
      buffer = "";
      nodes.push(node);
    };
    const s = this.text;
    while (this.pos < s.length) {
      if (close !== undefined && s.startsWith(close, this.pos) && (close.startsWith("<") || this.canClose(close))) {
        this.pos += close.length;
        break;
      }
      const ch = s[this.pos];
      if (ch === "\\" && this.pos + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[this.pos + 1])) {
        text(s[this.pos + 1]);
        this.pos += 2;
      } else if (ch === "`") {
        const run = /^`+/.exec(s.slice(this.pos))![0];
        const end = s.indexOf(run, this.pos + run.length);
        if (end < 0) {
          text(run);
          this.pos += run.length;
        } else {
          push({ kind: "code", text: s.slice(this.pos + run.length, end).replace(/^ (.*) $/, "$1") });
          this.pos = end + run.length;
        }
      } else if (ch === "<") {
        const node = this.htmlTag();
        if (node) push(node);
        else {
          text("<");
          this.pos++;
        }
      } else if (ch === "[") {
        const link = /^\[([^\]\n]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(s.slice(this.pos));
        if (link) {
          this.pos += link[0].length;
          push({ kind: "link", href: link[2], children: parseInline(link[1]) });
        } else {
          text("[");
          this.pos++;
        }
      } else if (s.startsWith("**", this.pos) && this.canOpen(2) && s.indexOf("**", this.pos + 2) > this.pos + 2) {
        this.pos += 2;
        push({ kind: "strong", children: this.parse("**") });
      } else if ((ch === "_" || ch === "*") && this.canOpen(1) && this.hasCloser(ch)) {
        this.pos += 1;
        push({ kind: "em", children: this.parse(ch) });
      } else {
        text(ch);
        this.pos++;
      }
    }
    if (buffer) nodes.push({ kind: "text", text: buffer });
    return nodes;
  }

  /** The recognised HTML tags; anything else (e.g. `<tenant>`) is not a tag and stays text. */
  private htmlTag(): Inline | undefined {
    const rest = this.text.slice(this.pos);
    const br = /^<br\s*\/?>/i.exec(rest);
    if (br) {
      this.pos += br[0].length;
      return { kind: "break" };
    }
    const code = /^<code>([\s\S]*?)<\/code>/i.exec(rest);
    if (code) {
      this.pos += code[0].length;
      return { kind: "code", text: decodeEntities(code[1].replace(/<[^>]*>/g, "")) };
    }
    const anchor = /^<a\s+[^>]*?href\s*=\s*("([^"]*)"|'([^']*)')[^>]*>/i.exec(rest);
    if (anchor && /<\/a\s*>/i.test(rest)) {
      this.pos += anchor[0].length;
      const closeAt = this.text.toLowerCase().indexOf("</a", this.pos);
      const inner = this.text.slice(this.pos, closeAt);
      this.pos = this.text.indexOf(">", closeAt) + 1;
      return { kind: "link", href: decodeEntities(anchor[2] ?? anchor[3]), children: parseInline(inner) };
    }
    const open = /^<(b|strong|i|em)>/i.exec(rest);
    if (open && new RegExp(`</${open[1]}>`, "i").test(rest)) {
      this.pos += open[0].length;
      const tag = open[1].toLowerCase();
      const closeTag = new RegExp(`</${tag}>`, "i").exec(this.text.slice(this.pos))!;
      const inner = this.text.slice(this.pos, this.pos + closeTag.index);
      this.pos += closeTag.index + closeTag[0].length;
      return { kind: HTML_OPEN[tag], children: parseInline(inner) } as Inline;
    }
    return undefined;
  }

  /** Emphasis opens where the next character is not a space and the previous is not a word character. */
  private canOpen(width: number): boolean {
    const before = this.text[this.pos - 1];
    const after = this.text[this.pos + width];
    return after !== undefined && !/\s/.test(after) && (before === undefined || !/[A-Za-z0-9]/.test(before));
  }

  private canClose(close: string): boolean {
    const before = this.text[this.pos - 1];
    const after = this.text[this.pos + close.length];
    return before !== undefined && !/\s/.test(before) && (after === undefined || !/[A-Za-z0-9]/.test(after));
  }

  private hasCloser(ch: string): boolean {
    const pattern = new RegExp(`[^\\s]\\${ch}(?![A-Za-z0-9])`);
    return pattern.test(this.text.slice(this.pos + 1));
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" })[name]!);
}

function trimInlines(nodes: Inline[]): Inline[] {
  const out = [...nodes];
  while (out.length > 0 && (out[0].kind === "break" || (out[0].kind === "text" && out[0].text.trim() === ""))) out.shift();
  while (out.length > 0 && (out[out.length - 1].kind === "break" || (out[out.length - 1].kind === "text" && (out[out.length - 1] as { text: string }).text.trim() === ""))) out.pop();
  if (out[0]?.kind === "text") out[0] = { kind: "text", text: out[0].text.replace(/^\s+/, "") };
  const last = out[out.length - 1];
  if (last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text.replace(/\s+$/, "") };
  return out;
}
