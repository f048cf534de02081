// IR hooks: a module's transform(ir) between naming and emitting — what it gets, what it may
// return, and how its failures are reported.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { customizeModel } from "../../generator/customize/index.js";
import { GenError } from "../../generator/diagnostics.js";
import { runHook } from "../../generator/hooks/runHook.js";
import type { ApiModel } from "../../generator/ir/types.js";
import { tempDir } from "../helpers/cli.js";
import { flavourModel } from "./fixtures.js";

function hookFile(source: string): string {
  const file = join(tempDir("gen-hook-"), "hook.mjs");
  writeFileSync(file, source);
  return file;
}

async function failure(promise: Promise<unknown>): Promise<GenError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GenError);
    return error as GenError;
  }
  throw new Error("expected a failure");
}

const refTypeNames = (model: ApiModel, name: string) => JSON.stringify(model).match(new RegExp(`"kind":"ref","name":"${name}","typeName":"([^"]+)"`, "g"));

describe("IR hooks", () => {
  it("gets an unfrozen copy; renaming a schema's typeName is followed by every ref", async () => {
    const file = hookFile(`export function transform(ir) {
      if (!Object.isFrozen(ir) && !Object.isFrozen(ir.operations[0])) ir.schemas.find((s) => s.name === "User").typeName = "Person";
    }`);
    const model = flavourModel();
    const result = await runHook(model, { label: "hook.mjs", file });
    expect(result.schemas.find((s) => s.name === "User")!.typeName).toBe("Person");
    expect(refTypeNames(result, "User")!.every((m) => m.endsWith('"Person"'))).toBe(true);
    expect(model.schemas.find((s) => s.name === "User")!.typeName).toBe("User"); // the input is untouched
  });

  it("may be async and return a new model; the group tree follows moved operations", async () => {
    const file = hookFile(`export async function transform(ir) {
      await new Promise((r) => setTimeout(r, 1));
      return { ...ir, operations: ir.operations.map((o) => o.groupPath[0] === "stats" ? { ...o, groupPath: ["metrics"] } : o) };
    }`);
    const result = await runHook(flavourModel(), { label: "hook.mjs", file });
    expect(result.rootGroup.children.map((g) => g.name)).toContain("metrics");
    expect(result.rootGroup.children.map((g) => g.name)).not.toContain("stats");
  });

  it("accepts an inline function (gen.config.mjs) and a default export", async () => {
    const inline = await runHook(flavourModel(), { label: "inline", transform: (ir) => void ir.operations.splice(1) });
    expect(inline.operations).toHaveLength(1);
    const file = hookFile(`export default (ir) => ({ ...ir, info: { ...ir.info, title: "Renamed" } });`);
    expect((await runHook(flavourModel(), { label: "hook.mjs", file })).info.title).toBe("Renamed");
  });

  it("a hook that throws is GEN_HOOK_FAILED naming the hook, exit 8", async () => {
    const file = hookFile(`export function transform() { throw new TypeError("no such group"); }`);
    const error = await failure(runHook(flavourModel(), { label: "hooks/bad.mjs", file }));
    expect(error.exitCode).toBe(8);
    expect(error.diagnostics[0]).toMatchObject({ code: "GEN_HOOK_FAILED", location: "hooks/bad.mjs" });
    expect(error.diagnostics[0].message).toContain("threw TypeError: no such group");
  });

  it("garbage results are refused with what is wrong", async () => {
    const cases: Array<[string, RegExp]> = [
      [`export function transform() { return 42; }`, /returned a number instead of a model/],
      [`export function transform(ir) { return { ...ir, operations: undefined }; }`, /without an `operations` array/],
      [`export function transform(ir) { return { ...ir, schemas: {} }; }`, /without a `schemas` array/],
      [`export function transform(ir) { delete ir.rootGroup; }`, /without a `rootGroup`/],
      [`export function transform(ir) { ir.operations[0].name = 42; }`, /operations\[0\] without a string operationId and name/],
      [`export function transform(ir) { ir.schemas = ir.schemas.filter((s) => s.name !== "Role"); }`, /a ref to the schema "Role", which is not in `schemas`/],
      [`export function transform(ir) { for (const o of ir.operations) o.name = "same"; }`, /both at client\.users\.same\(\)/],
      [`export const notTransform = 1;`, /exports no `transform` function/],
      [`export function transform( {`, /could not be loaded/],
    ];
    for (const [source, message] of cases) {
      const error = await failure(runHook(flavourModel(), { label: "hook.mjs", file: hookFile(source) }));
      expect(error.diagnostics[0].code).toBe("GEN_HOOK_FAILED");
      expect(error.diagnostics[0].message).toMatch(message);
    }
    const missing = await failure(runHook(flavourModel(), { label: "hooks/missing.mjs", file: "/nonexistent/hook.mjs" }));
    expect(missing.diagnostics[0].message).toMatch(/file does not exist/);
  });

  it("runs after filters and naming, in order, and the result is frozen", async () => {
    const seen: string[][] = [];
    const { model } = await customizeModel(flavourModel(), {
      origin: "x",
      filters: { include: { lifecycles: ["GA"] } },
      naming: { groups: { users: "people" } },
      hooks: [
        { label: "first", transform: (ir) => void seen.push(ir.operations.map((o) => o.groupPath.join("."))) },
        { label: "second", transform: (ir) => void (ir.info.title = "After") },
      ],
    });
    expect(seen[0]).toEqual(["people", "people", "people.roles", "stats"]);
    expect(model.info.title).toBe("After");
    expect(Object.isFrozen(model.operations[0])).toBe(true);
  });
});
