// Page content (pages.ts) → the data each docs template receives, for one output format. Every
// string in a view is finished output for that format: escaped spec text, rendered links and
// lists. Templates only place these strings; the shapes are exported for template authors.
import type { Server } from "../../ir/types.js";
import type { FieldDoc } from "./fields.js";
import type { DocsContent, GroupPage, IndexPage, MethodSummary, OperationPage, ResponseDoc, SchemaBlock, TypePage } from "./pages.js";
import { anchorOf, INDEX_PAGE, operationPageId, REFERENCE_PAGE, rootPrefix, typePageId } from "./paths.js";
import type { Renderer } from "./renderer.js";
import type { Inline, RichText } from "./richText.js";

/** What every page view has, for the shared layout. */
export interface PageFrame {
  /** The page title as rendered text (escaped for the format). */
  title: string;
  /** The API title, for the HTML `<title>` and header. */
  siteTitle: string;
  /** Relative path to the site root (`../../`), for assets and links. */
  root: string;
  /** Breadcrumb links, rendered, or empty. */
  crumbs: string;
}

export interface Section {
  title: string;
  anchor: string;
  body: string;
}

export interface OperationView extends PageFrame {
  badges: string;
  description: string;
  /** The endpoint, e.g. `POST https://{tenantDomain}/api/v2/users`, as a code block. */
  endpoint: string;
  method: string;
  /** The method in lower case, for a CSS class. */
  methodClass: string;
  url: string;
  path: string;
  serverVariables: string;
  typescript: string;
  curl: string;
  sections: Section[];
  responses: Section[];
}

export interface GroupView extends PageFrame {
  accessPath: string;
  methods: string;
  children: Array<{ title: string; methods: string; grandchildren: string }>;
  domainTypes: string;
}

export interface TypeView extends PageFrame {
  badges: string;
  kind: string;
  description: string;
  facts: string;
  fields: string;
  variants: string;
  example: string;
  usedBy: string;
  referencedBy: string;
}

export interface IndexView extends PageFrame {
  version: string;
  description: string;
  baseUrl: string;
  serverVariables: string;
  setup: string;
  authorization: string;
  groups: string;
  rootMethods: string;
  operationCount: number;
  typeCount: number;
  /** Markdown only: a link to the single-file reference. */
  referenceLink: string;
}

export interface ReferenceView {
  title: string;
  setup: string;
  groups: Array<{ title: string; methods: Array<{ heading: string; body: string }> }>;
}

export function buildOperationView(page: OperationPage, r: Renderer, siteTitle: string): OperationView {
  const from = page.pageId;
  const sections: Section[] = [];
  sections.push(section("Authorization", authorization(page, r)));
  if (page.headers.length > 0) sections.push(section("Headers", r.fields(from, page.headers)));
  if (page.pathParameters.length > 0) sections.push(section("Path parameters", r.fields(from, page.pathParameters)));
  if (page.queryParameters.length > 0) sections.push(section("Query parameters", r.fields(from, page.queryParameters)));
  if (page.body) {
    const media = `${r.text("Content type")}: ${page.body.mediaTypes.map((m) => r.code(m)).join(", ")}${page.body.required ? "" : ` ${r.text("(the body may be omitted)")}`}`;
    sections.push(section("Body", r.blocks([r.paragraph(media), schemaBlock(from, page.body, r)])));
  }
  return {
    title: r.text(page.title),
    siteTitle: r.text(siteTitle),
    root: rootPrefix(from),
    crumbs: crumbLine(from, page.crumbs, r),
    badges: r.badge(page.lifecycle, page.deprecated),
    description: r.rich(page.description),
    endpoint: r.codeBlock(`${page.method} ${page.url}`, "http"),
    method: r.text(page.method),
    methodClass: page.method.toLowerCase().replace(/[^a-z]/g, ""),
    url: r.text(page.url),
    path: r.text(page.operation.path),
    serverVariables: serverVariables(page.server, r),
    typescript: r.codeBlock(page.samples.typescript, "ts"),
    curl: r.codeBlock(page.samples.curl, "sh"),
    sections,
    responses: responseSections(from, page.responses, r),
  };
}

/** A section per response with content or success; error statuses that only have a description share one list. */
function responseSections(from: string, responses: ResponseDoc[], r: Renderer): Section[] {
  const sections = responses
    .filter((response) => response.success || response.schema)
    .map((response) => section(response.success ? response.status : `${response.status} (error)`, responseBody(from, response, r), `response-${response.status}`));
  const errors = responses.filter((response) => !response.success && !response.schema);
  if (errors.length > 0) sections.push(section("Errors", r.list(errors.map((e) => `${r.strong(r.code(e.status))} ${r.inline(flatten(e.description))}`)), "errors"));
  return sections;
}

/** The paragraphs of a description as one line of inline content. */
function flatten(text: RichText): Inline[] {
  return text.flatMap((block, i): Inline[] => {
    const gap: Inline[] = i > 0 ? [{ kind: "text", text: " " }] : [];
    if (block.kind === "paragraph") return [...gap, ...block.content];
    if (block.kind === "list") return [...gap, ...block.items.flatMap((item, j) => (j > 0 ? [{ kind: "text" as const, text: "; " }, ...item] : item))];
    return [...gap, { kind: "code", text: block.text }];
  });
}

function section(title: string, body: string, anchor = anchorOf(title)): Section {
  return { title, anchor, body };
}

function authorization(page: OperationPage, r: Renderer): string {
  const parts: string[] = [];
  if (page.bearer) parts.push(`${r.code("Authorization: Bearer <token>")} ${r.text("header: an access token for this API.")}`);
  if (page.scopes.length > 0) {
    const label = page.scopes.length === 1 ? "Required scope" : "Required scopes (all of them)";
    parts.push(`${r.text(label)}: ${page.scopes.map((s) => r.code(s)).join(", ")}`);
  }
  return r.blocks((parts.length > 0 ? parts : [r.text("None declared.")]).map(r.paragraph));
}

function schemaBlock(from: string, block: SchemaBlock, r: Renderer): string {
  const head = block.typeName
    ? `${r.text("Type")}: ${r.code(block.type)} (${r.link(from, typePageId(block.typeName), r.text(block.typeName))})`
    : `${r.text("Type")}: ${r.code(block.type)}`;
  return r.blocks([
    block.description.length > 0 ? r.rich(block.description) : "",
    block.fields.length === 0 || block.type !== "object" ? r.paragraph(head) : "",
    r.facts(block.facts),
    r.fields(from, block.fields),
    r.variants(from, block.variants),
  ]);
}

function responseBody(from: string, response: ResponseDoc, r: Renderer): string {
  return r.blocks([
    r.rich(response.description),
    r.paragraph(response.mediaType ? `${r.text("Content type")}: ${r.code(response.mediaType)}` : response.success ? r.text("No content.") : ""),
    response.schema ? schemaBlock(from, response.schema, r) : "",
    response.example ? r.codeBlock(response.example, "json") : "",
  ]);
}

function serverVariables(server: Server | undefined, r: Renderer): string {
  if (!server || server.variables.length === 0) return "";
  return r.list(
    server.variables.map((v) => {
      const parts = [`${r.code(`{${v.name}}`)}`];
      if (v.description) parts.push(r.text(v.description));
      parts.push(`${r.text("default")} ${r.code(v.default)}`);
      if (v.enum && v.enum.length > 0) parts.push(`${r.text("one of")} ${v.enum.map((e) => r.code(e)).join(", ")}`);
      return parts.join(" · ");
    }),
  );
}

function crumbLine(from: string, crumbs: Array<{ label: string; pageId: string }>, r: Renderer): string {
  const links = [r.link(from, INDEX_PAGE, r.text("API reference")), ...crumbs.map((c) => r.link(from, c.pageId, r.code(c.label)))];
  return links.join(" › ");
}

function methodItem(from: string, m: MethodSummary, r: Renderer, withSummary: boolean): string {
  const badge = m.lifecycle && m.lifecycle !== "GA" ? ` ${r.badge(m.lifecycle, false)}` : "";
  const head = `${r.link(from, m.pageId, r.strong(r.text(m.title)))} → ${r.code(m.returns)}${badge}`;
  const line = `${r.code(`${m.method} ${m.path}`)} · ${r.code(`${m.name}()`)}`;
  const summary = withSummary && m.summary.length > 0 && m.summary[0].kind === "paragraph" ? r.inline(m.summary[0].content) : "";
  return r.extension === "md"
    ? [head, line, summary].filter((p) => p !== "").join("\\\n  ")
    : [head, line, summary].filter((p) => p !== "").join("<br>");
}

export function buildGroupView(page: GroupPage, r: Renderer, siteTitle: string): GroupView {
  const from = page.pageId;
  return {
    title: r.text(page.title),
    siteTitle: r.text(siteTitle),
    root: rootPrefix(from),
    crumbs: crumbLine(from, page.crumbs, r),
    accessPath: r.code(page.accessPath),
    methods: page.methods.length > 0 ? r.list(page.methods.map((m) => methodItem(from, m, r, true))) : "",
    children: page.children.map((child) => ({
      title: r.link(from, child.pageId, r.code(child.title)),
      methods: child.methods.length > 0 ? r.list(child.methods.map((m) => methodItem(from, m, r, false))) : "",
      grandchildren: child.grandchildren.length > 0 ? `${r.text("Sub-groups")}: ${child.grandchildren.map((g) => r.link(from, g.pageId, r.code(g.title))).join(", ")}` : "",
    })),
    domainTypes: page.domainTypes.length > 0 ? r.list(page.domainTypes.map((t) => `${r.link(from, t.pageId, r.code(t.typeName))} = ${r.code(t.shape)}`)) : "",
  };
}

export function buildTypeView(page: TypePage, r: Renderer, siteTitle: string): TypeView {
  const from = page.pageId;
  const block = page.block;
  return {
    title: r.text(page.named.typeName),
    siteTitle: r.text(siteTitle),
    root: rootPrefix(from),
    crumbs: r.link(from, INDEX_PAGE, r.text("API reference")),
    badges: r.badge(page.lifecycle, page.deprecated),
    kind: page.aliasOf
      ? `${r.code(block.type)} (${r.text(page.aliasOf.relation)} ${r.link(from, typePageId(page.aliasOf.typeName), r.code(page.aliasOf.typeName))})`
      : r.code(block.type),
    description: r.rich(block.description),
    facts: r.facts(block.facts),
    fields: r.fields(from, block.fields),
    variants: r.variants(from, block.variants),
    example: r.codeBlock(page.example, "json"),
    usedBy: page.usedBy.length > 0 ? r.list(page.usedBy.map((u) => `${r.link(from, u.pageId, r.text(u.title))} · ${r.code(`${u.method} ${u.path}`)}`)) : "",
    referencedBy: page.referencedBy.length > 0 ? page.referencedBy.map((t) => r.link(from, t.pageId, r.code(t.typeName))).join(", ") : "",
  };
}

export function buildIndexView(page: IndexPage, r: Renderer): IndexView {
  const from = page.pageId;
  const groups = page.groups.map((g) => {
    const line = `${r.link(from, g.pageId, r.code(g.title))} · ${r.text(`${g.operations} operation${g.operations === 1 ? "" : "s"}`)}`;
    return { depth: g.depth, line };
  });
  const auth: string[] = [];
  if (page.bearer) auth.push(`${r.text("Every request sends")} ${r.code("Authorization: Bearer <token>")}${r.text(".")}`);
  if (page.clientCredentials) {
    auth.push(
      `${r.text("Tokens can come from the OAuth 2.0 client-credentials flow at")} ${r.code(page.clientCredentials.tokenUrl)}${r.text("; each operation lists the scopes it needs.")}`,
    );
  }
  return {
    title: r.text(page.title),
    siteTitle: r.text(page.title),
    root: "",
    crumbs: "",
    version: r.text(page.version),
    description: r.rich(page.description),
    baseUrl: r.code(page.server?.url ?? page.baseUrl),
    serverVariables: serverVariables(page.server, r),
    setup: r.codeBlock(page.setup, "ts"),
    authorization: r.blocks(auth.map(r.paragraph)),
    groups: nestedList(groups, r),
    rootMethods: page.rootMethods.length > 0 ? r.list(page.rootMethods.map((m) => methodItem(from, m, r, true))) : "",
    operationCount: page.operationCount,
    typeCount: page.typeCount,
    referenceLink: r.extension === "md" ? r.link(from, REFERENCE_PAGE, r.text("reference.md")) : "",
  };
}

/** A nested list from items with depths (the group tree). */
function nestedList(items: Array<{ depth: number; line: string }>, r: Renderer): string {
  if (r.extension === "md") return items.map((i) => `${"  ".repeat(i.depth)}- ${i.line}`).join("\n");
  let html = "";
  let depth = -1;
  for (const item of items) {
    if (item.depth > depth) html += "<ul>".repeat(item.depth - depth);
    else html += "</li>" + "</ul></li>".repeat(depth - item.depth);
    html += `<li>${item.line}`;
    depth = item.depth;
  }
  if (depth >= 0) html += "</li>" + "</ul></li>".repeat(depth) + "</ul>";
  return html;
}

/**
 * The single-file reference for SDK repositories: every method under its group, with its call,
 * what it does, and its parameters in brief; the per-operation pages hold the full detail.
 */
export function buildReferenceView(content: DocsContent, r: Renderer): ReferenceView {
  const from = REFERENCE_PAGE;
  const byGroup = new Map<string, OperationPage[]>();
  for (const page of content.operations) {
    const key = page.operation.groupPath.join(".");
    byGroup.set(key, [...(byGroup.get(key) ?? []), page]);
  }
  const groups = [...byGroup.entries()].map(([key, pages]) => ({
    title: key === "" ? r.text("client") : r.code(`client.${key}`),
    methods: pages.map((page) => ({
      heading: r.code(`${page.samples.accessPath}(${signatureArguments(page)}) → ${page.returns}`),
      body: r.blocks([
        r.paragraph(r.text(page.title)),
        r.paragraph(
          `${r.code(`${page.method} ${page.operation.path}`)} · ${r.link(from, operationPageId(page.operation), r.text("full reference"))}${page.lifecycle && page.lifecycle !== "GA" ? ` · ${r.badge(page.lifecycle, page.deprecated)}` : ""}`,
        ),
        r.codeBlock(page.samples.typescript, "ts"),
        argumentList(page, r),
      ]),
    })),
  }));
  return { title: r.text(`${content.index.title} — TypeScript reference`), setup: r.codeBlock(content.index.setup, "ts"), groups };
}

function signatureArguments(page: OperationPage): string {
  const o = page.operation;
  const args = o.pathParameters.map((p) => p.codeName);
  if (o.requestBody) args.push(o.requestBody.argumentRequired ? "body" : "body?");
  if (o.requestParameters) args.push(o.requestParameters.required ? "params" : "params?");
  args.push("options?");
  return args.join(", ");
}

function argumentList(page: OperationPage, r: Renderer): string {
  const o = page.operation;
  const items: string[] = [];
  const brief = (f: FieldDoc) => `${r.code(f.name)} ${r.code(f.type)}${f.required ? "" : ` ${r.text("(optional)")}`}${f.description.length > 0 && f.description[0].kind === "paragraph" ? ` — ${r.inline(f.description[0].content)}` : ""}`;
  for (const p of page.pathParameters) items.push(brief(p));
  if (page.body) {
    const type = page.body.typeName ? r.link(REFERENCE_PAGE, typePageId(page.body.typeName), r.code(page.body.typeName)) : r.code(page.body.type);
    items.push(`${r.code("body")} ${type}${page.body.required ? "" : ` ${r.text("(optional)")}`}`);
  }
  if (o.requestParameters) {
    const members = o.requestParameters.parameters.map((p) => r.code(p.codeName)).join(", ");
    items.push(`${r.code("params")} ${r.code(o.requestParameters.typeName)}${o.requestParameters.required ? "" : ` ${r.text("(optional)")}`}: ${members}`);
  }
  items.push(`${r.code("options")} ${r.code("RequestOptions")} ${r.text("(optional): signal, timeoutMs, retry, headers, query")}`);
  return r.list(items);
}

