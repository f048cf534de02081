// camelCase property names from IR to runtime: naming/propertyCasing.ts sets code names, the
// client emitter derives key shapes (emit/client/keyShapes.ts) and prints them into keyShapes.ts
// (keyShapesFile.ts), and the runtime's toWire / fromWire rename keys by the printed module. The
// round trips below go through that printed module, imported as a client would.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../generator/diagnostics.js";
import { emitClient } from "../../generator/emit/client/index.js";
import { buildKeyShapes } from "../../generator/emit/client/keyShapes.js";
import { loadTemplates } from "../../generator/emit/templates.js";
import type { ApiModel } from "../../generator/ir/types.js";
import { applyNaming } from "../../generator/naming/index.js";
import { loadModel } from "../../generator/pipeline.js";
import { fromWire, toWire, type KeyShape } from "../../templates/client/runtime/index.js";
import { AUTH0_SPEC } from "../helpers/paths.js";
import { normalizeMini } from "../helpers/miniSpec.js";

const camel = (model: ApiModel) => applyNaming(model, { properties: "camel" }, new DiagnosticSink(), "test");

/** The client's keyShapes.ts for a model, imported. */
async function printedShapes(model: ApiModel): Promise<Record<string, KeyShape>> {
  const files = emitClient(model, loadTemplates("client"), loadTemplates("validators"), new DiagnosticSink());
  const file = files.find((f) => f.path === "keyShapes.ts");
  if (!file) throw new Error("no keyShapes.ts");
  const dir = mkdtempSync(join(tmpdir(), "gen-key-shapes-"));
  writeFileSync(join(dir, "keyShapes.ts"), file.contents);
  return import(pathToFileURL(join(dir, "keyShapes.ts")).href);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const mini = camel(
  normalizeMini({
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
  }).model,
);
const plan = buildKeyShapes(mini);
const op = (id: string) => plan.forOperation(mini.operations.find((o) => o.operationId === id)!);

describe("key shapes", () => {
  it("exist only where something is renamed, recursion included; wire names give none", () => {
    expect([...plan.shapes.keys()].sort()).toEqual(["Tag", "User", "UserCreate"]);
    expect(op("ping")).toEqual({});
    expect(op("create_user").bodyKeys).toEqual({ ref: "UserCreate" });
    expect(op("create_user").resultKeys).toEqual({ anyOf: [{ ref: "User" }, { items: { ref: "User" } }] });
    const wire = normalizeMini({ schemas: { Tag: { type: "object", properties: { tag_name: { type: "string" } } } } }).model;
    expect(buildKeyShapes(wire).shapes.size).toBe(0);
  });

  it("map bodies to wire names and responses back through refs, arrays, maps, allOf, unions and cycles", async () => {
    const shapes = await printedShapes(mini);
    expect(Object.keys(shapes).sort()).toEqual(["TagKeys", "UserCreateKeys", "UserKeys"]);
    expect(toWire({ givenName: "Ada", familyName: "Lovelace" }, shapes.UserCreateKeys)).toEqual({ given_name: "Ada", family_name: "Lovelace" });

    const result: KeyShape = { anyOf: [shapes.UserKeys, { items: shapes.UserKeys }] };
    const wire = {
      user_id: "u1",
      app_metadata: { "any key": { tag_name: "t" } },
      manager: { user_id: "u0", tags: [{ tag_name: "boss" }] },
      blob: { keep_me: { as_is: 1 } },
      unknown_extra: 1,
    };
    const code = fromWire(wire, result);
    expect(code).toEqual({
      userId: "u1",
      appMetadata: { "any key": { tagName: "t" } }, // map keys are data; their values are mapped
      manager: { userId: "u0", tags: [{ tagName: "boss" }] },
      blob: { keep_me: { as_is: 1 } }, // not described: left as is
      unknown_extra: 1,
    });
    expect(fromWire([wire], result)).toEqual([code]);
    expect(toWire(code, result)).toEqual(wire);
  });

  it("round-trip Auth0's FlowAction, a union that contains itself (a boolean condition's then/else)", async () => {
    const { model } = await loadModel(AUTH0_SPEC);
    const shapes = await printedShapes(camel(model));
    const getUser = { type: "AUTH0", action: "GET_USER", allow_failure: true, params: { connection_id: "c", user_id: "u" } };
    const wire = {
      actions: [
        { id: "a", type: "FLOW", action: "BOOLEAN_CONDITION", mask_output: false, params: { if: { any_thing: 1 }, then: [getUser], else: [{ type: "FLOW", action: "BOOLEAN_CONDITION", params: { if: true, then: [getUser] } }] } },
      ],
    };
    const code = fromWire(wire, shapes.CreateFlowRequestContentKeys) as { actions: Array<{ maskOutput: boolean; params: { if: unknown; then: unknown[]; else: Array<{ params: { then: unknown[] } }> } }> };
    const getUserCode = { type: "AUTH0", action: "GET_USER", allowFailure: true, params: { connectionId: "c", userId: "u" } };
    expect(code.actions[0].maskOutput).toBe(false);
    expect(code.actions[0].params.if).toEqual({ any_thing: 1 }); // `if` is unknown: kept as sent
    expect(code.actions[0].params.then).toEqual([getUserCode]);
    expect(code.actions[0].params.else[0].params.then).toEqual([getUserCode]);
    expect(toWire(code, shapes.CreateFlowRequestContentKeys)).toEqual(wire);
  }, 60_000);
});
