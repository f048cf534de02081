// Naming overrides on the IR: groups, methods, types (refs follow), property casing; conflicts.
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../generator/diagnostics.js";
import type { ApiModel, Schema } from "../../generator/ir/types.js";
import { applyNaming } from "../../generator/naming/index.js";
import type { NamingConfig } from "../../generator/config/types.js";
import { flavourModel, groupPaths } from "./fixtures.js";

const ORIGIN = "gen.config.json#/flavours/f";

function rename(naming: NamingConfig, model: ApiModel = flavourModel()) {
  const sink = new DiagnosticSink();
  const renamed = applyNaming(model, naming, sink, ORIGIN);
  return { model: renamed, diagnostics: sink.items.map((d) => ({ code: d.code, severity: d.severity, location: d.location })) };
}

const at = (model: ApiModel, id: string) => {
  const o = model.operations.find((op) => op.operationId === id)!;
  return [...o.groupPath, o.name].join(".");
};

/** Every ref in a schema tree, as name → typeName. */
function refs(schema: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(schema)) schema.forEach((s) => refs(s, out));
  else if (schema && typeof schema === "object") {
    const node = schema as Record<string, unknown>;
    if (node.kind === "ref") out.push([node.name as string, node.typeName as string]);
    Object.values(node).forEach((v) => refs(v, out));
  }
  return out;
}

describe("group renames", () => {
  it("moves the group's operations and sub-groups; file and class names follow", () => {
    const { model, diagnostics } = rename({ groups: { users: "people", "experimentation.flags": "toggles" } });
    expect(diagnostics).toEqual([]);
    expect(at(model, "get_users")).toBe("people.list");
    expect(at(model, "get_user_roles")).toBe("people.roles.list");
    expect(at(model, "get_flags")).toBe("experimentation.toggles.list");
    expect(groupPaths(model)).toEqual(["experimentation (namespace)", "experimentation.experiments", "experimentation.toggles", "keys (namespace)", "keys.signing", "people", "people.roles", "stats"]);
    const people = model.rootGroup.children.find((g) => g.name === "people")!;
    expect([people.pascalName, people.children[0].pascalName]).toEqual(["People", "PeopleRoles"]);
    // Operations stay sorted by group path, then name.
    expect(model.operations.map((o) => [...o.groupPath, o.name].join("."))).toEqual([...model.operations.map((o) => [...o.groupPath, o.name].join("."))].sort());
  });

  it("refuses a rename onto an existing sibling, and bad names", () => {
    expect(rename({ groups: { users: "stats" } }).diagnostics).toContainEqual({ code: "GEN_NAMING_CONFLICT", severity: "error", location: `${ORIGIN}/naming/groups/users` });
    expect(rename({ groups: { users: "constructor" } }).diagnostics).toEqual([{ code: "GEN_NAMING_INVALID", severity: "error", location: `${ORIGIN}/naming/groups/users` }]);
  });

  it("warns about a group that is not there", () => {
    expect(rename({ groups: { user: "people" } }).diagnostics).toEqual([{ code: "GEN_NAMING_UNMATCHED", severity: "warning", location: `${ORIGIN}/naming/groups/user` }]);
  });
});

describe("method renames", () => {
  it("renames by operationId and keeps the group's methods sorted", () => {
    const { model, diagnostics } = rename({ methods: { get_users: "listAll", post_users: "add" } });
    expect(diagnostics).toEqual([]);
    expect(at(model, "get_users")).toBe("users.listAll");
    const users = model.rootGroup.children.find((g) => g.name === "users")!;
    expect(users.operationIds).toEqual(["post_users", "get_users"]); // add, listAll
  });

  it("refuses two methods at one place, and a method named like a sub-group", () => {
    expect(rename({ methods: { post_users: "list" } }).diagnostics).toEqual([{ code: "GEN_NAMING_CONFLICT", severity: "error", location: `${ORIGIN}/naming/methods/post_users` }]);
    expect(rename({ methods: { get_users: "roles" } }).diagnostics).toEqual([{ code: "GEN_NAMING_CONFLICT", severity: "error", location: `${ORIGIN}/naming/methods/get_users` }]);
    expect(rename({ methods: { get_users: "list-all" } }).diagnostics[0].code).toBe("GEN_NAMING_INVALID");
  });
});

describe("type renames", () => {
  it("renames a schema's type and every ref to it, in schemas and operations", () => {
    const { model, diagnostics } = rename({ types: { Address: "PostalAddress", User: "Person" } });
    expect(diagnostics).toEqual([]);
    expect(model.schemas.find((s) => s.name === "Address")!.typeName).toBe("PostalAddress");
    const all = refs([model.schemas, model.operations]);
    expect(all.filter(([name]) => name === "Address").every(([, typeName]) => typeName === "PostalAddress")).toBe(true);
    expect(all.filter(([name]) => name === "User").every(([, typeName]) => typeName === "Person")).toBe(true);
    expect(all.filter(([name]) => name === "Address").length).toBeGreaterThanOrEqual(2); // in User and in UserCreate's map
  });

  it("renames a request-parameters type", () => {
    const { model } = rename({ types: { ListUsersRequestParameters: "UserQuery" } });
    expect(model.operations.find((o) => o.operationId === "get_users")!.requestParameters!.typeName).toBe("UserQuery");
  });

  it("refuses names that collide (case-insensitively), keywords and names generated code uses", () => {
    expect(rename({ types: { Address: "role" } }).diagnostics).toEqual([{ code: "GEN_NAMING_CONFLICT", severity: "error", location: `${ORIGIN}/naming/types/Address` }]);
    expect(rename({ types: { Address: "string" } }).diagnostics[0].code).toBe("GEN_NAMING_INVALID");
    expect(rename({ types: { Address: "ApiError" } }).diagnostics[0].code).toBe("GEN_NAMING_INVALID");
    expect(rename({ types: { Nope: "Yes" } }).diagnostics).toEqual([{ code: "GEN_NAMING_UNMATCHED", severity: "warning", location: `${ORIGIN}/naming/types/Nope` }]);
  });
});

describe("property casing", () => {
  const property = (model: ApiModel, schema: string, wire: string) => {
    const s = model.schemas.find((n) => n.name === schema)!.schema as Extract<Schema, { kind: "object" }>;
    return s.properties.find((p) => p.wireName === wire)!;
  };

  it("keeps wire names by default", () => {
    expect(property(rename({ properties: "wire" }).model, "User", "user_id").codeName).toBe("user_id");
  });

  it("camel: sets codeName on properties at any depth and on request-parameter members, wireName untouched", () => {
    const { model } = rename({ properties: "camel" });
    expect(property(model, "User", "user_id")).toMatchObject({ wireName: "user_id", codeName: "userId" });
    expect(property(model, "User", "home_address").codeName).toBe("homeAddress");
    const stats = model.operations.find((o) => o.operationId === "get_stats")!;
    expect(JSON.stringify(stats.result)).toContain('"wireName":"active_users","codeName":"activeUsers"');
    const bag = model.operations.find((o) => o.operationId === "get_users")!.requestParameters!;
    expect(bag.parameters.map((p) => [p.wireName, p.codeName])).toEqual([["per_page", "perPage"], ["include_totals", "includeTotals"]]);
    expect(model.operations.find((o) => o.operationId === "get_users")!.queryParameters.map((p) => p.codeName)).toEqual(["perPage", "includeTotals"]);
  });

  it("camel: two wire names with one camelCase form keep the later one's wire name, with a warning", () => {
    const model = flavourModel();
    const clash = { ...model, schemas: [{ ...model.schemas[0], schema: { kind: "object", additionalProperties: true, properties: [
      { wireName: "user_id", codeName: "user_id", required: false, schema: { kind: "string" } },
      { wireName: "userId", codeName: "userId", required: false, schema: { kind: "string" } },
    ] } as Schema }] };
    const { model: renamed, diagnostics } = rename({ properties: "camel" }, clash);
    const props = (renamed.schemas[0].schema as Extract<Schema, { kind: "object" }>).properties;
    expect(props.map((p) => p.codeName)).toEqual(["user_id", "userId"]);
    expect(diagnostics).toContainEqual({ code: "GEN_PROPERTY_NAME_KEPT", severity: "warning", location: undefined });
  });
});

it("is pure: the input model is untouched", () => {
  const model = flavourModel();
  const before = JSON.stringify(model);
  rename({ groups: { users: "people" }, methods: { get_stats: "fetch" }, types: { User: "Person" }, properties: "camel" }, model);
  expect(JSON.stringify(model)).toBe(before);
});
