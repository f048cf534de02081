// The proposed camelCase key mapping (proposals/camel-properties/): the IR with camelCase code
// names (naming/propertyCasing.ts) → shapes → a runtime that renames keys both ways. Not wired
// into the client yet; this pins down what the emitter and runtime would get.
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../generator/diagnostics.js";
import { applyNaming } from "../../generator/naming/index.js";
import { fromWire, toWire } from "../../proposals/camel-properties/key-mapping.js";
import { buildKeyShapes } from "../../proposals/camel-properties/keyShapes.js";
import { normalizeMini } from "../helpers/miniSpec.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const { model: wireModel } = normalizeMini({
  paths: {
    "/users": {
      post: { operationId: "create_user", requestBody: { content: { "application/json": { schema: ref("UserCreate") } } }, responses: { "200": { description: "ok", content: { "application/json": { schema: { oneOf: [ref("User"), { type: "array", items: ref("User") }] } } } } } },
    },
    "/ping": { get: { operationId: "ping", responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } } } } } } } } },
  },
  schemas: {
    User: { type: "object", properties: { user_id: { type: "string" }, app_metadata: { type: "object", additionalProperties: ref("Tag") }, manager: ref("User"), tags: { type: "array", items: ref("Tag") }, blob: {} } },
    UserCreate: { allOf: [{ type: "object", properties: { given_name: { type: "string" } } }, { type: "object", properties: { family_name: { type: "string" } } }] },
    Tag: { type: "object", properties: { tag_name: { type: "string" } } },
    Plain: { type: "object", properties: { name: { type: "string" } } },
  },
});
const model = applyNaming(wireModel, { properties: "camel" }, new DiagnosticSink(), "test");
const plan = buildKeyShapes(model);
const op = (id: string) => plan.forOperation(model.operations.find((o) => o.operationId === id)!);

describe("camelCase key mapping (proposal)", () => {
  it("has shapes only where something is renamed, recursion included", () => {
    expect(Object.keys(plan.shapes).sort()).toEqual(["Tag", "User", "UserCreate"]);
    expect(op("ping")).toEqual({});
    expect(op("create_user").bodyKeys).toEqual({ ref: "UserCreate" });
  });

  it("maps request bodies to wire names and responses back, through refs, arrays, maps, unions and cycles", () => {
    const body = { givenName: "Ada", familyName: "Lovelace" };
    expect(toWire(body, op("create_user").bodyKeys, plan.shapes)).toEqual({ given_name: "Ada", family_name: "Lovelace" });

    const wire = {
      user_id: "u1",
      app_metadata: { "any key": { tag_name: "t" } },
      manager: { user_id: "u0", tags: [{ tag_name: "boss" }] },
      blob: { keep_me: { as_is: 1 } },
      unknown_extra: 1,
    };
    const code = fromWire(wire, op("create_user").resultKeys, plan.shapes);
    expect(code).toEqual({
      userId: "u1",
      appMetadata: { "any key": { tagName: "t" } }, // map keys are data; their values are mapped
      manager: { userId: "u0", tags: [{ tagName: "boss" }] },
      blob: { keep_me: { as_is: 1 } }, // not described: left as is
      unknown_extra: 1,
    });
    expect(fromWire([wire], op("create_user").resultKeys, plan.shapes)).toEqual([code]);
    expect(toWire(code, op("create_user").resultKeys, plan.shapes)).toEqual(wire);
  });

  it("leaves non-plain values alone", () => {
    const date = new Date(0);
    expect(toWire(date, { props: { a: ["b"] } }, {})).toBe(date);
    expect(toWire(null, { props: { a: ["b"] } }, {})).toBeNull();
  });
});
