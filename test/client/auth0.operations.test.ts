// One test per Auth0 operation, named by its operationId: the method sits at the group path and
// name the extensions give, calls the right HTTP method and path, and its emitted source matches
// the snapshot. The list of cases is read from the spec itself, not from the generator.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { generateInto, type GeneratedOutput } from "../helpers/generated.js";
import { AUTH0_SPEC } from "../helpers/paths.js";
import { methodSource } from "../helpers/methodSource.js";

interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  groupPath: string[];
  name: string;
}

const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
const specOperations: SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]: [string, any]) =>
  Object.entries(item)
    .filter(([method]) => ["get", "put", "post", "delete", "patch"].includes(method))
    .map(([method, op]: [string, any]) => ({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      groupPath: typeof op["x-operation-group"] === "string" ? [op["x-operation-group"]] : op["x-operation-group"],
      name: op["x-operation-name"],
    })),
);

let output: GeneratedOutput;
beforeAll(async () => {
  output = await generateInto(AUTH0_SPEC);
}, 60_000);

describe("Auth0 client: the cases cover the spec", () => {
  it("has one case per operation of the document, 452 in all", () => {
    const fromSpec = specOperations.map((o) => o.operationId).sort();
    const fromModel = output.model.operations.map((o) => o.operationId).sort();
    expect(fromSpec).toHaveLength(452);
    expect(new Set(fromSpec).size).toBe(452);
    expect(fromModel).toEqual(fromSpec);
  });
});

describe("Auth0 client: every operation", () => {
  it.each(specOperations.map((o) => [o.operationId, o] as const))("%s", (operationId, expected) => {
    const operation = output.model.operations.find((o) => o.operationId === operationId)!;
    expect([...operation.groupPath, operation.name]).toEqual([...expected.groupPath, expected.name]);
    const group = findGroup(expected.groupPath);
    const source = methodSource(output.read(`resources/${group.pascalName}.ts`), operationId);
    // The method is declared under its name and sends the operation's method and path template.
    expect(source).toMatch(new RegExp(`^\\s*${expected.name}\\(`, "m"));
    expect(source).toContain(`method: "${expected.method}"`);
    expect(source).toContain(`path: ${JSON.stringify(expected.path)}`);
    expect(source).toMatchSnapshot();
  });
});

function findGroup(path: string[]) {
  let group = output.model.rootGroup;
  for (const segment of path) group = group.children.find((c) => c.name === segment)!;
  return group;
}
