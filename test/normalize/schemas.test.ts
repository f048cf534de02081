// Table tests for JSON Schema → IR Schema (generator/normalize/schemas.ts).
import { describe, expect, it } from "vitest";
import { normalizeMini } from "../helpers/miniSpec.js";

function schemaOf(schema: object, others: object = {}) {
  const { model } = normalizeMini({ schemas: { Subject: schema, ...others } });
  return model.schemas.find((s) => s.name === "Subject")!.schema;
}

describe("normalizeSchema", () => {
  const cases: Array<[string, object, object]> = [
    ["string with constraints", { type: "string", minLength: 1, maxLength: 5, pattern: "^a", format: "email" }, { kind: "string", minLength: 1, maxLength: 5, pattern: "^a", format: "email" }],
    ["integer bounds", { type: "integer", minimum: 0, maximum: 432000 }, { kind: "number", integer: true, minimum: 0, maximum: 432000 }],
    ["type array with null", { type: ["string", "null"], maxLength: 3 }, { kind: "string", maxLength: 3, nullable: true }],
    ["object nullable", { type: ["object", "null"], properties: { a: { type: "boolean" } } }, { kind: "object", nullable: true, properties: [{ wireName: "a", codeName: "a", required: false, schema: { kind: "boolean" } }], additionalProperties: true }],
    ["enum with null", { type: ["string", "null"], enum: ["a", "b", null] }, { kind: "enum", values: ["a", "b", null], baseType: "string", nullable: true }],
    ["boolean enum", { type: "boolean", enum: [true] }, { kind: "enum", values: [true], baseType: "boolean" }],
    ["const", { const: 400 }, { kind: "const", value: 400 }],
    ["closed object with required", { type: "object", additionalProperties: false, required: ["x5t#S256"], properties: { "x5t#S256": { type: "string" } } }, { kind: "object", additionalProperties: false, properties: [{ wireName: "x5t#S256", codeName: "x5t#S256", required: true, schema: { kind: "string" } }] }],
    ["map", { type: "object", additionalProperties: { type: "string" } }, { kind: "object", properties: [], additionalProperties: { kind: "string" } }],
    ["array bounds", { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3, uniqueItems: true }, { kind: "array", items: { kind: "string" }, minItems: 1, maxItems: 3, uniqueItems: true }],
    ["untyped maxLength fragment is a string", { maxLength: 255 }, { kind: "string", maxLength: 255 }],
    ["empty schema is unknown", {}, { kind: "unknown" }],
    ["single-variant anyOf wrapper is the ref, description kept", { anyOf: [{ $ref: "#/components/schemas/Other" }], description: "why" }, { kind: "ref", name: "Other", typeName: "Other", description: "why" }],
    ["$ref siblings apply (3.1)", { $ref: "#/components/schemas/Other", "x-release-lifecycle": "EA" }, { kind: "ref", name: "Other", typeName: "Other", lifecycle: "EA" }],
    ["oneOf with primitive variant", { oneOf: [{ type: "string" }, { type: "integer" }] }, { kind: "union", mode: "oneOf", variants: [{ kind: "string" }, { kind: "number", integer: true }] }],
    ["allOf of ref and fragment", { allOf: [{ $ref: "#/components/schemas/Other" }, { maxLength: 9 }] }, { kind: "intersection", members: [{ kind: "ref", name: "Other", typeName: "Other" }, { kind: "string", maxLength: 9 }] }],
    ["bare type object beside oneOf adds nothing", { type: "object", oneOf: [{ $ref: "#/components/schemas/Other" }, { type: "object", properties: {} }] }, { kind: "union", mode: "oneOf", variants: [{ kind: "ref", name: "Other", typeName: "Other" }, { kind: "object", properties: [], additionalProperties: true }] }],
    ["lifecycle and default", { type: "boolean", default: false, "x-release-lifecycle": "deprecated" }, { kind: "boolean", default: false, lifecycle: "deprecated" }],
    ["multiple non-null types become a union", { type: ["integer", "string"] }, { kind: "union", mode: "anyOf", variants: [{ kind: "number", integer: true }, { kind: "string" }] }],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(schemaOf(input, { Other: { type: "string" } })).toEqual(expected);
  });

  it("keeps the discriminator and its x-discriminator-context", () => {
    const schema = schemaOf(
      { oneOf: [{ $ref: "#/components/schemas/A" }], discriminator: { propertyName: "type", mapping: { "a.b": "#/components/schemas/A" }, "x-discriminator-context": "protocol" } },
      { A: { type: "object" } },
    );
    // A single variant with a discriminator is still the variant itself: one option, nothing to discriminate.
    expect(schema).toEqual({ kind: "ref", name: "A", typeName: "A" });
    const two = schemaOf(
      { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }], discriminator: { propertyName: "type", mapping: { "a.b": "#/components/schemas/A" }, "x-discriminator-context": "protocol" } },
      { A: { type: "object" }, B: { type: "object" } },
    );
    expect(two).toMatchObject({ kind: "union", discriminator: { propertyName: "type", mapping: { "a.b": "A" }, context: "protocol" } });
  });

  it("marks every schema on a reference cycle as recursive, and nothing else", () => {
    const { model } = normalizeMini({
      schemas: {
        A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
        B: { type: "array", items: { $ref: "#/components/schemas/A" } },
        C: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
        Self: { type: "object", properties: { next: { $ref: "#/components/schemas/Self" } } },
      },
    });
    expect(model.schemas.filter((s) => s.recursive).map((s) => s.name)).toEqual(["A", "B", "Self"]);
  });

  it("renames schemas that would shadow names the generated code uses", () => {
    const { model, codes } = normalizeMini({ schemas: { Response: { type: "object" }, PublicKeyCredential: { type: "object" } } });
    expect(model.schemas.map((s) => [s.name, s.typeName])).toEqual([
      ["PublicKeyCredential", "PublicKeyCredential"],
      ["Response", "ResponseModel"],
    ]);
    expect(codes).toContain("GEN_SCHEMA_RENAMED");
  });

  it("inlines references into the middle of another schema", () => {
    const schema = schemaOf({ $ref: "#/components/schemas/Other/properties/x" }, { Other: { type: "object", properties: { x: { type: "integer" } } } });
    expect(schema).toEqual({ kind: "number", integer: true });
  });
});
