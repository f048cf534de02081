// Table tests for how the docs describe schemas: type labels, constraint lines, and the example
// values used in snippets (`request`: the smallest value the client's types accept) and responses.
import { describe, expect, it } from "vitest";
import { exampleValue, FileExample } from "../../generator/emit/docs/exampleValue.js";
import { SchemaLookup } from "../../generator/emit/docs/schemaLookup.js";
import { schemaFacts, typeLabel } from "../../generator/emit/docs/typeLabel.js";
import type { Schema } from "../../generator/ir/types.js";
import { normalizeMini } from "../helpers/miniSpec.js";

/** Normalizes `components.schemas` and returns the lookup plus a ref to `name`. */
function schemas(defs: Record<string, object>): { lookup: SchemaLookup; ref: (name: string) => Schema } {
  const { model } = normalizeMini({ schemas: defs });
  const lookup = new SchemaLookup(model.schemas);
  return { lookup, ref: (name) => ({ kind: "ref", name, typeName: lookup.byName.get(name)!.typeName }) };
}

describe("type labels", () => {
  const { lookup, ref } = schemas({
    Id: { type: "string", format: "connection-id" },
    Count: { type: "integer", minimum: 0, maximum: 432000 },
    Factor: { type: "string", enum: ["push", "sms"] },
    Ids: { type: "array", items: { $ref: "#/components/schemas/Id" } },
    MaybeText: { type: ["string", "null"] },
    Map: { type: "object", additionalProperties: { type: "string" } },
    Both: { allOf: [{ type: "string", format: "uri" }, { maxLength: 10 }] },
    Either: { oneOf: [{ type: "string" }, { type: "object", properties: { a: { type: "string" } } }] },
    Upload: { type: "string", contentMediaType: "application/octet-stream" },
  });
  it.each([
    ["Id", "string<connection-id>"],
    ["Count", "integer"],
    ["Factor", "enum<string>"],
    ["Ids", "string<connection-id>[]"],
    ["MaybeText", "string | null"],
    ["Map", "Record<string, string>"],
    ["Both", "string<uri>"],
    ["Either", "string | object"],
    ["Upload", "file"],
  ])("%s → %s", (name, label) => {
    expect(typeLabel(ref(name), lookup)).toBe(label);
  });

  it("states ranges, lengths, options and defaults", () => {
    const { lookup: l, ref: r } = schemas({
      Range: { type: "integer", minimum: 0, maximum: 432000 },
      Above: { type: "number", exclusiveMinimum: 1 },
      Domain: { type: "string", minLength: 3, maxLength: 255, default: "x.example" },
      Factor: { type: "string", enum: ["push", "sms"] },
      Tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 10, uniqueItems: true },
    });
    expect(schemaFacts(r("Range"), l)).toEqual([{ label: "Required range", values: ["0 <= x <= 432000"] }]);
    expect(schemaFacts(r("Above"), l)).toEqual([{ label: "Required range", values: ["x > 1"] }]);
    expect(schemaFacts(r("Domain"), l)).toEqual([
      { label: "Required string length", values: ["3 - 255"] },
      { label: "Default", values: ["x.example"] },
    ]);
    expect(schemaFacts(r("Factor"), l)).toEqual([{ label: "Available options", values: ["push", "sms"] }]);
    expect(schemaFacts(r("Tags"), l)).toEqual([
      { label: "Required array length", values: ["1 - 10 elements"] },
      { label: "Items must be unique", values: [] },
    ]);
  });
});

describe("example values", () => {
  const { lookup, ref } = schemas({
    Ticket: {
      type: "object",
      required: ["user_id", "factor", "ttl", "tags"],
      properties: {
        user_id: { type: "string", format: "user-id" },
        email: { type: "string", format: "email" },
        factor: { type: "string", enum: ["push", "sms"] },
        ttl: { type: "integer", minimum: 60, maximum: 3600 },
        tags: { type: "array", items: { type: "string" }, minItems: 2 },
        mode: { type: "string", default: "auto" },
      },
    },
    Patch: { type: "object", minProperties: 1, properties: { name: { type: "string" }, blocked: { type: "boolean" } } },
    Node: { type: "object", required: ["children"], properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, label: { type: "string" } } },
    Import: { type: "object", required: ["users"], properties: { users: { type: "string", contentMediaType: "application/octet-stream" } } },
    Merged: { allOf: [{ $ref: "#/components/schemas/Patch" }, { type: "object", required: ["id"], properties: { id: { type: "string" } } }] },
  });

  it("request mode: required properties only, first enum value, ranges respected, one value per required item", () => {
    expect(exampleValue(ref("Ticket"), lookup, { mode: "request" })).toEqual({ user_id: "user_id", factor: "push", ttl: 60, tags: ["tags", "tags"] });
  });

  it("request mode: one property when minProperties asks for it; allOf members merged", () => {
    expect(exampleValue(ref("Patch"), lookup, { mode: "request" })).toEqual({ name: "name" });
    expect(exampleValue(ref("Merged"), lookup, { mode: "request" })).toEqual({ id: "id" });
  });

  it("response mode: every property, formats and defaults", () => {
    expect(exampleValue(ref("Ticket"), lookup, { mode: "response" })).toEqual({
      user_id: "string",
      email: "user@example.com",
      factor: "push",
      ttl: 60,
      tags: ["string", "string"],
      mode: "auto",
    });
  });

  it("stops at a reference cycle", () => {
    expect(exampleValue(ref("Node"), lookup, { mode: "response" })).toEqual({ children: [], label: "string" });
  });

  it("marks file fields", () => {
    const value = exampleValue(ref("Import"), lookup, { mode: "request" }) as { users: unknown };
    expect(value.users).toBeInstanceOf(FileExample);
  });
});
