// One test per Auth0 operation, named by its operationId, for the validators target: the
// operation's request and response checks exist under its group path and name, reject what the
// spec forbids (missing or mistyped path parameters, missing required query parameters), and their
// emitted source matches the snapshot. Cases come from the spec, not from the generator.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { AUTH0_SPEC } from "../helpers/paths.js";
import { compileValidators, type CompiledValidators } from "./compiled.js";

interface SpecOperation {
  operationId: string;
  groupPath: string[];
  name: string;
  parameters: Array<{ name: string; in: string; required?: boolean; schema?: any; "x-sdk-ignore"?: boolean }>;
  successRefs: string[];
}

const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
const specOperations: SpecOperation[] = Object.values<any>(spec.paths).flatMap((item) =>
  Object.entries<any>(item)
    .filter(([method]) => ["get", "put", "post", "delete", "patch"].includes(method))
    .map(([, op]) => ({
      operationId: op.operationId,
      groupPath: typeof op["x-operation-group"] === "string" ? [op["x-operation-group"]] : op["x-operation-group"],
      name: op["x-operation-name"],
      parameters: op.parameters ?? [],
      successRefs: Object.entries<any>(op.responses)
        .filter(([status]) => status.startsWith("2"))
        .map(([, r]) => r.content?.["application/json"]?.schema?.$ref)
        .filter((ref): ref is string => typeof ref === "string"),
    })),
);

let compiled: CompiledValidators;
let operationsSource: string;
beforeAll(async () => {
  compiled = await compileValidators(AUTH0_SPEC);
  operationsSource = compiled.output.read("operations.ts");
}, 120_000);

describe("Auth0 validators: every operation", () => {
  it("has one case per operation of the document, 452 in all", () => {
    expect(specOperations).toHaveLength(452);
    expect(Object.keys(compiled.module.operationsById).sort()).toEqual(specOperations.map((o) => o.operationId).sort());
  });

  it.each(specOperations.map((o) => [o.operationId, o] as const))("%s", (operationId, expected) => {
    // Reachable by group path and method name, and by operationId.
    let node = compiled.module.operations;
    for (const segment of [...expected.groupPath, expected.name]) node = node[segment];
    expect(node).toBe(compiled.module.operationsById[operationId]);
    expect(node.operationId).toBe(operationId);

    // An empty request misses every required path and query parameter, each reported at its pointer.
    const checked = expected.parameters.filter((p) => !p["x-sdk-ignore"]);
    const requiredPointers = checked.filter((p) => p.required).map((p) => `/${p.in === "header" ? "headers" : p.in}/${p.name}`);
    const empty = node.validateRequest({});
    expect(empty.errors.filter((e: any) => e.keyword === "required").map((e: any) => e.path).sort()).toEqual(requiredPointers.sort());
    expect(empty.valid).toBe(requiredPointers.length === 0);

    // A number where the path parameter is a string (or a string enum) is rejected at its pointer.
    for (const p of checked.filter((p) => p.in === "path")) {
      const result = node.validateRequest({ path: { [p.name]: 12345 } });
      const keyword = p.schema?.enum || p.schema?.$ref ? expect.stringMatching(/^(type|enum|oneOf|anyOf)$/) : "type";
      expect(result.errors).toContainEqual({ path: `/path/${p.name}`, keyword, message: expect.any(String) });
    }

    // The response check delegates to the component schema's check.
    const source = operationSource(operationsSource, node);
    for (const ref of expected.successRefs) {
      const typeName = compiled.output.model.schemas.find((s) => s.pointer === ref)!.typeName;
      expect(source).toContain(`S.check${typeName}(`);
    }
    expect(source).toMatchSnapshot();
  });
});

/** The request and response functions of one operation, cut out of operations.ts. */
function operationSource(file: string, validator: { operationId: string }): string {
  // `operationValidator("id", "GET", "/path", request, response)`, on one line or one argument a line.
  const id = JSON.stringify(validator.operationId);
  const call = new RegExp(`operationValidator\\(\\s*${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},[^)]*?(\\w+),\\s*(\\w+),?\\s*\\)`).exec(file)!;
  const names = call.slice(1);
  return names
    .map((name) => {
      const start = file.indexOf(`function ${name}(`);
      return file.slice(start, file.indexOf("\n}\n", start) + 2);
    })
    .join("\n");
}
