// IR → the content of every docs page, independent of the output format: what each page says,
// decided once. views.ts then prints these models as Markdown or HTML.
import type { ApiModel, Group, Lifecycle, NamedSchema, Operation, Parameter, Response, Schema, Server } from "../../ir/types.js";
import { exampleValue } from "./exampleValue.js";
import { FieldBuilder, namedType, PAGE_LIMITS, TYPE_PAGE_LIMITS, type FieldDoc, type VariantDoc } from "./fields.js";
import { allGroups, groupPageId, INDEX_PAGE, operationPageId, typePageId } from "./paths.js";
import { parseInline, RichTextCache, type Block, type Inline, type RichText } from "./richText.js";
import { SchemaLookup } from "./schemaLookup.js";
import { operationSamples, printJson, printTs, serverBase, type OperationSamples } from "./snippets.js";
import { schemaFacts, typeLabel, type Fact } from "./typeLabel.js";

export interface Crumb {
  label: string;
  pageId: string;
}

export interface SchemaBlock {
  type: string;
  typeName?: string;
  description: RichText;
  facts: Fact[];
  fields: FieldDoc[];
  variants: VariantDoc[];
}

export interface ResponseDoc {
  status: string;
  success: boolean;
  description: RichText;
  mediaType?: string;
  schema?: SchemaBlock;
  /** Pretty-printed JSON, for JSON responses. */
  example?: string;
}

export interface OperationPage {
  pageId: string;
  operation: Operation;
  title: string;
  description: RichText;
  lifecycle?: Lifecycle;
  deprecated: boolean;
  crumbs: Crumb[];
  method: string;
  /** The server URL template joined with the path template. */
  url: string;
  server?: Server;
  samples: OperationSamples;
  bearer: boolean;
  scopes: string[];
  headers: FieldDoc[];
  pathParameters: FieldDoc[];
  queryParameters: FieldDoc[];
  body?: SchemaBlock & { mediaTypes: string[]; required: boolean };
  responses: ResponseDoc[];
  /** What the client method resolves to, as a short type (`SelfServiceProfile`, `void`). */
  returns: string;
}

export interface MethodSummary {
  pageId: string;
  title: string;
  name: string;
  method: string;
  path: string;
  returns: string;
  lifecycle?: Lifecycle;
  summary: RichText;
}

export interface DomainType {
  typeName: string;
  pageId: string;
  /** `{ id, name, 5 more… }`, `enum<string>`, … */
  shape: string;
}

export interface GroupPage {
  pageId: string;
  group: Group;
  title: string;
  accessPath: string;
  crumbs: Crumb[];
  methods: MethodSummary[];
  children: Array<{ title: string; pageId: string; methods: MethodSummary[]; grandchildren: Array<{ title: string; pageId: string }> }>;
  domainTypes: DomainType[];
}

export interface TypePage {
  pageId: string;
  named: NamedSchema;
  /** The component this one names again (`X = Y`) or lists (`X = Y[]`). */
  aliasOf?: { relation: "same as" | "array of"; typeName: string };
  block: SchemaBlock;
  lifecycle?: Lifecycle;
  deprecated: boolean;
  example: string;
  usedBy: Array<{ title: string; pageId: string; method: string; path: string }>;
  referencedBy: Array<{ typeName: string; pageId: string }>;
}

export interface IndexPage {
  pageId: string;
  title: string;
  version: string;
  description: RichText;
  server?: Server;
  baseUrl: string;
  setup: string;
  bearer: boolean;
  clientCredentials?: { tokenUrl: string };
  groups: Array<{ title: string; pageId: string; depth: number; operations: number; summary: string }>;
  rootMethods: MethodSummary[];
  operationCount: number;
  typeCount: number;
}

export interface DocsContent {
  index: IndexPage;
  groups: GroupPage[];
  operations: OperationPage[];
  types: TypePage[];
}

export function buildDocsContent(model: ApiModel): DocsContent {
  const lookup = new SchemaLookup(model.schemas);
  const texts = new RichTextCache();
  const ctx: Context = { model, lookup, texts, pageFields: new FieldBuilder(lookup, PAGE_LIMITS, texts), typeFields: new FieldBuilder(lookup, TYPE_PAGE_LIMITS, texts) };
  const operationsById = new Map(model.operations.map((o) => [o.operationId, o]));
  const operations = model.operations.map((o) => operationPage(o, ctx));
  const pagesById = new Map(operations.map((p) => [p.operation.operationId, p]));
  const groups = allGroups(model.rootGroup).map((g) => groupPage(g, pagesById, operationsById, lookup));
  return { index: indexPage(ctx, pagesById), groups, operations, types: typePages(ctx, operations) };
}

/** What the page builders share: the model, schema lookups, and the field builders (with their caches). */
interface Context {
  model: ApiModel;
  lookup: SchemaLookup;
  texts: RichTextCache;
  pageFields: FieldBuilder;
  typeFields: FieldBuilder;
}

function operationPage(operation: Operation, ctx: Context): OperationPage {
  const { model, lookup, pageFields } = ctx;
  const pageId = operationPageId(operation);
  const server = model.servers[0];
  const body = operation.requestBody;
  return {
    pageId,
    operation,
    title: operation.summary?.trim() || operation.operationId,
    // The client's doc comment drops a description that only repeats the summary; so does the page.
    description: operation.description?.trim() === operation.summary?.trim() ? [] : ctx.texts.parse(operation.description),
    lifecycle: operation.lifecycle,
    deprecated: operation.deprecated,
    crumbs: crumbs(operation.groupPath),
    method: operation.method,
    url: `${(server?.url ?? "").replace(/\/$/, "")}${operation.path}`,
    server,
    samples: operationSamples(operation, model, lookup),
    bearer: model.auth.bearer,
    scopes: operation.scopes,
    headers: parameterDocs(operation.headerParameters, pageFields),
    pathParameters: parameterDocs(operation.pathParameters, pageFields),
    queryParameters: parameterDocs(operation.queryParameters, pageFields),
    body: body && {
      ...schemaBlock(body.schema, ctx, pageFields, body.description),
      mediaTypes: body.contents.map((c) => c.mediaType),
      required: body.argumentRequired,
    },
    responses: operation.responses.map((r) => responseDoc(r, operation, ctx)),
    returns: returnsLabel(operation, lookup),
  };
}

function parameterDocs(parameters: Parameter[], fields: FieldBuilder): FieldDoc[] {
  return fields.parameters(parameters).map((field, i) => (parameters[i].sdkIgnored ? { ...field, notes: [perRequestNote(parameters[i])] } : field));
}

/** `x-sdk-ignore` parameters are not method parameters; the per-request `headers`/`query` options send them. */
function perRequestNote(parameter: Parameter): Inline[] {
  const option = parameter.in === "header" ? "headers" : "query";
  return [
    { kind: "text", text: "Not a parameter of the client method: send it with the per-request option " },
    { kind: "code", text: `{ ${option}: { ${JSON.stringify(parameter.wireName)}: "…" } }` },
    { kind: "text", text: "." },
  ];
}

function schemaBlock(schema: Schema, { lookup, texts }: Context, fields: FieldBuilder, description?: string): SchemaBlock {
  const resolved = lookup.resolve(schema);
  return {
    type: typeLabel(schema, lookup),
    typeName: namedType(schema, lookup),
    description: texts.parse(description ?? resolved.description),
    facts: lookup.objectShape(schema) ? [] : schemaFacts(schema, lookup),
    fields: fields.fields(schema),
    variants: fields.variants(schema),
  };
}

function responseDoc(response: Response, operation: Operation, ctx: Context): ResponseDoc {
  const { lookup, pageFields, texts } = ctx;
  const content = response.contents[0];
  const alternatives = response.alternativeDescriptions.filter((d) => d.trim() !== "" && d !== response.description);
  const description: RichText = [
    ...texts.parse(response.description),
    ...alternatives.map((d): Block => ({ kind: "paragraph", content: [{ kind: "text", text: "Or: " }, ...parseInline(d.trim())] })),
  ];
  const doc: ResponseDoc = { status: response.status, success: operation.result.statuses.includes(response.status) || /^2/.test(response.status), description };
  if (!content) return doc;
  doc.mediaType = content.mediaType;
  doc.schema = schemaBlock(content.schema, ctx, pageFields);
  doc.schema.description = [];
  if (content.kind === "json" || content.kind === "sse") doc.example = printJson(exampleValue(content.schema, lookup, { mode: "response" }));
  return doc;
}

/** The client method's resolved type, short: a component name, `X[]`, or the label. */
function returnsLabel(operation: Operation, lookup: SchemaLookup): string {
  const result = operation.result;
  if (result.kind === "void") return "void";
  if (result.kind === "text") return "string";
  if (result.kind === "binary") return "Blob";
  const schema = result.schema;
  const name = schema.kind === "ref" ? lookup.byName.get(schema.name)?.typeName : schema.kind === "array" && schema.items.kind === "ref" ? `${lookup.byName.get(schema.items.name)?.typeName}[]` : undefined;
  const label = name ?? typeLabel(schema, lookup);
  return result.kind === "sse" ? `EventStream<${label}>` : label;
}

function crumbs(path: string[]): Crumb[] {
  return path.map((_, i) => ({ label: path.slice(0, i + 1).join("."), pageId: groupPageId(path.slice(0, i + 1)) }));
}

function methodSummary(page: OperationPage): MethodSummary {
  const first = page.description.find((b) => b.kind === "paragraph");
  return {
    pageId: page.pageId,
    title: page.title,
    name: page.operation.name,
    method: page.method,
    path: page.operation.path,
    returns: page.returns,
    lifecycle: page.lifecycle,
    summary: first ? [first] : [],
  };
}

function groupPage(group: Group, pages: Map<string, OperationPage>, operationsById: Map<string, Operation>, lookup: SchemaLookup): GroupPage {
  const methodsOf = (g: Group) => g.operationIds.map((id) => methodSummary(pages.get(id)!));
  return {
    pageId: groupPageId(group.path),
    group,
    title: group.path.join("."),
    accessPath: ["client", ...group.path].join("."),
    crumbs: crumbs(group.path.slice(0, -1)),
    methods: methodsOf(group),
    children: group.children.map((child) => ({
      title: child.path.join("."),
      pageId: groupPageId(child.path),
      methods: methodsOf(child),
      grandchildren: child.children.map((g) => ({ title: g.path.join("."), pageId: groupPageId(g.path) })),
    })),
    domainTypes: domainTypes(group.operationIds.map((id) => operationsById.get(id)!), lookup),
  };
}

/**
 * The component types a group's operations take and return: the body, the result, the paged
 * item, and the members of a result that is a union or array of components (a paged list's
 * `oneOf [T[], {…, items: T[]}]` names its item type this way).
 */
function domainTypes(operations: Operation[], lookup: SchemaLookup): DomainType[] {
  const names = new Set<string>();
  const add = (schema: Schema | undefined) => {
    if (!schema) return;
    for (const name of lookup.directRefs(schema)) {
      names.add(name);
      const target = lookup.byName.get(name)?.schema;
      if (target && (target.kind === "union" || target.kind === "array")) for (const inner of lookup.directRefs(target)) names.add(inner);
    }
  };
  for (const o of operations) {
    add(o.requestBody?.schema);
    if (o.result.kind === "json" || o.result.kind === "sse") add(o.result.schema);
    add(o.pagination?.itemSchema);
  }
  return [...names]
    .sort()
    .map((name) => lookup.byName.get(name)!)
    .filter((named) => named !== undefined)
    .map((named) => ({ typeName: named.typeName, pageId: typePageId(named.typeName), shape: shapeSummary(named.schema, lookup) }));
}

/** `{ id, name, 5 more… }` for objects, the type label for anything else. */
function shapeSummary(schema: Schema, lookup: SchemaLookup): string {
  const shape = lookup.objectShape(schema);
  if (shape && shape.properties.length > 0) {
    const keys = shape.properties.map((p) => p.wireName);
    const shown = keys.slice(0, 4);
    return `{ ${shown.join(", ")}${keys.length > shown.length ? `, ${keys.length - shown.length} more…` : ""} }`;
  }
  return typeLabel(schema, lookup);
}

function typePages(ctx: Context, operations: OperationPage[]): TypePage[] {
  const { model, lookup, typeFields } = ctx;
  const usedBy = new Map<string, TypePage["usedBy"]>();
  for (const page of operations) {
    const o = page.operation;
    const refs = new Set<string>();
    for (const p of [...o.pathParameters, ...o.queryParameters, ...o.headerParameters]) lookup.directRefs(p.schema, refs);
    if (o.requestBody) lookup.directRefs(o.requestBody.schema, refs);
    for (const r of o.responses) for (const c of r.contents) lookup.directRefs(c.schema, refs);
    for (const name of refs) {
      const list = usedBy.get(name) ?? [];
      list.push({ title: page.title, pageId: page.pageId, method: o.method, path: o.path });
      usedBy.set(name, list);
    }
  }
  const referencedBy = new Map<string, Set<string>>();
  for (const named of model.schemas) {
    for (const name of lookup.directRefs(named.schema)) {
      if (name === named.name) continue;
      const set = referencedBy.get(name) ?? new Set<string>();
      set.add(named.name);
      referencedBy.set(name, set);
    }
  }
  return model.schemas.map((named) => ({
    pageId: typePageId(named.typeName),
    named,
    aliasOf: aliasOf(named.schema, lookup),
    block: schemaBlock({ kind: "ref", name: named.name, typeName: named.typeName }, ctx, typeFields, named.schema.description),
    lifecycle: named.schema.lifecycle,
    deprecated: Boolean(named.schema.deprecated),
    example: printJson(exampleValue({ kind: "ref", name: named.name, typeName: named.typeName }, lookup, { mode: "response", maxDepth: 3, maxNodes: 150 })),
    usedBy: usedBy.get(named.name) ?? [],
    referencedBy: [...(referencedBy.get(named.name) ?? [])].sort().map((name) => {
      const typeName = lookup.byName.get(name)!.typeName;
      return { typeName, pageId: typePageId(typeName) };
    }),
  }));
}

function aliasOf(schema: Schema, lookup: SchemaLookup): TypePage["aliasOf"] {
  const typeName = namedType(schema, lookup);
  if (!typeName) return undefined;
  return { relation: schema.kind === "ref" ? "same as" : "array of", typeName };
}

function indexPage({ model, texts }: Context, pages: Map<string, OperationPage>): IndexPage {
  const server = model.servers[0];
  const host = server?.variables.find((v) => new RegExp(`^[a-z]+://\\{${v.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\}`, "i").test(server.url));
  const options: Record<string, string> = host ? { domain: host.default } : { baseUrl: serverBase(model) || "https://api.example.com" };
  options.token = "<token>";
  const setup = [
    '// The folder `gen --target client` wrote the client to:',
    'import { createClient } from "./client/index.js";',
    "",
    `const client = createClient(${printTs(options, "")});`,
  ].join("\n");
  const countOps = (g: Group): number => g.operationIds.length + g.children.reduce((n, c) => n + countOps(c), 0);
  const walk = (g: Group, depth: number): IndexPage["groups"] =>
    g.children.flatMap((child) => [
      { title: child.path.join("."), pageId: groupPageId(child.path), depth, operations: countOps(child), summary: child.operationIds.map((id) => pages.get(id)!.operation.name).join(", ") },
      ...walk(child, depth + 1),
    ]);
  return {
    pageId: INDEX_PAGE,
    title: model.info.title,
    version: model.info.version,
    description: texts.parse(model.info.description),
    server,
    baseUrl: serverBase(model),
    setup,
    bearer: model.auth.bearer,
    clientCredentials: model.auth.clientCredentials && { tokenUrl: model.auth.clientCredentials.tokenUrl },
    groups: walk(model.rootGroup, 0),
    rootMethods: model.rootGroup.operationIds.map((id) => methodSummary(pages.get(id)!)),
    operationCount: model.operations.length,
    typeCount: model.schemas.length,
  };
}
