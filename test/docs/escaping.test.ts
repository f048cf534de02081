// Spec text is data, never markup. A spec whose every string tries to break out (script tags,
// event-handler attributes, javascript: links, backticks that would close a code span, `</code>`,
// Markdown that would start a heading or a table, `*/`, quotes) is rendered as Markdown and as
// HTML; the only markup in the output is the generator's own, and the text still reads as written.
import { describe, expect, it } from "vitest";
import { emitDocs } from "../../generator/emit/docs/index.js";
import { escapeMarkdown, markdownCode, markdownCodeBlock } from "../../generator/emit/docs/escape.js";
import { inlineToHtml, inlineToMarkdown, richTextToHtml, richTextToMarkdown } from "../../generator/emit/docs/renderText.js";
import { parseInline, parseRichText } from "../../generator/emit/docs/richText.js";
import { loadTemplates } from "../../generator/emit/templates.js";
import { normalizeMini } from "../helpers/miniSpec.js";

const EVIL = `<script>alert("x")</script><img src=x onerror="alert(1)"> \`tick\`\` </code> [click](javascript:alert(1)) <a href="javascript:alert(2)">a</a> *em* _u_ # h | t | ' " & &amp; */ {{x}} \${y}`;

const { model } = normalizeMini({
  extra: { info: { title: `API ${EVIL}`, version: `1 ${EVIL}`, description: EVIL }, servers: [{ url: "https://{host}/v1", variables: { host: { default: `h${EVIL}`, description: EVIL } } }] },
  paths: {
    "/things/{id}": {
      post: {
        operationId: "post_thing",
        summary: `Create ${EVIL}`,
        description: `${EVIL}\n\n- item ${EVIL}\n\n\`\`\`js\n${EVIL}\n\`\`\`\n\n# heading ${EVIL}`,
        "x-operation-group": ["things"],
        "x-operation-name": "create",
        parameters: [
          { name: "id", in: "path", required: true, description: EVIL, schema: { type: "string", pattern: EVIL } },
          { name: "q", in: "query", description: EVIL, schema: { type: "string", enum: [EVIL, "b"], default: EVIL } },
        ],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
        responses: { "201": { description: EVIL, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } }, "400": { description: EVIL, "x-description-1": EVIL } },
      },
    },
  },
  schemas: {
    Thing: {
      type: "object",
      description: EVIL,
      required: [EVIL],
      properties: { [EVIL]: { type: "string", description: EVIL, default: EVIL, examples: [EVIL] }, plain: { type: "integer", minimum: 0, maximum: 5 } },
    },
  },
});
const files = emitDocs(model, loadTemplates("docs"), { format: "both" });

/** The tags of an HTML document: [name, attribute text]. */
function tags(html: string): Array<[string, string]> {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s[^<>]*)?)\/?>/g)].map((m) => [m[1].toLowerCase(), m[2]]);
}

const GENERATOR_TAGS = new Set("html head body meta title link script header nav main article section div p h1 h2 h3 ul ol li a code pre span strong em br details summary button input label".split(" "));
const GENERATOR_ATTRIBUTES = /^(class|id|href|rel|src|lang|charset|name|content|type|placeholder|autocomplete|spellcheck|role|hidden|aria-[a-z]+|data-root)$/;

describe("escaping in the HTML site", () => {
  const html = files.filter((f) => f.path.endsWith(".html"));

  it("writes pages for the hostile spec", () => {
    expect(html.map((f) => f.path).sort()).toEqual(["site/api/things/create.html", "site/api/things/index.html", "site/index.html", "site/types/Thing.html"]);
  });

  it("contains only the generator's own tags and attributes, and no javascript: URL", () => {
    for (const file of html) {
      for (const [name, attributes] of tags(file.contents)) {
        expect(GENERATOR_TAGS.has(name), `${file.path}: <${name}>`).toBe(true);
        for (const attribute of attributes.matchAll(/\s([^\s=]+)(?:=("[^"]*"|[^\s>]*))?/g)) {
          expect(attribute[1], `${file.path}: <${name} ${attribute[1]}>`).toMatch(GENERATOR_ATTRIBUTES);
          if (attribute[1] === "href") expect(attribute[2]).not.toMatch(/javascript:/i);
        }
      }
      expect(file.contents.match(/<script\b/g)?.length, file.path).toBe(2);
    }
  });

  it("shows the hostile text as text", () => {
    const page = html.find((f) => f.path === "site/api/things/create.html")!.contents;
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page).toContain("<title>Create &lt;script&gt;");
  });

  it("escapes the search index so no spec string can end its script", () => {
    const index = files.find((f) => f.path === "site/assets/search-index.js")!.contents;
    expect(index).not.toMatch(/</);
    const data = JSON.parse(index.slice(index.indexOf("=") + 1).trim().replace(/;$/, ""));
    expect(data.entries.some((e: string[]) => e[1] === `Create ${EVIL}`)).toBe(true);
  });
});

describe("escaping in Markdown", () => {
  const markdown = files.filter((f) => f.path.endsWith(".md"));

  /** The text a Markdown renderer reads as markup: everything outside code blocks and spans. */
  function outsideCode(text: string): string {
    return text.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, "").replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
  }

  it("leaves no raw HTML outside code, and no javascript: link", () => {
    for (const file of markdown) {
      const text = outsideCode(file.contents);
      expect([...text.matchAll(/(?<!\\)<(?!br>)[^\n]{0,20}/g)].map((m) => m[0]), file.path).toEqual([]);
      expect(text, file.path).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    }
  });

  it("keeps each spec line inside its paragraph: no heading or list opened by spec text", () => {
    const page = markdown.find((f) => f.path === "api/things/create.md")!.contents;
    const headings = page.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings.every((h) => /^(# Create |## |### )/.test(h))).toBe(true);
    expect(page).toContain("\\# heading");
  });
});

describe("rich text", () => {
  it("reads the HTML and Markdown the Auth0 descriptions use", () => {
    const text = 'See <a href="https://auth0.com/docs">the docs</a>, `code`, <code>x</code>, **bold**, <b>b</b>, <i>i</i>, [link](https://x.example).<br/>Next';
    expect(inlineToHtml(parseInline(text))).toBe(
      'See <a href="https://auth0.com/docs" rel="noopener noreferrer">the docs</a>, <code>code</code>, <code>x</code>, <strong>bold</strong>, <strong>b</strong>, <em>i</em>, <a href="https://x.example" rel="noopener noreferrer">link</a>.<br>Next',
    );
    expect(inlineToMarkdown(parseInline(text))).toBe("See [the docs](https://auth0.com/docs), `code`, `x`, **bold**, **b**, _i_, [link](https://x.example).<br>Next");
  });

  it("keeps placeholders that are not HTML as text", () => {
    expect(inlineToHtml(parseInline("https://<tenant>.auth0.com"))).toBe("https://&lt;tenant&gt;.auth0.com");
    expect(inlineToMarkdown(parseInline("https://<tenant>.auth0.com"))).toBe("https://\\<tenant\\>.auth0.com");
  });

  it("turns lists, HTML lists and fenced code into blocks", () => {
    const doc = parseRichText("Intro:\n- one\n- two\ncontinued\n\n```json\n{\"a\": 1}\n```\n\nA<ul><li>x</li><li>y</li></ul>B");
    expect(doc.map((b) => b.kind)).toEqual(["paragraph", "list", "code", "paragraph", "list", "paragraph"]);
    expect(richTextToHtml(doc)).toContain("<li>two continued</li>");
    expect(richTextToMarkdown(doc)).toContain('```json\n{"a": 1}\n```');
  });

  it("drops unsafe link targets but keeps the label", () => {
    expect(inlineToHtml(parseInline("[x](javascript:alert(1))"))).not.toContain("href");
    expect(inlineToMarkdown(parseInline('<a href="data:text/html,1">y</a>'))).toBe("y");
  });
});

describe("Markdown escapes", () => {
  it("escape what would be markup and keep snake_case readable", () => {
    expect(escapeMarkdown("a <b> *c* [d](e) | f ~g~ client_id _x_ &amp;")).toBe("a \\<b\\> \\*c\\* \\[d\\](e) \\| f \\~g\\~ client_id \\_x\\_ \\&amp;");
  });
  it("code spans and blocks cannot be closed early", () => {
    expect(markdownCode("a `b` c")).toBe("``a `b` c``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCodeBlock("```\nx\n```", "md")).toBe("````md\n```\nx\n```\n````");
  });
});
