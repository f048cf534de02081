// The validators templates' data (ValidatorsView) and the helpers override templates walk IR data
// with. The built-in templates' output is pinned byte for byte by `npm run samples:check`; these
// tests pin what flavours rely on: every schema and operation present with its IR data, a
// declaration order with no forward reference outside a cycle, and helpers that print safe code.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../generator/diagnostics.js";
import { loadTemplates } from "../../generator/emit/templates.js";
import { buildValidatorsView, type ValidatorsView } from "../../generator/emit/validators/view.js";
import type { ApiModel, Schema } from "../../generator/ir/types.js";
import { loadModel } from "../../generator/pipeline.js";
import { AUTH0_SPEC } from "../helpers/paths.js";

let model: ApiModel;
let view: ValidatorsView;
beforeAll(async () => {
  model = (await loadModel(AUTH0_SPEC)).model;
  view = buildValidatorsView(model, "./types.js", new DiagnosticSink());
}, 60_000);

function references(schema: Schema, found: string[] = []): string[] {
  if (schema.kind === "ref") found.push(schema.name);
  for (const value of Object.values(schema)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === "object" && "kind" in child) references(child as Schema, found);
      else if (child && typeof child === "object" && "schema" in child) references((child as { schema: Schema }).schema, found);
    }
  }
  return found;
}

describe("ValidatorsView of the Auth0 spec", () => {
  it("has every schema with its IR data and compiled check", () => {
    expect(view.schemas.length).toBe(model.schemas.length);
    const user = view.schemas.find((s) => s.name === "UserResponseSchema")!;
    expect(user.schema).toBe(model.schemas.find((s) => s.name === "UserResponseSchema")!.schema);
    // The signature is too long for one line: one parameter a line, as prettier prints it.
    expect(user.checkFunctions).toMatch(/^export function checkUserResponseSchema\(\n {2}v: unknown,\n {2}p: string,\n {2}e: ValidationError\[\] \| null,\n\): boolean \{\n[\s\S]*\n\}$/);
    expect(view.schemas.filter((s) => s.recursive).map((s) => s.name).sort()).toEqual([
      "FlowAction",
      "FlowActionFlow",
      "FlowActionFlowBooleanCondition",
      "FlowActionFlowBooleanConditionParams",
    ]);
  });

  it("orders schemas so that none refers forward outside a reference cycle", () => {
    const order = view.schemasInDependencyOrder;
    expect(order.map((s) => s.name).sort()).toEqual(view.schemas.map((s) => s.name).sort());
    const position = new Map(order.map((s, i) => [s.name, i]));
    const forward = order.flatMap((entry, i) =>
      references(entry.schema)
        .filter((name) => !view.schemas.find((s) => s.name === name)!.recursive && position.get(name)! > i)
        .map((name) => `${entry.name} → ${name}`),
    );
    expect(forward).toEqual([]);
  });

  it("has every operation with what its request and response checks cover", () => {
    expect(view.operations.length).toBe(452);
    const get = view.operations.find((o) => o.operationId === "get_users_by_id")!;
    expect(get).toMatchObject({ method: "GET", path: "/users/{id}", groupPath: ["users"], name: "get", key: "get", bindingName: "usersGet" });
    expect(get.request.path.map((p) => p.wireName)).toEqual(["id"]);
    expect(get.request.query.map((p) => p.wireName)).toEqual(["fields", "include_fields"]);
    expect(get.request.body).toBeUndefined();
    expect(get.responses.map((r) => r.status)).toEqual(["200"]);
    expect(new Set(view.operations.map((o) => o.bindingName)).size).toBe(452);
  });
});

describe("template helpers", () => {
  function render(source: string, data: unknown, context?: { model?: ApiModel }): string {
    const dir = mkdtempSync(join(tmpdir(), "gen-helpers-"));
    mkdirSync(join(dir, "probe"));
    writeFileSync(join(dir, "probe", "out.txt.hbs"), source);
    return loadTemplates("probe", dir).render("out.txt", data, context);
  }

  it("json prints ASCII-only JavaScript, objects through JSON.parse", () => {
    expect(render("{{{json s}}} {{{json n}}} {{{json b}}} {{{json z}}}", { s: 'a"\u2028</script>é', n: 1.5, b: true, z: null })).toBe(
      '"a\\"\\u2028</script>\\u00e9" 1.5 true null',
    );
    expect(render("{{{json o}}}", { o: { __proto__x: 1 } })).toBe('JSON.parse("{\\"__proto__x\\":1}")');
  });

  it("key quotes what is not an identifier and computes __proto__", () => {
    expect(render("{{{key a}}} {{{key b}}} {{{key c}}}", { a: "user_id", b: "x5t#S256", c: "__proto__" })).toBe('user_id "x5t#S256" ["__proto__"]');
  });

  it("identifier makes a binding name of any text", () => {
    expect(render("{{identifier a}} {{identifier b}} {{identifier c}}", { a: "per_page", b: "delete", c: "2fa" })).toBe("perPage delete_ _2fa");
  });

  it("regexp compiles with the u flag, falls back without it, and prints nothing for an invalid pattern", () => {
    expect(render("{{{regexp p}}}", { p: "^[a-z]+$" })).toBe('new RegExp("^[a-z]+$", "u")');
    expect(render("{{{regexp p}}}", { p: "^[\\w-.]+$" })).toBe('new RegExp("^[\\\\w-.]+$", "")');
    expect(render("[{{{regexp p}}}]", { p: "(" })).toBe("[]");
    expect(render("[{{{regexp p}}}]", {})).toBe("[]");
  });

  it("eq, not, and, or, includes", () => {
    expect(render('{{#if (eq a "x")}}1{{/if}}{{#if (not b)}}2{{/if}}{{#if (and a c)}}3{{/if}}{{#if (or b c)}}4{{/if}}{{#if (includes l "y")}}5{{/if}}', { a: "x", b: 0, c: true, l: ["y"] })).toBe("12345");
  });

  it("lookupSchema finds a component schema in @model, and says so when there is none", () => {
    const model = { schemas: [{ name: "User", typeName: "User", pointer: "", recursive: false, schema: { kind: "string" } }] } as unknown as ApiModel;
    expect(render("{{#with (lookupSchema n)}}{{typeName}} {{schema.kind}}{{/with}}", { n: "User" }, { model })).toBe("User string");
    expect(() => render("{{#with (lookupSchema n)}}{{/with}}", { n: "User" })).toThrow(/@model/);
  });
});
