// The JSON Schema rules the generated validators implement, one small schema each, run through the
// real pipeline (spec file → generated TypeScript → compiled JavaScript).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/pipeline.js";
import { miniSpec } from "../helpers/miniSpec.js";
import { compileValidators } from "./compiled.js";

const schemas = {
  Name: { type: "string", minLength: 2, maxLength: 3 },
  Code: { type: "string", pattern: "^[A-Z]{2}\\d$" },
  Legacy: { type: "string", pattern: "^[\\w-\\.]+$" },
  Email: { type: "string", format: "email" },
  Custom: { type: "string", format: "team-id" },
  Count: { type: "integer", minimum: 1, exclusiveMaximum: 10 },
  Tags: { type: "array", items: { type: "string" }, uniqueItems: true, maxItems: 3 },
  Color: { enum: ["red", "green", null] },
  Odd: {
    type: "object",
    additionalProperties: false,
    required: ["constructor"],
    properties: { constructor: { type: "string" }, "a/b~c": { type: "number" } },
  },
  Closed: { type: "object", additionalProperties: false, properties: { a: { type: "string" } } },
  Merged: { allOf: [{ $ref: "#/components/schemas/Closed" }, { type: "object", properties: { b: { type: "string" } }, required: ["b"] }] },
  Shape: {
    oneOf: [
      { type: "object", required: ["kind", "r"], properties: { kind: { const: "circle" }, r: { type: "number" } } },
      { type: "object", required: ["kind", "side"], properties: { kind: { const: "square" }, side: { type: "number" } } },
    ],
  },
  Tree: { type: "object", required: ["children"], properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
  Scores: { type: "object", additionalProperties: { type: "integer" } },
};

let v: Record<string, any>;
let warnings: string[];
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "gen-validators-semantics-"));
  const spec = join(dir, "spec.json");
  writeFileSync(spec, JSON.stringify(miniSpec({ schemas })));
  v = (await compileValidators(spec)).module;
  const result = await generate({ spec, targets: ["validators"], format: false });
  warnings = result.diagnostics.map((d) => `${d.code} ${d.pointer ?? ""}`);
}, 60_000);

describe("generated validators", () => {
  it("count string length in code points, as JSON Schema does", () => {
    expect(v.isName("😀😀")).toBe(true); // 4 UTF-16 units, 2 code points
    expect(v.isName("😀😀😀😀")).toBe(false);
    expect(v.validateName("a").errors).toEqual([{ path: "", keyword: "minLength", message: "must NOT have fewer than 2 characters" }]);
  });

  it("check patterns with the u flag, and fall back to legacy semantics with a warning when the spec's pattern needs it", () => {
    expect(v.isCode("AB1")).toBe(true);
    expect(v.isCode("ab1")).toBe(false);
    expect(v.isLegacy("a-b.c")).toBe(true);
    expect(v.isLegacy("a b")).toBe(false);
    expect(warnings).toContain("GEN_PATTERN_LEGACY #/components/schemas/Legacy");
  });

  it("check standard formats and let users register checks for custom ones", () => {
    expect(v.isEmail("a@example.com")).toBe(true);
    expect(v.validateEmail("nope").errors).toEqual([{ path: "", keyword: "format", message: 'must match format "email"' }]);
    expect(v.isCustom("anything")).toBe(true); // unknown formats pass until registered
    v.registerFormat("team-id", (s: string) => s.startsWith("team_"));
    expect(v.isCustom("anything")).toBe(false);
    expect(v.isCustom("team_1")).toBe(true);
    v.unregisterFormat("team-id");
    expect(v.isCustom("anything")).toBe(true);
  });

  it("check integer type, inclusive and exclusive bounds", () => {
    expect([0, 1, 9, 10, 2.5, "3"].map((x) => v.isCount(x))).toEqual([false, true, true, false, false, false]);
    expect(v.validateCount(10).errors[0]).toMatchObject({ keyword: "exclusiveMaximum", message: "must be < 10" });
  });

  it("check array items, uniqueness and length, with item pointers", () => {
    expect(v.isTags(["a", "b"])).toBe(true);
    expect(v.validateTags(["a", "a"]).errors).toEqual([{ path: "", keyword: "uniqueItems", message: "must NOT have duplicate items" }]);
    expect(v.validateTags(["a", 1]).errors).toEqual([{ path: "/1", keyword: "type", message: "must be string" }]);
  });

  it("accept null when an enum lists it", () => {
    expect([null, "red", "blue"].map((x) => v.isColor(x))).toEqual([true, true, false]);
  });

  it("read own properties only and escape keys in error pointers (RFC 6901)", () => {
    expect(v.isOdd({})).toBe(false); // `constructor` is inherited, not present
    expect(v.isOdd({ constructor: "x", "a/b~c": 1 })).toBe(true);
    expect(v.validateOdd({ constructor: "x", "a/b~c": "1", "x/y": 0 }).errors).toEqual([
      { path: "/a~1b~0c", keyword: "type", message: "must be number" },
      { path: "/x~1y", keyword: "additionalProperties", message: "must NOT have additional properties" },
    ]);
  });

  it("read allOf with a closed member as one object with every member's properties", () => {
    expect(v.isMerged({ a: "x", b: "y" })).toBe(true);
    expect(v.validateMerged({ a: "x", b: "y", c: 1 }).errors).toEqual([{ path: "/c", keyword: "additionalProperties", message: "must NOT have additional properties" }]);
    expect(v.validateMerged({ a: "x" }).errors).toEqual([{ path: "/b", keyword: "required", message: "must have required property 'b'" }]);
    // The closed member on its own is still closed.
    expect(v.isClosed({ a: "x", b: "y" })).toBe(false);
  });

  it("require exactly one oneOf variant", () => {
    expect(v.isShape({ kind: "circle", r: 1 })).toBe(true);
    expect(v.isShape({ kind: "square", side: 1 })).toBe(true);
    expect(v.validateShape({ kind: "circle", side: 1 }).errors).toEqual([{ path: "", keyword: "oneOf", message: "must match exactly one schema in oneOf" }]);
  });

  it("follow recursive references", () => {
    const tree = { label: "a", children: [{ children: [{ children: [] }] }] };
    expect(v.isTree(tree)).toBe(true);
    expect(v.validateTree({ children: [{ children: [{ label: 1, children: [] }] }] }).errors).toEqual([
      { path: "/children/0/children/0/label", keyword: "type", message: "must be string" },
    ]);
  });

  it("check typed additionalProperties of maps", () => {
    expect(v.isScores({ a: 1, b: 2 })).toBe(true);
    expect(v.validateScores({ a: 1, b: "2" }).errors).toEqual([{ path: "/b", keyword: "type", message: "must be integer" }]);
  });

  it("collect every error in validateX, stop at the first in isX", () => {
    const result = v.validateOdd({ "a/b~c": "no", extra: 1 });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e: { keyword: string }) => e.keyword)).toEqual(["required", "type", "additionalProperties"]);
  });
});
