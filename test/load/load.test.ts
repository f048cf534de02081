// Loading: syntax errors with file:line:col, structural validation with JSON pointers, 3.0 → 3.1.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GenError, type Diagnostic } from "../../generator/diagnostics.js";
import { loadSpec, loadSpecText } from "../../generator/load/index.js";

async function failure(text: string, source = "spec.json"): Promise<Diagnostic & { exitCode: number }> {
  try {
    await loadSpecText(text, source);
  } catch (error) {
    if (!(error instanceof GenError)) throw error;
    return { ...error.diagnostics[0], exitCode: error.exitCode };
  }
  throw new Error("expected the spec to be rejected");
}

const minimal = (extra: object = {}) => JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, ...extra });

describe("loading", () => {
  it("reports invalid JSON with line and column", async () => {
    expect(await failure('{\n  "openapi": "3.1.0",\n  "info": {"title": x}\n}\n')).toMatchObject({ code: "GEN_SYNTAX", location: "spec.json:3:21", exitCode: 4 });
  });

  it("reports invalid YAML with line and column", async () => {
    expect(await failure("openapi: 3.1.0\ninfo:\n  title: [x\n  version: 1\n", "spec.yaml")).toMatchObject({ code: "GEN_SYNTAX", exitCode: 4, location: expect.stringMatching(/^spec\.yaml:\d+:\d+$/) });
  });

  it("reports a missing file", async () => {
    await expect(loadSpec("/nonexistent/spec.yaml")).rejects.toMatchObject({ exitCode: 3, diagnostics: [{ code: "GEN_SPEC_NOT_FOUND" }] });
  });

  const invalid: Array<[string, string, object]> = [
    ["not an object", "[1, 2]", { code: "GEN_NOT_OPENAPI", pointer: "#" }],
    ["Swagger 2.0", JSON.stringify({ swagger: "2.0", info: {}, paths: {} }), { code: "GEN_SWAGGER2", pointer: "#/swagger" }],
    ["no openapi field", JSON.stringify({ info: {}, paths: {} }), { code: "GEN_NOT_OPENAPI" }],
    ["OpenAPI 4", minimal({ openapi: "4.0.0" }), { code: "GEN_UNSUPPORTED_VERSION", pointer: "#/openapi" }],
    ["unresolvable $ref", minimal({ components: { schemas: { A: { $ref: "#/components/schemas/Missing" } } } }), { code: "GEN_UNRESOLVED_REF", pointer: "#/components/schemas/A/$ref" }],
    ["undeclared path parameter", minimal({ paths: { "/users/{id}": { get: { responses: {} } } } }), { code: "GEN_UNDECLARED_PATH_PARAM", pointer: "#/paths/~1users~1{id}/get" }],
    ["duplicate operationId", minimal({ paths: { "/a": { get: { operationId: "x", responses: {} } }, "/b": { get: { operationId: "x", responses: {} } } } }), { code: "GEN_DUPLICATE_OPERATION_ID", pointer: "#/paths/~1b/get/operationId" }],
  ];
  it.each(invalid)("rejects %s with a code, a pointer and a hint", async (_name, text, expected) => {
    const d = await failure(text);
    expect(d).toMatchObject({ ...expected, exitCode: 5 });
  });

  it("keeps going on warnings", async () => {
    const loaded = await loadSpecText(minimal({ info: { title: "t" }, paths: { "/a/{id}": { get: { parameters: [{ name: "id", in: "path", schema: { type: "string" } }] } } } }), "spec.json");
    expect(loaded.warnings.map((w) => w.code).sort()).toEqual(["GEN_MISSING_INFO", "GEN_NO_RESPONSES", "GEN_PATH_PARAM_OPTIONAL"]);
  });

  it("upgrades OpenAPI 3.0 to the 3.1 model", async () => {
    const loaded = await loadSpecText(
      JSON.stringify({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {},
        components: {
          schemas: {
            A: { type: "string", nullable: true },
            B: { type: "integer", minimum: 1, exclusiveMinimum: true },
            C: { type: "string", format: "binary" },
            D: { type: "string", enum: ["x"], nullable: true },
            E: { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true },
          },
        },
      }),
      "spec.json",
    );
    expect(loaded.sourceOpenapiVersion).toBe("3.0.3");
    expect(loaded.document.openapi).toBe("3.1.0");
    expect((loaded.document.components as any).schemas).toEqual({
      A: { type: ["string", "null"] },
      B: { type: "integer", exclusiveMinimum: 1 },
      C: { type: "string", contentMediaType: "application/octet-stream" },
      D: { type: ["string", "null"], enum: ["x", null] },
      E: { anyOf: [{ allOf: [{ $ref: "#/components/schemas/A" }] }, { type: "null" }] },
    });
  });

  it("bundles external $refs through swagger-parser", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gen-load-"));
    writeFileSync(join(dir, "user.yaml"), "type: object\nproperties:\n  id:\n    type: string\n");
    writeFileSync(join(dir, "spec.yaml"), "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    User:\n      $ref: ./user.yaml\n");
    const loaded = await loadSpec(join(dir, "spec.yaml"));
    expect((loaded.document.components as any).schemas.User).toEqual({ type: "object", properties: { id: { type: "string" } } });
  });
});
