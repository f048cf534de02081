// Table tests for operations: naming, parameters, bodies, results, pagination, scopes, groups.
import { describe, expect, it } from "vitest";
import { normalize } from "../../generator/normalize/index.js";
import { GenError } from "../../generator/diagnostics.js";
import { miniSpec, normalizeMini, normalizeOperation } from "../helpers/miniSpec.js";

describe("operation naming", () => {
  const cases: Array<[string, object, { groupPath: string[]; name: string; namingSource: string }]> = [
    ["group as a string", { "x-operation-group": "users", "x-operation-name": "list" }, { groupPath: ["users"], name: "list", namingSource: "extensions" }],
    ["group as a list", { "x-operation-group": ["selfServiceProfiles", "ssoTicket"], "x-operation-name": "create" }, { groupPath: ["selfServiceProfiles", "ssoTicket"], name: "create", namingSource: "extensions" }],
    ["reserved word as method name is kept", { "x-operation-group": "users", "x-operation-name": "delete" }, { groupPath: ["users"], name: "delete", namingSource: "extensions" }],
    ["fallback: tag and operationId", { tags: ["Pet Store"], operationId: "find-pets_by_status" }, { groupPath: ["petStore"], name: "findPetsByStatus", namingSource: "tags-and-operation-id" }],
    ["fallback without tags: first path segment", { operationId: "listThings" }, { groupPath: ["things"], name: "listThings", namingSource: "tags-and-operation-id" }],
    ["fallback without operationId", { tags: ["things"] }, { groupPath: ["things"], name: "getThings", namingSource: "tags-and-operation-id" }],
  ];
  it.each(cases)("%s", (_name, operation, expected) => {
    expect(normalizeOperation(operation)).toMatchObject(expected);
  });

  it("rejects an x-operation-group of the wrong type with a pointer", () => {
    const spec = miniSpec({ paths: { "/a": { get: { "x-operation-group": 42, responses: {} } } } });
    try {
      normalize(spec, "3.1.0");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GenError);
      expect((error as GenError).diagnostics[0]).toMatchObject({ code: "GEN_BAD_OPERATION_GROUP", pointer: "#/paths/~1a/get/x-operation-group" });
    }
  });

  it("rejects two operations with the same group and name from extensions", () => {
    const op = { "x-operation-group": "users", "x-operation-name": "list", responses: {} };
    const spec = miniSpec({ paths: { "/a": { get: { ...op, operationId: "a" } }, "/b": { get: { ...op, operationId: "b" } } } });
    expect(() => normalize(spec, "3.1.0")).toThrowError(/GEN_DUPLICATE_METHOD[\s\S]*client\.users\.list/);
  });

  it("renames colliding fallback names deterministically, with a warning", () => {
    const { model, codes } = normalizeMini({
      paths: { "/a": { get: { tags: ["t"], operationId: "same-name", responses: {} } }, "/b": { get: { tags: ["t"], operationId: "same_name", responses: {} } } },
    });
    expect(model.operations.map((o) => `${o.operationId}→${o.name}`).sort()).toEqual(["same-name→sameName", "same_name→sameName2"]);
    expect(codes).toContain("GEN_DUPLICATE_METHOD");
  });

  it("synthesizes namespaces without operations and sorts the tree", () => {
    const { model } = normalizeMini({
      paths: {
        "/g/f/p": { get: { "x-operation-group": ["guardian", "factors", "phone"], "x-operation-name": "get", responses: {} } },
        "/g/f": { get: { "x-operation-group": ["guardian", "factors"], "x-operation-name": "list", responses: {} } },
        "/a": { get: { "x-operation-group": "actions", "x-operation-name": "list", responses: {} } },
      },
    });
    const [actions, guardian] = model.rootGroup.children;
    expect(actions).toMatchObject({ name: "actions", synthesized: false, pascalName: "Actions" });
    expect(guardian).toMatchObject({ name: "guardian", synthesized: true, operationIds: [], pascalName: "Guardian" });
    expect(guardian.children[0]).toMatchObject({ path: ["guardian", "factors"], synthesized: false });
    expect(guardian.children[0].children[0]).toMatchObject({ path: ["guardian", "factors", "phone"], pascalName: "GuardianFactorsPhone" });
  });
});

describe("parameters", () => {
  it("splits by location, orders path parameters by the template, keeps wire names", () => {
    const operation = normalizeOperation(
      {
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "actionId", in: "path", required: true, schema: { type: "string" } },
          { name: "per_page", in: "query", schema: { type: "integer" } },
          { name: "auth0-custom-domain", in: "header", "x-sdk-ignore": true, schema: { type: "string" } },
          { name: "default", in: "query", required: true, schema: { type: "string" } },
        ],
      },
      { path: "/actions/{actionId}/versions/{id}" },
    );
    expect(operation.pathParameters.map((p) => [p.wireName, p.codeName])).toEqual([["actionId", "actionId"], ["id", "id"]]);
    expect(operation.queryParameters.map((p) => p.wireName)).toEqual(["per_page", "default"]);
    expect(operation.headerParameters).toMatchObject([{ wireName: "auth0-custom-domain", sdkIgnored: true }]);
    expect(operation.requestParameters).toMatchObject({ required: true, parameters: [{ wireName: "per_page" }, { wireName: "default" }] });
  });

  it("makes path-parameter code names valid, distinct binding names", () => {
    const operation = normalizeOperation(
      {
        parameters: [
          { name: "user_id", in: "path", required: true, schema: { type: "string" } },
          { name: "default", in: "path", required: true, schema: { type: "string" } },
          { name: "body", in: "path", required: true, schema: { type: "string" } },
        ],
      },
      { path: "/u/{user_id}/{default}/{body}" },
    );
    expect(operation.pathParameters.map((p) => p.codeName)).toEqual(["userId", "default_", "body2"]);
  });

  const bags: Array<[string, object, object | undefined]> = [
    ["named by the extension", { "x-operation-request-parameters-name": "ListUsersRequestParameters", parameters: [{ name: "q", in: "query", schema: { type: "string" } }] }, { typeName: "ListUsersRequestParameters", typeNameSource: "extension", required: false }],
    ["derived when the extension is missing", { parameters: [{ name: "q", in: "query", schema: { type: "string" } }] }, { typeName: "GetClientsConnectionsRequestParameters", typeNameSource: "derived" }],
    ["no bag without query parameters, even when named", { "x-operation-request-parameters-name": "RollbackRequestParameters" }, undefined],
    ["no bag for ignored headers only", { parameters: [{ name: "h", in: "header", "x-sdk-ignore": true, schema: { type: "string" } }] }, undefined],
  ];
  it.each(bags)("request-parameters bag %s", (_name, extra, expected) => {
    const operation = normalizeOperation({ "x-operation-group": ["clients", "connections"], "x-operation-name": "get", ...extra });
    if (expected === undefined) expect(operation.requestParameters).toBeUndefined();
    else expect(operation.requestParameters).toMatchObject(expected);
  });
});

describe("bodies and results", () => {
  const schemas = { Create: { type: "object", required: ["name"], properties: { name: { type: "string" } } }, Loose: { type: "object", properties: { a: { type: "string" } } } };
  const json = (ref: string) => ({ schema: { $ref: `#/components/schemas/${ref}` } });

  it("keeps every media type; JSON is the default encoding; a body with required properties is a required argument", () => {
    const operation = normalizeOperation({ requestBody: { content: { "application/json": json("Create"), "application/x-www-form-urlencoded": json("Create") } } }, { method: "post", schemas });
    expect(operation.requestBody).toMatchObject({
      specRequired: false,
      argumentRequired: true,
      defaultEncoding: "json",
      contents: [{ mediaType: "application/json", encoding: "json" }, { mediaType: "application/x-www-form-urlencoded", encoding: "form" }],
    });
  });

  it("a body without required properties is optional; multipart is recognized", () => {
    const operation = normalizeOperation({ requestBody: { content: { "multipart/form-data": json("Loose") } } }, { method: "post", schemas });
    expect(operation.requestBody).toMatchObject({ argumentRequired: false, defaultEncoding: "multipart" });
  });

  const results: Array<[string, object, object]> = [
    ["204 → void", { "204": { description: "gone" } }, { kind: "void", statuses: ["204"] }],
    ["200 without content → void", { "200": { description: "ok" } }, { kind: "void" }],
    ["200 JSON", { "200": { description: "ok", content: { "application/json": json("Loose") } } }, { kind: "json", schema: { kind: "ref", name: "Loose" } }],
    ["200 and 201 with the same schema → one type", { "200": { description: "ok", content: { "application/json": json("Loose") } }, "201": { description: "ok", content: { "application/json": json("Loose") } } }, { kind: "json", statuses: ["200", "201"], schema: { kind: "ref", name: "Loose" } }],
    ["200 JSON plus a bodiless 202 → may be empty", { "200": { description: "ok", content: { "application/json": json("Loose") } }, "202": { description: "accepted" } }, { kind: "json", mayBeEmpty: true }],
    ["event stream", { "200": { description: "ok", content: { "text/event-stream": json("Loose") } } }, { kind: "sse" }],
  ];
  it.each(results)("result: %s", (_name, responses, expected) => {
    expect(normalizeOperation({ responses }, { schemas }).result).toMatchObject(expected);
  });

  it("collects x-description-N in index order", () => {
    const operation = normalizeOperation({ responses: { "204": { description: "ok" }, "400": { description: "bad", "x-description-2": "second", "x-description-1": "first" } } });
    expect(operation.responses[1]).toMatchObject({ status: "400", alternativeDescriptions: ["first", "second"] });
  });
});

describe("pagination", () => {
  const q = (name: string, type = "integer") => ({ name, in: "query", schema: { type } });
  const schemas = {
    Item: { type: "object", properties: { id: { type: "string" } } },
    Paged: {
      oneOf: [
        { type: "array", items: { $ref: "#/components/schemas/Item" } },
        { type: "object", properties: { start: { type: "number" }, total: { type: "number" }, users: { type: "array", items: { $ref: "#/components/schemas/Item" } } } },
      ],
    },
    Checkpoint: { type: "object", properties: { next: { type: "string" }, roles: { type: "array", items: { $ref: "#/components/schemas/Item" } } } },
    Bare: { type: "array", items: { $ref: "#/components/schemas/Item" } },
  };
  const ok = (ref: string) => ({ "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } } });
  const cases: Array<[string, object, object | undefined]> = [
    ["offset with include_totals", { parameters: [q("page"), q("per_page"), q("include_totals", "boolean")], responses: ok("Paged") }, { style: "offset", itemsKey: "users", parameters: { page: "page", perPage: "per_page", includeTotals: "include_totals" } }],
    ["checkpoint", { parameters: [q("from", "string"), q("take")], responses: ok("Checkpoint") }, { style: "checkpoint", itemsKey: "roles", parameters: { from: "from", take: "take" } }],
    ["both", { parameters: [q("page"), q("per_page"), q("from", "string"), q("take")], responses: ok("Paged") }, { style: "both", itemsKey: "users" }],
    ["from without take is not paging", { "x-operation-name": "getDaily", parameters: [q("from", "string")], responses: ok("Bare") }, { style: "none", parameters: {} }],
    ["list without paging", { "x-operation-name": "list", responses: ok("Checkpoint") }, { style: "none", itemsKey: "roles" }],
    ["a plain get is no list", { "x-operation-name": "get", responses: ok("Checkpoint") }, undefined],
  ];
  it.each(cases)("%s", (_name, operation, expected) => {
    const result = normalizeOperation({ "x-operation-group": "things", "x-operation-name": "list", ...operation }, { schemas }).pagination;
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(expected);
  });

  it("ignores a path parameter named page", () => {
    const operation = normalizeOperation(
      { "x-operation-name": "get", parameters: [{ name: "page", in: "path", required: true, schema: { type: "string" } }], responses: ok("Checkpoint") },
      { path: "/texts/{page}", schemas },
    );
    expect(operation.pagination).toBeUndefined();
  });
});

describe("security", () => {
  it("takes scopes from the oauth2 requirement of security, and auth from the schemes", () => {
    const { model } = normalizeMini({
      components: {
        securitySchemes: {
          bearerAuth: { type: "http", scheme: "bearer" },
          oAuth2ClientCredentials: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "/oauth/token/", scopes: { "read:users": "Read users" }, "x-form-parameters": { audience: "/api/v2/" } } } },
        },
      },
      paths: { "/u": { get: { security: [{ bearerAuth: [] }, { oAuth2ClientCredentials: ["read:users", "read:user_idp_tokens"] }], responses: {} } } },
    });
    expect(model.operations[0].scopes).toEqual(["read:users", "read:user_idp_tokens"]);
    expect(model.auth).toEqual({
      bearer: true,
      clientCredentials: { schemeName: "oAuth2ClientCredentials", tokenUrl: "/oauth/token/", extraParameters: { audience: "/api/v2/" }, scopes: { "read:users": "Read users" } },
    });
  });

  it("reads lifecycles from x-release-lifecycle and deprecated", () => {
    expect(normalizeOperation({ "x-release-lifecycle": "beta" }).lifecycle).toBe("beta");
    expect(normalizeOperation({ deprecated: true })).toMatchObject({ lifecycle: "deprecated", deprecated: true });
    expect(normalizeOperation({}).lifecycle).toBeUndefined();
  });
});
