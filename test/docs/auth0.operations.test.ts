// One test per Auth0 operation, named by its operationId, for the docs target. The expectations
// are read from the spec document itself, not from the generator: the page exists at
// api/<x-operation-group…>/<x-operation-name>.md, its title is the summary, the endpoint is the
// method and the full URL with the server's variables, the TypeScript call names the method at
// its group path, every scope, parameter, top-level body property and response status is there.
// The snapshot is the page's outline (headings, endpoint, TypeScript call, scopes, top-level
// field lines), so it records the shape of each page without the full prose.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { AUTH0_SPEC } from "../helpers/paths.js";
import { generateDocs, operationPagePath, type DocsOutput } from "./docsOutput.js";

interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  groupPath: string[];
  name: string;
  summary: string;
  scopes: string[];
  parameters: Array<{ name: string; in: string }>;
  bodyProperties: string[];
  statuses: string[];
}

const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
const serverUrl: string = spec.servers[0].url;

/** Follows `$ref`s and `allOf`s of the raw document to the property names of an object body. */
function propertyNames(schema: any, seen = new Set<string>()): string[] {
  if (!schema) return [];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    return propertyNames(spec.components.schemas[schema.$ref.split("/").pop()], seen);
  }
  const own = Object.keys(schema.properties ?? {});
  const merged = (schema.allOf ?? []).flatMap((member: any) => propertyNames(member, seen));
  return [...new Set([...merged, ...own])];
}

const specOperations: SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]: [string, any]) =>
  Object.entries(item)
    .filter(([method]) => ["get", "put", "post", "delete", "patch"].includes(method))
    .map(([method, op]: [string, any]) => {
      const body = op.requestBody?.content?.["application/json"]?.schema ?? Object.values<any>(op.requestBody?.content ?? {})[0]?.schema;
      return {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        groupPath: typeof op["x-operation-group"] === "string" ? [op["x-operation-group"]] : op["x-operation-group"],
        name: op["x-operation-name"],
        summary: op.summary,
        scopes: (op.security ?? []).flatMap((req: any) => req.oAuth2ClientCredentials ?? []),
        parameters: (op.parameters ?? []).map((p: any) => ({ name: p.name, in: p.in })),
        bodyProperties: propertyNames(body),
        statuses: Object.keys(op.responses),
      };
    }),
);

let docs: DocsOutput;
beforeAll(async () => {
  docs = await generateDocs(AUTH0_SPEC);
}, 120_000);

/** The text of a `## title` section of a Markdown page, up to the next `## `. */
function section(page: string, title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start < 0) return "";
  const end = page.indexOf("\n## ", start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

/** Markdown text with backslash escapes removed, as a reader sees it. */
function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Headings, the endpoint, the TypeScript call, scopes, and the top-level request field lines. */
function outline(page: string): string {
  const responses = page.indexOf("\n## Responses\n");
  const lines = page.split("\n");
  let offset = 0;
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const inResponses = responses >= 0 && offset > responses;
    offset += line.length + 1;
    const open = /^(`{3,})(\w*)$/.exec(line);
    if (fence === undefined && open) {
      fence = open[2] === "http" || open[2] === "ts" ? open[1] : `skip${open[1]}`;
      if (!fence.startsWith("skip")) kept.push(line);
      continue;
    }
    if (fence !== undefined) {
      if (line === fence || line === fence.replace("skip", "")) {
        if (!fence.startsWith("skip")) kept.push(line);
        fence = undefined;
      } else if (!fence.startsWith("skip")) kept.push(line);
      continue;
    }
    if (/^#{1,3} |^Required scope|^Content type/.test(line) || (!inResponses && /^- \*\*`/.test(line))) kept.push(line);
  }
  return kept.join("\n");
}

describe("Auth0 docs: the cases cover the spec", () => {
  it("has one page per operation of the document, 452 in all", () => {
    expect(specOperations).toHaveLength(452);
    const pages = specOperations.map((o) => operationPagePath(o));
    expect(new Set(pages).size).toBe(452);
    expect(pages.filter((p) => !docs.files.has(p))).toEqual([]);
  });
});

describe("Auth0 docs: every operation", () => {
  it.each(specOperations.map((o) => [o.operationId, o] as const))("%s", (_operationId, expected) => {
    const page = docs.read(operationPagePath(expected));
    // Title, endpoint with the server template, and the client call at group path + name.
    expect(unescape(page.split("\n").find((l) => l.startsWith("# "))!)).toBe(`# ${expected.summary.trim()}`);
    expect(page).toContain("```http\n" + `${expected.method} ${serverUrl}${expected.path}` + "\n```");
    expect(page).toMatch(new RegExp(`await client\\.${[...expected.groupPath, expected.name].join("\\.")}\\(`));
    // Authorization lists every oauth2 scope of the operation.
    for (const scope of expected.scopes) expect(section(page, "Authorization")).toContain(`\`${scope}\``);
    // Every parameter under its section, every top-level body property in the body.
    const sections: Record<string, string> = { path: "Path parameters", query: "Query parameters", header: "Headers" };
    for (const p of expected.parameters) expect(section(page, sections[p.in]), `${p.in} ${p.name}`).toContain(`- **\`${p.name}\`**`);
    for (const name of expected.bodyProperties) expect(section(page, "Body"), name).toContain(`**\`${name}\`**`);
    // Every declared status: a section for successes and errors with content, a line in Errors otherwise.
    for (const status of expected.statuses) expect(page).toMatch(new RegExp(`^(### ${status}( \\(error\\))?|- \\*\\*\`${status}\`\\*\\*) `.replace(/ $/, "(\\s|$)"), "m"));
    expect(outline(page)).toMatchSnapshot();
  });
});
