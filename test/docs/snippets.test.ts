// Every TypeScript snippet in the Auth0 docs compiles against the client generated from the same
// spec, under strict, with TypeScript 5 and 7: the index's setup snippet and one call per
// operation page. Each call is awaited (the snippets are bodies of async functions, and a type
// check fails when `result` is still a promise), path arguments are positional, and the body and
// request-parameter objects have exactly the types the client declares.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, TSC5, TSC7 } from "../helpers/paths.js";
import { codeBlocks, generateDocs, operationPagePath, snippetModule, type DocsOutput, type Snippet } from "./docsOutput.js";

const suites: Record<string, { client: GeneratedOutput; docs: DocsOutput; snippets: Snippet[]; setup: string }> = {};

beforeAll(async () => {
  for (const [name, spec] of [
    ["auth0", AUTH0_SPEC],
    ["embedded", EMBEDDED_SPEC],
  ] as const) {
    const [client, docs] = await Promise.all([generateInto(spec, "client"), generateDocs(spec)]);
    const setup = codeBlocks(docs.read("index.md"), "ts");
    expect(setup).toHaveLength(1);
    const snippets = docs.model.operations.map((o) => {
      const page = operationPagePath(o);
      const blocks = codeBlocks(docs.read(page), "ts");
      expect(blocks, page).toHaveLength(1);
      return { page, code: blocks[0] };
    });
    writeFileSync(join(client.dir, "docs-snippets.check.ts"), snippetModule(setup[0], snippets));
    suites[name] = { client, docs, snippets, setup: setup[0] };
  }
}, 180_000);

describe("docs snippets", () => {
  it("one TypeScript call per Auth0 operation page, 452 in all, each awaited", () => {
    const { snippets } = suites.auth0;
    expect(snippets).toHaveLength(452);
    for (const { page, code } of snippets) {
      // The first statement awaits the call (or a stream), and names the method at its group path.
      expect(code, page).toMatch(/^(const (result|stream) = )?await client\.[\w.]+\(/);
    }
  });

  it("passes path parameters positionally in path-template order (deploy: actionId, then id)", () => {
    const deploy = suites.auth0.snippets.find((s) => s.page === "api/actions/versions/deploy.md")!;
    expect(deploy.code).toMatch(/client\.actions\.versions\.deploy\("actionId", "id"/);
    const ticket = suites.auth0.snippets.find((s) => s.page === "api/selfServiceProfiles/ssoTicket/create.md")!;
    expect(ticket.code).toContain('client.selfServiceProfiles.ssoTicket.create("id", {})');
  });

  it("builds the body from required fields and required request parameters", () => {
    const byPage = (page: string) => suites.auth0.snippets.find((s) => s.page === page)!.code;
    expect(byPage("api/guardian/enrollments/createTicket.md")).toContain('user_id: "user_id"');
    // A required query parameter makes the request-parameters object required; lines past 80 columns break.
    expect(byPage("api/users/listUsersByEmail.md")).toBe('const result = await client.users.listUsersByEmail({\n  email: "user@example.com",\n});');
    expect(byPage("api/jobs/usersImports/create.md")).toMatch(/users: new Blob\(/);
  });

  describe.each([
    ["TypeScript 5", TSC5],
    ["TypeScript 7", TSC7],
  ])("%s", (_name, tsc) => {
    it.each(["auth0", "embedded"])("type-checks every %s snippet against the generated client", (which) => {
      const result = typeCheck(tsc, suites[which].client.dir);
      expect(result.output).toBe("");
      expect(result.status).toBe(0);
    }, 180_000);
  });
});
