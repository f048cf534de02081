// The docs pages against the seed pages they follow (../shared/seeds/000, 001, 002), and the
// pages beside the per-operation ones: group indexes, the top index, reference.md, type pages.
import { beforeAll, describe, expect, it } from "vitest";
import { AUTH0_SPEC, EMBEDDED_SPEC } from "../helpers/paths.js";
import { generateDocs, type DocsOutput } from "./docsOutput.js";
import type { Group } from "../../generator/ir/types.js";

let auth0: DocsOutput;
let embedded: DocsOutput;
beforeAll(async () => {
  [auth0, embedded] = await Promise.all([generateDocs(AUTH0_SPEC), generateDocs(EMBEDDED_SPEC)]);
}, 120_000);

function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}

describe("operation pages, as seed 000 (POST /self-service-profiles/{id}/sso-ticket)", () => {
  it("shows the endpoint with its server variable, the call, scopes, and typed body fields with ranges", () => {
    const page = auth0.read("api/selfServiceProfiles/ssoTicket/create.md");
    expect(page).toContain("```http\nPOST https://{tenantDomain}/api/v2/self-service-profiles/{id}/sso-ticket\n```");
    expect(page).toContain("- `{tenantDomain}` · Auth0 Tenant Domain · default `{TENANT}.auth0.com`");
    expect(page).toContain('const result = await client.selfServiceProfiles.ssoTicket.create("id", {});');
    expect(page).toContain("Required scope: `create:sso_access_tickets`");
    expect(page).toContain("- **`id`** · `string` · required\n\n  The id of the self-service profile to retrieve");
    expect(page).toContain("- **`connection_id`** · `string<connection-id>` · optional");
    expect(page).toContain("- **`enabled_clients`** · `string[]` · optional");
    expect(page).toMatch(/- \*\*`enabled_organizations`\*\* · `object\[\]` \(\[SelfServiceProfileSsoTicketEnabledOrganization\]\(\.\.\/\.\.\/\.\.\/types\/SelfServiceProfileSsoTicketEnabledOrganization\.md\)\) · optional/);
    expect(page).toContain("Required range: `0 <= x <= 432000`");
    // Nested objects are expanded in place: connection_config.name with its own constraints.
    expect(page).toMatch(/\n  - \*\*`name`\*\* · `string` · required\n\n {4}The name of the connection/);
    // The response: status, fields and an example synthesized from the schema.
    expect(page).toContain("### 201\n\nSelf-Service Enterprise Configuration Access Ticket successfully created.");
    expect(page).toContain('```json\n{\n  "ticket": "string"\n}\n```');
  });

  it("curl sends the same request with the server variables at their defaults", () => {
    const page = auth0.read("api/selfServiceProfiles/ssoTicket/create.md");
    expect(page).toContain(
      "curl --request POST \\\n  --url 'https://{TENANT}.auth0.com/api/v2/self-service-profiles/id/sso-ticket' \\\n  --header 'Authorization: Bearer <token>' \\\n  --header 'Content-Type: application/json' \\\n  --data '{}'",
    );
  });
});

describe("operation pages, as seed 002 (POST /guardian/enrollments/ticket)", () => {
  const page = () => auth0.read("api/guardian/enrollments/createTicket.md");
  it("documents the auth0-custom-domain header with its length and how to send it", () => {
    expect(page()).toContain("## Headers\n\n- **`auth0-custom-domain`** · `string` · optional\n\n  Custom domain to be used for this request\n\n  Required string length: `3 - 255`");
    expect(page()).toContain('send it with the per-request option `{ headers: { "auth0-custom-domain": "…" } }`');
  });
  it("lists enum options, formats, required markers, and response defaults", () => {
    expect(page()).toContain("- **`user_id`** · `string<user-id>` · required");
    expect(page()).toContain("- **`email`** · `string<email>` · optional");
    expect(page()).toContain("Available options: `push-notification`, `phone`, `email`, `otp`, `webauthn-roaming`, `webauthn-platform`");
    expect(page()).toContain("Default: `u2x2-u2x2-u2x2-u2x2-u2x2-u2x2`");
    expect(page()).toContain('const result = await client.guardian.enrollments.createTicket({\n  user_id: "user_id",\n});');
  });
  it("keeps a lifecycle badge under the title", () => {
    expect(page()).toMatch(/^# Create a multi-factor authentication enrollment ticket\n\n`GA`\n/m);
    const beta = auth0.model.operations.find((o) => o.lifecycle === "beta")!;
    expect(auth0.read(`api/${[...beta.groupPath, beta.name].join("/")}.md`)).toMatch(/^`Beta`$/m);
  });
});

describe("group pages, as seed 001 (self_service_profiles)", () => {
  const page = () => auth0.read("api/selfServiceProfiles/index.md");
  it("lists methods with verb, path and return type, sub-groups with theirs, and domain types", () => {
    expect(page()).toContain("# selfServiceProfiles");
    expect(page()).toContain("- [**Create a self-service profile**](create.md) → `CreateSelfServiceProfileResponseContent`\\\n  `POST /self-service-profiles` · `create()`");
    expect(page()).toContain("- [**Delete a self-service profile by Id**](delete.md) → `void`\\\n  `DELETE /self-service-profiles/{id}` · `delete()`");
    expect(page()).toContain("## [`selfServiceProfiles.ssoTicket`](ssoTicket/index.md)");
    expect(page()).toContain("`POST /self-service-profiles/{profileId}/sso-ticket/{id}/revoke` · `revoke()`");
    expect(page()).toContain("## [`selfServiceProfiles.customText`](customText/index.md)");
    expect(page()).toMatch(/- \[`SelfServiceProfile`\]\(\.\.\/\.\.\/types\/SelfServiceProfile\.md\) = `\{ id, name, description, user_attributes, \d+ more… \}`/);
  });

  it("exists for every group of both specs, namespace-only groups included", () => {
    for (const docs of [auth0, embedded]) {
      const groups = allGroups(docs.model.rootGroup);
      const missing = groups.filter((g) => !docs.files.has(`api/${g.path.join("/")}/index.md`));
      expect(missing.map((g) => g.path.join("."))).toEqual([]);
    }
    expect(allGroups(auth0.model.rootGroup).length).toBeGreaterThan(100);
  });
});

describe("the index, reference.md and type pages", () => {
  it("the index gives the base URL, auth, the setup snippet and the whole group tree", () => {
    const index = auth0.read("index.md");
    expect(index).toMatch(/^# Auth0 Management API\n/);
    expect(index).toContain("452 operations · 2698 types");
    expect(index).toContain('const client = createClient({ domain: "{TENANT}.auth0.com", token: "<token>" });');
    expect(index).toContain("- [`actions`](api/actions/index.md) · 24 operations\n  - [`actions.executions`](api/actions/executions/index.md) · 1 operation");
    for (const g of allGroups(auth0.model.rootGroup)) expect(index).toContain(`](api/${g.path.join("/")}/index.md)`);
  });

  it("reference.md has every method once, with its call and a link to its page", () => {
    const reference = auth0.read("reference.md");
    const headings = reference.match(/^### `client\.[^`]*`$/gm) ?? [];
    expect(headings).toHaveLength(452);
    expect(reference).toContain("### `client.selfServiceProfiles.ssoTicket.create(id, body?, options?) → CreateSelfServiceProfileSsoTicketResponseContent`");
    expect(reference).toContain("[full reference](api/selfServiceProfiles/ssoTicket/create.md)");
    expect(reference).toContain("### `client.users.list(params?, options?) → ListUsersResponseContent`");
  });

  it("has a page per component schema, with fields, an example and its users", () => {
    const typePages = [...auth0.files.keys()].filter((p) => p.startsWith("types/"));
    expect(typePages).toHaveLength(2698);
    const profile = auth0.read("types/SelfServiceProfile.md");
    expect(profile).toContain("- **`allowed_strategies`**");
    expect(profile).toContain("## Example\n\n```json\n{");
    expect(auth0.read("types/CreateSelfServiceProfileSsoTicketRequestContent.md")).toContain("## Used by\n\n- [Create an access ticket");
  });

  it("stops at the FlowAction reference cycle: the page links instead of expanding again", () => {
    const params = auth0.read("types/FlowActionFlowBooleanConditionParams.md");
    expect(params).toContain("- **`then`** · `object[]` ([FlowAction](FlowAction.md)) · optional\n\n  Fields: see [FlowAction](FlowAction.md).");
    const create = auth0.read("api/flows/create.md");
    expect(create.length).toBeLessThan(200_000);
  });

  it("every link between pages points at a page that exists", () => {
    for (const docs of [auth0, embedded]) {
      const broken: string[] = [];
      for (const [path, text] of docs.files) {
        if (!path.endsWith(".md")) continue;
        const folder = path.split("/").slice(0, -1);
        for (const match of text.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)) {
          const parts = [...folder];
          for (const segment of match[1].split("/")) segment === ".." ? parts.pop() : parts.push(segment);
          if (!docs.files.has(parts.join("/"))) broken.push(`${path} → ${match[1]}`);
        }
      }
      expect(broken.slice(0, 10)).toEqual([]);
    }
  });
});
