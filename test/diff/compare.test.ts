// Table tests for `gen diff`'s engine: two small specs in, the classified changes out. One row per
// kind of change, judged from the point of view of code that calls the generated client.
import { describe, expect, it } from "vitest";
import type { Change } from "../../generator/diff/changes.js";
import { compareSurfaces } from "../../generator/diff/compare.js";
import { toSurface } from "../../generator/diff/surface.js";
import { normalizeMini } from "../helpers/miniSpec.js";

type Parts = Parameters<typeof normalizeMini>[0];

function diff(before: Parts, after: Parts) {
  return compareSurfaces(toSurface(normalizeMini(before).model), toSurface(normalizeMini(after).model));
}

/** The changes as `severity kind location`, the shape every row below states. */
function lines(changes: Change[]): string[] {
  return changes.map((c) => `${c.severity} ${c.kind} ${c.location}`);
}

const json = (schema: object) => ({ content: { "application/json": { schema } } });
const ok = (schema: object) => ({ "200": { description: "ok", ...json(schema) } });
const noContent = { "204": { description: "no content" } };

/** An operation at `client.<group>.<name>`. */
function op(group: string | string[], name: string, extra: object = {}): object {
  return { operationId: `${name}_${[group].flat().join("_")}`, "x-operation-group": group, "x-operation-name": name, responses: noContent, ...extra };
}

const query = (name: string, schema: object, required = false) => ({ name, in: "query", required, schema });

/** `GET /things` sending the query parameters given. */
const listWith = (...parameters: object[]): Parts => ({ paths: { "/things": { get: op("things", "list", { parameters }) } } });
/** `POST /things` sending a `Thing` body. */
const creating = (thing: object): Parts => ({
  paths: { "/things": { post: op("things", "create", { requestBody: json({ $ref: "#/components/schemas/Thing" }) }) } },
  schemas: { Thing: thing },
});
/** `GET /things/{id}` returning a `Thing`. */
const reading = (thing: object): Parts => ({
  paths: { "/things/{id}": { get: op("things", "get", { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: ok({ $ref: "#/components/schemas/Thing" }) }) } },
  schemas: { Thing: thing },
});
const object = (properties: object, required: string[] = [], extra: object = {}) => ({ type: "object", additionalProperties: false, properties, required, ...extra });

describe("operations", () => {
  const rows: Array<[string, Parts, Parts, string[]]> = [
    ["an operation added is non-breaking", { paths: {} }, { paths: { "/a": { get: op("a", "list") } } }, ["non-breaking operation-added a.list"]],
    ["an operation removed is breaking", { paths: { "/a": { get: op("a", "list") } } }, { paths: {} }, ["breaking operation-removed a.list"]],
    [
      "an operation moved to another group is breaking",
      { paths: { "/a": { get: op("a", "list") } } },
      { paths: { "/a": { get: { ...op("b", "list"), operationId: "list_a" } } } },
      ["breaking operation-moved b.list"],
    ],
    [
      "a method renamed is breaking",
      { paths: { "/a": { get: op("a", "get") } } },
      { paths: { "/a": { get: { ...op("a", "fetch"), operationId: "get_a" } } } },
      ["breaking operation-moved a.fetch"],
    ],
    [
      "an operationId renamed in the spec alone changes nothing a caller sees",
      { paths: { "/a": { get: op("a", "list") } } },
      { paths: { "/a": { get: { ...op("a", "list"), operationId: "renamed" } } } },
      [],
    ],
    [
      "beta to GA is non-breaking",
      { paths: { "/a": { get: op("a", "list", { "x-release-lifecycle": "beta" }) } } },
      { paths: { "/a": { get: op("a", "list", { "x-release-lifecycle": "GA" }) } } },
      ["non-breaking lifecycle-changed a.list"],
    ],
    [
      "GA to deprecated needs review",
      { paths: { "/a": { get: op("a", "list") } } },
      { paths: { "/a": { get: op("a", "list", { deprecated: true }) } } },
      ["needs-review lifecycle-changed a.list"],
    ],
    [
      "a result that goes away is breaking",
      { paths: { "/a": { get: op("a", "get", { responses: ok({ type: "string" }) }) } } },
      { paths: { "/a": { get: op("a", "get") } } },
      ["breaking result-changed a.get › result"],
    ],
    [
      "a result where there was none needs review",
      { paths: { "/a": { get: op("a", "get") } } },
      { paths: { "/a": { get: op("a", "get", { responses: ok({ type: "string" }) }) } } },
      ["needs-review result-changed a.get › result"],
    ],
  ];
  it.each(rows)("%s", (_name, before, after, expected) => {
    expect(lines(diff(before, after).changes)).toEqual(expected);
  });
});

describe("parameters", () => {
  const rows: Array<[string, Parts, Parts, string[]]> = [
    ["a new optional parameter is non-breaking", listWith(), listWith(query("q", { type: "string" })), ["non-breaking parameter-added things.list › params.q"]],
    ["a new required parameter is breaking", listWith(), listWith(query("q", { type: "string" }, true)), ["breaking parameter-added things.list › params.q"]],
    ["a parameter removed is breaking", listWith(query("q", { type: "string" }), query("page", { type: "integer" })), listWith(query("page", { type: "integer" })), ["breaking parameter-removed things.list › params.q"]],
    ["a parameter renamed is breaking", listWith(query("q", { type: "string" })), listWith(query("query", { type: "string" })), ["breaking parameter-renamed things.list › params.query"]],
    ["optional to required is breaking", listWith(query("q", { type: "string" })), listWith(query("q", { type: "string" }, true)), ["breaking parameter-required things.list › params.q"]],
    ["required to optional is non-breaking", listWith(query("q", { type: "string" }, true)), listWith(query("q", { type: "string" })), ["non-breaking parameter-optional things.list › params.q"]],
    [
      "a request enum value removed is breaking",
      listWith(query("sort", { type: "string", enum: ["asc", "desc"] })),
      listWith(query("sort", { type: "string", enum: ["asc"] })),
      ["breaking enum-value-removed things.list › params.sort"],
    ],
    [
      "a request enum value added is non-breaking",
      listWith(query("sort", { type: "string", enum: ["asc"] })),
      listWith(query("sort", { type: "string", enum: ["asc", "desc"] })),
      ["non-breaking enum-value-added things.list › params.sort"],
    ],
    ["a parameter type narrowed is breaking", listWith(query("q", { type: "string" })), listWith(query("q", { type: "string", enum: ["a", "b"] })), ["breaking type-narrowed things.list › params.q"]],
    ["a parameter type widened is non-breaking", listWith(query("q", { type: "string", enum: ["a", "b"] })), listWith(query("q", { type: "string" })), ["non-breaking type-widened things.list › params.q"]],
    ["a parameter type changed is breaking", listWith(query("q", { type: "string" })), listWith(query("q", { type: "boolean" })), ["breaking type-changed things.list › params.q"]],
  ];
  it.each(rows)("%s", (_name, before, after, expected) => {
    expect(lines(diff(before, after).changes)).toEqual(expected);
  });

  const path = (...names: string[]): Parts => ({
    paths: { [`/things/${names.map((n) => `{${n}}`).join("/")}`]: { get: op("things", "get", { parameters: names.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })) }) } },
  });
  it("a path parameter added changes the positional arguments: breaking", () => {
    // The path changes too, so the operation is matched by operationId.
    expect(lines(diff(path("id"), path("id", "vid")).changes)).toEqual(["breaking positional-parameters-changed things.get"]);
  });
  it("a path parameter renamed leaves calls as they are: non-breaking", () => {
    expect(lines(diff(path("id"), path("thing_id")).changes)).toEqual(["non-breaking positional-parameter-renamed things.get › thingId"]);
  });
});

describe("request bodies and the schemas callers send", () => {
  const rows: Array<[string, Parts, Parts, string[]]> = [
    ["a new optional property is non-breaking", creating(object({ a: { type: "string" } })), creating(object({ a: { type: "string" }, b: { type: "string" } })), ["non-breaking property-added Thing.b"]],
    ["a new required property is breaking", creating(object({ a: { type: "string" } })), creating(object({ a: { type: "string" }, b: { type: "string" } }, ["b"])), 
      // The body argument itself becomes required too: its type now has a required property.
      ["breaking property-added Thing.b", "breaking request-body-required things.create › body"]],
    ["a property removed from a closed object is breaking", creating(object({ a: { type: "string" }, b: { type: "string" } })), creating(object({ a: { type: "string" } })), ["breaking property-removed Thing.b"]],
    [
      "a property removed from an open object needs review",
      creating(object({ a: { type: "string" }, b: { type: "string" } }, [], { additionalProperties: true })),
      creating(object({ a: { type: "string" } }, [], { additionalProperties: true })),
      ["needs-review property-removed Thing.b"],
    ],
    ["a property made required is breaking", creating(object({ a: { type: "string" } })), creating(object({ a: { type: "string" } }, ["a"])), ["breaking property-required Thing.a", "breaking request-body-required things.create › body"]],
    ["null accepted is non-breaking", creating(object({ a: { type: "string" } })), creating(object({ a: { type: ["string", "null"] } })), ["non-breaking type-widened Thing.a"]],
    [
      "a union narrowed to one variant is breaking",
      creating(object({ a: { oneOf: [{ type: "string" }, { type: "integer" }] } })),
      creating(object({ a: { type: "string" } })),
      ["breaking type-narrowed Thing.a"],
    ],
    [
      "a default changed needs review",
      creating(object({ a: { type: "string", default: "x" } })),
      creating(object({ a: { type: "string", default: "y" } })),
      ["needs-review default-changed Thing.a"],
    ],
  ];
  it.each(rows)("%s", (_name, before, after, expected) => {
    expect(lines(diff(before, after).changes)).toEqual(expected);
  });

  it("a body becoming required is breaking; one going away is breaking", () => {
    const withBody = (required: string[]): Parts => ({ paths: { "/a": { post: op("a", "create", { requestBody: json(object({ a: { type: "string" } }, required)) }) } } });
    const withoutBody: Parts = { paths: { "/a": { post: op("a", "create") } } };
    expect(lines(diff(withBody([]), withBody(["a"])).changes)).toEqual(["breaking request-body-required a.create › body", "breaking property-required a.create › body.a"]);
    expect(lines(diff(withBody([]), withoutBody).changes)).toEqual(["breaking request-body-removed a.create › body"]);
    expect(lines(diff(withoutBody, withBody([])).changes)).toEqual(["non-breaking request-body-added a.create › body"]);
  });
});

describe("results and the schemas callers read", () => {
  const rows: Array<[string, Parts, Parts, string[]]> = [
    ["a property removed is breaking", reading(object({ a: { type: "string" }, b: { type: "string" } })), reading(object({ a: { type: "string" } })), ["breaking property-removed Thing.b"]],
    ["a property added is non-breaking", reading(object({ a: { type: "string" } })), reading(object({ a: { type: "string" }, b: { type: "string" } }, ["b"])), ["non-breaking property-added Thing.b"]],
    ["a property made optional is breaking", reading(object({ a: { type: "string" } }, ["a"])), reading(object({ a: { type: "string" } })), ["breaking property-optional Thing.a"]],
    ["a property made required is non-breaking", reading(object({ a: { type: "string" } })), reading(object({ a: { type: "string" } }, ["a"])), ["non-breaking property-required Thing.a"]],
    [
      "a type widened is breaking",
      reading(object({ id: { type: "string" } })),
      reading(object({ id: { oneOf: [{ type: "string" }, { type: "integer" }] } })),
      ["breaking type-widened Thing.id"],
    ],
    [
      "a type narrowed is non-breaking",
      reading(object({ at: { oneOf: [{ type: "string" }, { type: "object" }] } })),
      reading(object({ at: { type: "string", format: "date-time" } })),
      ["non-breaking type-narrowed Thing.at"],
    ],
    ["unknown to a real type is non-breaking", reading(object({ x: {} })), reading(object({ x: { type: "string" } })), ["non-breaking type-narrowed Thing.x"]],
    ["null returned is breaking", reading(object({ a: { type: "string" } })), reading(object({ a: { type: ["string", "null"] } })), ["breaking type-widened Thing.a"]],
    [
      "a response enum value added needs review",
      reading(object({ s: { type: "string", enum: ["on"] } })),
      reading(object({ s: { type: "string", enum: ["on", "off"] } })),
      ["needs-review enum-value-added Thing.s"],
    ],
    [
      "a response enum value removed is non-breaking",
      reading(object({ s: { type: "string", enum: ["on", "off"] } })),
      reading(object({ s: { type: "string", enum: ["on"] } })),
      ["non-breaking enum-value-removed Thing.s"],
    ],
    ["an array's items are compared", reading(object({ ids: { type: "array", items: { type: "string" } } })), reading(object({ ids: { type: "array", items: { type: "boolean" } } })), ["breaking type-changed Thing.ids[]"]],
    [
      "a property of an allOf member is found",
      reading({ allOf: [{ $ref: "#/components/schemas/Base" }, object({ a: { type: "string" } })] }),
      reading({ allOf: [{ $ref: "#/components/schemas/Base" }, object({})] }),
      ["breaking property-removed Thing.a"],
    ],
  ];
  it.each(rows)("%s", (_name, before, after, expected) => {
    const withBase = (parts: Parts): Parts => ({ ...parts, schemas: { ...(parts.schemas as object), Base: object({ id: { type: "string" } }) } });
    expect(lines(diff(withBase(before), withBase(after)).changes)).toEqual(expected);
  });
});

describe("component schemas", () => {
  it("schemas added are non-breaking and schemas removed breaking, used or not", () => {
    const changes = diff({ schemas: { Old: { type: "string" } } }, { schemas: { New: { type: "string" } } }).changes;
    expect(lines(changes)).toEqual(["breaking schema-removed Old", "non-breaking schema-added New"]);
  });

  it("a change in a type used both ways takes the worse verdict", () => {
    const status = (values: string[]): Parts => ({
      paths: {
        "/a": {
          get: op("a", "get", { responses: ok({ $ref: "#/components/schemas/Status" }) }),
          post: op("a", "set", { requestBody: json({ $ref: "#/components/schemas/Status" }) }),
        },
      },
      schemas: { Status: { type: "string", enum: values } },
    });
    const [change] = diff(status(["on"]), status(["on", "off"])).changes;
    expect(change).toMatchObject({ severity: "needs-review", kind: "enum-value-added", location: "Status", direction: "both", detail: '"off"' });
  });

  it("a change in a type shared by many operations is reported once, at the type", () => {
    const parts = (b: object): Parts => ({
      paths: {
        "/a": { get: op("a", "get", { responses: ok({ $ref: "#/components/schemas/Thing" }) }) },
        "/b": { get: op("b", "get", { responses: ok({ type: "array", items: { $ref: "#/components/schemas/Thing" } }) }) },
      },
      schemas: { Thing: object({ a: { type: "string" }, ...b }) },
    });
    expect(lines(diff(parts({ b: { type: "string" } }), parts({})).changes)).toEqual(["breaking property-removed Thing.b"]);
  });

  it("a reference swapped for a type of the same shape is non-breaking; of another shape, judged by the difference", () => {
    const uses = (target: string, extra: object = {}): Parts => ({
      ...reading(object({ who: { $ref: `#/components/schemas/${target}` } })),
      schemas: {
        Thing: object({ who: { $ref: `#/components/schemas/${target}` } }),
        [target]: object({ id: { type: "string" }, ...extra }),
      },
    });
    const same = diff(uses("Person"), uses("Human")).changes.filter((c) => c.location === "Thing.who");
    expect(lines(same)).toEqual(["non-breaking type-renamed Thing.who"]);
    const smaller = diff(uses("Person", { name: { type: "string" } }), uses("Human")).changes.filter((c) => c.location.startsWith("Thing."));
    expect(lines(smaller)).toEqual(["breaking property-removed Thing.who.name"]);
  });

  it("a type no operation uses: what would break needs review instead", () => {
    const [change] = diff({ schemas: { Loose: object({ a: { type: "string" } }) } }, { schemas: { Loose: object({}) } }).changes;
    expect(change).toMatchObject({ severity: "needs-review", kind: "property-removed", direction: "unused" });
  });

  it("lifecycle marks on a schema are reported", () => {
    const marked = (lifecycle?: string): Parts => reading(object({ a: { type: "string" } }, [], lifecycle ? { "x-release-lifecycle": lifecycle } : {}));
    expect(lines(diff(marked("EA"), marked()).changes)).toEqual(["non-breaking lifecycle-changed Thing"]);
    expect(lines(diff(marked(), marked("deprecated")).changes)).toEqual(["needs-review lifecycle-changed Thing"]);
  });

  it("recursive types compare without looping", () => {
    const tree = (name: string, extra: object = {}): Parts => ({
      ...reading(object({ root: { $ref: `#/components/schemas/${name}` } })),
      schemas: {
        Thing: object({ root: { $ref: `#/components/schemas/${name}` } }),
        [name]: object({ children: { type: "array", items: { $ref: `#/components/schemas/${name}` } }, ...extra }),
      },
    });
    const changes = diff(tree("Node", { label: { type: "string" } }), tree("TreeNode")).changes.filter((c) => c.location.startsWith("Thing."));
    expect(lines(changes)).toEqual(["breaking property-removed Thing.root.label"]);
  });
});

describe("the suggested version bump", () => {
  it.each([
    ["major", { paths: { "/a": { get: op("a", "list") } } }, { paths: {} }],
    ["minor", { paths: {} }, { paths: { "/a": { get: op("a", "list") } } }],
    ["patch", { paths: { "/a": { get: op("a", "list", { "x-release-lifecycle": "beta" }) } } }, { paths: { "/a": { get: op("a", "list") } } }],
    ["none", { paths: { "/a": { get: op("a", "list") } } }, { paths: { "/a": { get: op("a", "list", { summary: "Only the docs changed" }) } } }],
  ] as Array<[string, Parts, Parts]>)("%s", (bump, before, after) => {
    expect(diff(before, after).bump).toBe(bump);
  });
});
