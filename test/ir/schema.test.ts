// The published JSON Schema of the IR (generator/ir/schema.json): it compiles under Ajv's strict
// mode, accepts the IR gen builds from real documents, rejects IR that breaks the contract, matches
// what `gen ir` prints, and cannot drift from the TypeScript types in generator/ir/types.ts.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { IR_VERSION, type ApiModel } from "../../generator/ir/types.js";
import { loadModel } from "../../generator/pipeline.js";
import { AUTH0_SPEC, EMBEDDED_SPEC, REPO_ROOT } from "../helpers/paths.js";

const SCHEMA_PATH = fileURLToPath(new URL("../../generator/ir/schema.json", import.meta.url));
const TYPES_PATH = fileURLToPath(new URL("../../generator/ir/types.ts", import.meta.url));
const AUTH0_OPERATION_COUNT = 452;

type JsonSchema = { [key: string]: any };
const schema: JsonSchema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"));

function compile(): ValidateFunction {
  // `ajv/dist/2020.js` is CommonJS; depending on the interop layer the class is the default export or its `.default`.
  type AjvClass = typeof Ajv2020.default;
  const Ajv: AjvClass = (Ajv2020 as unknown as { default?: AjvClass }).default ?? (Ajv2020 as unknown as AjvClass);
  const ajv = new Ajv({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

/** Ajv's first errors, with the offending value, so a mismatch is easy to locate. */
function describeErrors(data: unknown, errors: ErrorObject[] | null | undefined, limit = 8): string {
  if (!errors || errors.length === 0) return "(no errors)";
  const lines = errors.slice(0, limit).map((e) => {
    const value = JSON.stringify(valueAt(data, e.instancePath)) ?? "undefined";
    const shown = value.length > 160 ? `${value.slice(0, 160)}…` : value;
    return `  ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)} [schema ${e.schemaPath}]\n    value: ${shown}`;
  });
  const more = errors.length > limit ? `\n  … and ${errors.length - limit} more` : "";
  return `${errors.length} schema error(s):\n${lines.join("\n")}${more}`;
}

function valueAt(data: unknown, instancePath: string): unknown {
  let current: any = data;
  for (const raw of instancePath.split("/").slice(1)) {
    if (current === undefined || current === null) return undefined;
    current = current[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return current;
}

function expectValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  if (!ok) expect.fail(describeErrors(data, validate.errors));
}

/** A deep, unfrozen copy (the normalizer freezes its model). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

describe("IR JSON Schema", () => {
  let validate: ValidateFunction;
  let auth0: ApiModel;
  let embedded: ApiModel;

  beforeAll(async () => {
    validate = compile();
    auth0 = (await loadModel(AUTH0_SPEC)).model;
    embedded = (await loadModel(EMBEDDED_SPEC)).model;
  }, 60_000);

  describe("the schema itself", () => {
    it("is a draft 2020-12 schema with a stable id, a title and a description", () => {
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toMatch(/^https:\/\/.+\.json$/);
      expect(schema.title).toEqual(expect.any(String));
      expect(schema.description).toEqual(expect.any(String));
      expect(schema.$ref).toBe("#/$defs/ApiModel");
    });

    it("compiles with Ajv 2020 in strict mode", () => {
      expect(() => compile()).not.toThrow();
    });

    it("pins irVersion to IR_VERSION", () => {
      expect(schema.$defs.ApiModel.properties.irVersion.const).toBe(IR_VERSION);
      expect(schema.$id).toContain(IR_VERSION);
    });

    it("closes every object and describes every property", () => {
      const problems: string[] = [];
      walkSchema(schema, "#", (node, where) => {
        if (node.type === "object" && node.additionalProperties === undefined) problems.push(`${where}: object without additionalProperties`);
        if (node.type === "object" && node.properties && node.additionalProperties !== false) {
          problems.push(`${where}: object with declared properties must set additionalProperties: false`);
        }
        for (const [name, property] of Object.entries<JsonSchema>(node.properties ?? {})) {
          if (typeof followPointerRefs(property).description !== "string") problems.push(`${where}/properties/${name}: no description`);
        }
        for (const name of node.required ?? []) {
          if (!node.properties || !(name in node.properties)) problems.push(`${where}: required "${name}" is not a declared property`);
        }
      });
      expect(problems).toEqual([]);
    });
  });

  describe("IR built from real documents", () => {
    it("the Auth0 Management API IR validates", () => {
      expect(auth0.operations).toHaveLength(AUTH0_OPERATION_COUNT);
      expectValid(validate, copy(auth0));
    });

    it("the embedded example spec IR validates", () => {
      expect(embedded.operations.length).toBeGreaterThan(0);
      expectValid(validate, copy(embedded));
    });

    it("the in-memory model is plain JSON data (what the schema describes is what emitters receive)", () => {
      // No undefined-valued keys, functions, class instances or non-finite numbers that JSON would drop or change.
      expect(isDeepStrictEqual(auth0, copy(auth0))).toBe(true);
      expect(isDeepStrictEqual(embedded, copy(embedded))).toBe(true);
    });

    it("the IR exercises all 12 schema kinds", () => {
      // Otherwise a wrong variant definition could go unnoticed by the validation above.
      const kinds = new Set<string>();
      walkIrSchemas([auth0, embedded], (node) => kinds.add(node.kind));
      const declared: string[] = schema.$defs.Schema.oneOf.map((branch: JsonSchema) => resolveDef(branch.$ref).properties.kind.const);
      expect(declared).toHaveLength(12);
      expect(declared.filter((kind) => !kinds.has(kind))).toEqual([]);
    });
  });

  describe("rejects IR that breaks the contract", () => {
    type Mutation = [string, (model: any) => void, string];
    const mutations: Mutation[] = [
      ["an unknown schema kind", (m) => (m.schemas[0].schema.kind = "tuple"), "/schemas/0/schema"],
      ["a missing operationId", (m) => delete m.operations[0].operationId, "/operations/0"],
      ["an empty operationId", (m) => (m.operations[0].operationId = ""), "/operations/0/operationId"],
      ["an extra property on an operation", (m) => (m.operations[0].extra = true), "/operations/0"],
      ["an extra property at the top level", (m) => (m.generatedAt = "today"), ""],
      ["an extra property on a schema node", (m) => (m.schemas[0].schema.title = "x"), "/schemas/0/schema"],
      ["another irVersion", (m) => (m.irVersion = "2.0.0"), "/irVersion"],
      ["a lower-case HTTP method", (m) => (m.operations[0].method = "get"), "/operations/0/method"],
      ["an unknown lifecycle", (m) => (m.operations[0].lifecycle = "alpha"), "/operations/0/lifecycle"],
      ["a string where a boolean belongs", (m) => (m.operations[0].deprecated = "false"), "/operations/0/deprecated"],
      ["a json result without a schema", (m) => (m.operations[0].result = { kind: "json", statuses: ["200"] }), "/operations/0/result"],
      ["an unknown result kind", (m) => (m.operations[0].result = { kind: "stream", statuses: ["200"] }), "/operations/0/result"],
      ["a nested group without pascalName", (m) => delete m.rootGroup.children[0].pascalName, "/rootGroup/children/0"],
      ["a ref schema without typeName", (m) => (m.schemas[0].schema = { kind: "ref", name: "X" }), "/schemas/0/schema"],
      ["an object schema without properties", (m) => (m.schemas[0].schema = { kind: "object", additionalProperties: true }), "/schemas/0/schema"],
      ["a pointer that is not a JSON pointer", (m) => (m.operations[0].pointer = "paths/users/get"), "/operations/0/pointer"],
      ["a parameter in an unknown location", (m) => (m.operations[0].pathParameters[0].in = "body"), "/operations/0/pathParameters/0/in"],
      ["a non-string enum server variable", (m) => (m.servers[0].variables[0].enum = [1]), "/servers/0/variables/0/enum/0"],
    ];

    it.each(mutations)("%s", (_label, mutate, instancePath) => {
      const model = copy(auth0);
      // The first operation has a path parameter and the document a server variable, which some mutations need.
      model.operations.sort((a, b) => b.pathParameters.length - a.pathParameters.length);
      mutate(model);
      expect(validate(model)).toBe(false);
      const paths = (validate.errors ?? []).map((e) => e.instancePath);
      expect(paths, describeErrors(model, validate.errors)).toContain(instancePath);
    });
  });

  describe("`gen ir`", () => {
    it(`prints the Auth0 IR as JSON: ${AUTH0_OPERATION_COUNT} operations, irVersion ${IR_VERSION}, exit 0`, () => {
      const cli = `${REPO_ROOT}bin/gen.js`;
      if (!existsSync(`${REPO_ROOT}dist/cli.js`)) expect.fail("dist/ is not built; run `npx tsc -p .` (npm test does it) first");
      const run = spawnSync(process.execPath, [cli, "ir", "--spec", AUTH0_SPEC], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(run.status, run.stderr).toBe(0);
      const printed = JSON.parse(run.stdout);
      expect(printed.irVersion).toBe(IR_VERSION);
      // Known failure mode: the root program also defines --spec, and commander lets program options be
      // parsed after a subcommand unless enablePositionalOptions() is set, so `ir` never sees the flag.
      expect(printed.info.title, "`gen ir --spec <file>` printed the IR of another document than <file>").toBe(auth0.info.title);
      expect(printed.operations).toHaveLength(AUTH0_OPERATION_COUNT);
      expectValid(validate, printed);
      expect(printed).toEqual(copy(auth0));
    }, 60_000);
  });

  describe("drift guard against generator/ir/types.ts", () => {
    const source = ts.createSourceFile(TYPES_PATH, readFileSync(TYPES_PATH, "utf8"), ts.ScriptTarget.Latest, true);
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    const aliases = new Map<string, ts.TypeAliasDeclaration>();
    for (const statement of source.statements) {
      if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
      if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement);
    }

    it("IR_VERSION in types.ts is the irVersion the schema pins", () => {
      const match = /export const IR_VERSION = "([^"]+)"/.exec(source.text);
      expect(match?.[1]).toBe(schema.$defs.ApiModel.properties.irVersion.const);
    });

    it("every property name in the interfaces appears in the schema, and vice versa", () => {
      // Property names from every interface, including nested object-literal types (clientCredentials,
      // pagination parameters, the discriminator, …) and the object types of union aliases.
      const typeNames = new Set<string>();
      const visit = (node: ts.Node): void => {
        if (ts.isPropertySignature(node)) typeNames.add(propertyName(node));
        ts.forEachChild(node, visit);
      };
      for (const declaration of [...interfaces.values(), ...aliases.values()]) visit(declaration);

      const schemaNames = new Set<string>();
      walkSchema(schema, "#", (node) => Object.keys(node.properties ?? {}).forEach((name) => schemaNames.add(name)));

      expect([...typeNames].filter((n) => !schemaNames.has(n)).sort(), "in types.ts but not in schema.json").toEqual([]);
      expect([...schemaNames].filter((n) => !typeNames.has(n)).sort(), "in schema.json but not in types.ts").toEqual([]);
      // The brief's minimum, stated on its own: every interface's own property names are in the schema.
      for (const declaration of interfaces.values()) {
        for (const member of declaration.members) if (ts.isPropertySignature(member)) expect(schemaNames).toContain(propertyName(member));
      }
    });

    it("every interface and type alias has a $defs entry, and every $defs entry a declaration", () => {
      const declared = [...interfaces.keys(), ...aliases.keys()].sort();
      expect(Object.keys(schema.$defs).sort()).toEqual(declared);
    });

    it("each definition matches its declaration: properties, optionality, types and literal values", () => {
      const problems: string[] = [];
      for (const [name, declaration] of interfaces) {
        checkObject(interfaceMembers(declaration), schema.$defs[name], `$defs/${name}`, problems);
      }
      for (const [name, declaration] of aliases) checkType(declaration.type, schema.$defs[name], `$defs/${name}`, problems, true);
      expect(problems).toEqual([]);
    });

    /** An interface's members, with those of the interfaces it extends (SchemaMeta). */
    function interfaceMembers(declaration: ts.InterfaceDeclaration): ts.PropertySignature[] {
      const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
        clause.types.flatMap((type) => {
          const parent = interfaces.get(type.expression.getText(source));
          if (!parent) throw new Error(`${declaration.name.text} extends an unknown interface ${type.expression.getText(source)}`);
          return interfaceMembers(parent);
        }),
      );
      const own = declaration.members.map((member) => {
        if (!ts.isPropertySignature(member)) throw new Error(`${declaration.name.text}: unsupported member ${member.getText(source)}`);
        return member;
      });
      return [...inherited, ...own];
    }

    function checkObject(members: readonly ts.PropertySignature[], node: JsonSchema | undefined, where: string, problems: string[]): void {
      if (!node) return void problems.push(`${where}: missing`);
      if (node.type !== "object") problems.push(`${where}: type is ${JSON.stringify(node.type)}, not "object"`);
      if (node.additionalProperties !== false) problems.push(`${where}: additionalProperties is not false`);
      const properties: Record<string, JsonSchema> = node.properties ?? {};
      const names = members.map(propertyName);
      const expectedRequired = members.filter((m) => !m.questionToken).map(propertyName).sort();
      const actualRequired = [...(node.required ?? [])].sort();
      if (!isDeepStrictEqual(expectedRequired, actualRequired)) {
        problems.push(`${where}: required is ${JSON.stringify(actualRequired)}, types.ts says ${JSON.stringify(expectedRequired)}`);
      }
      for (const extra of Object.keys(properties).filter((n) => !names.includes(n))) problems.push(`${where}: "${extra}" is not in types.ts`);
      for (const member of members) {
        const name = propertyName(member);
        if (!(name in properties)) problems.push(`${where}: "${name}" is missing`);
        else if (member.type) checkType(member.type, properties[name], `${where}/properties/${name}`, problems);
      }
    }

    /**
     * Whether `node` accepts the same values as the TypeScript type. At the top of an alias
     * (`isAliasBody`) the definition itself is compared; elsewhere a named type must be a `$ref` to it.
     */
    function checkType(type: ts.TypeNode, raw: JsonSchema, where: string, problems: string[], isAliasBody = false): void {
      if (ts.isParenthesizedTypeNode(type)) return checkType(type.type, raw, where, problems, isAliasBody);
      const node = followPointerRefs(raw);
      const fail = (message: string): void => {
        problems.push(`${where}: ${message} (types.ts: ${type.getText(source)})`);
      };
      switch (type.kind) {
        case ts.SyntaxKind.StringKeyword:
          if (node.type !== "string") fail(`type is ${JSON.stringify(node.type)}, not "string"`);
          return;
        case ts.SyntaxKind.NumberKeyword:
          if (node.type !== "number") fail(`type is ${JSON.stringify(node.type)}, not "number"`);
          return;
        case ts.SyntaxKind.BooleanKeyword:
          if (node.type !== "boolean") fail(`type is ${JSON.stringify(node.type)}, not "boolean"`);
          return;
        case ts.SyntaxKind.UnknownKeyword: {
          const constraining = Object.keys(node).filter((k) => k !== "description");
          if (constraining.length > 0) fail(`unknown must accept any value, but the schema has ${constraining.join(", ")}`);
          return;
        }
      }
      if (ts.isLiteralTypeNode(type)) {
        if (type.literal.kind === ts.SyntaxKind.NullKeyword) {
          if (node.type !== "null") fail(`type is ${JSON.stringify(node.type)}, not "null"`);
        } else if (ts.isStringLiteral(type.literal)) {
          if (node.const !== type.literal.text) fail(`const is ${JSON.stringify(node.const)}, not "${type.literal.text}"`);
        } else fail("unsupported literal type");
        return;
      }
      if (ts.isArrayTypeNode(type)) return checkArray(type.elementType, node, where, problems, fail);
      if (ts.isTypeLiteralNode(type)) {
        const members = type.members.filter(ts.isPropertySignature);
        if (members.length !== type.members.length) return fail("unsupported member in an object literal type");
        return checkObject(members, node, where, problems);
      }
      if (ts.isUnionTypeNode(type)) return checkUnion(type, node, where, problems, fail);
      if (ts.isTypeReferenceNode(type)) {
        const name = type.typeName.getText(source);
        const args = type.typeArguments ?? [];
        if (name === "Array" && args.length === 1) return checkArray(args[0], node, where, problems, fail);
        if (name === "Record" && args.length === 2) {
          if (args[0].kind !== ts.SyntaxKind.StringKeyword) return fail("only Record<string, …> is supported");
          if (node.type !== "object") fail(`type is ${JSON.stringify(node.type)}, not "object"`);
          if (node.properties) fail("a record declares no properties");
          if (typeof node.additionalProperties !== "object") return fail("a record needs additionalProperties with the value schema");
          return checkType(args[1], node.additionalProperties, `${where}/additionalProperties`, problems);
        }
        if (interfaces.has(name) || aliases.has(name)) {
          if (node.$ref !== `#/$defs/${name}`) fail(`expected {"$ref": "#/$defs/${name}"}, found ${JSON.stringify(node).slice(0, 120)}`);
          return;
        }
        return fail(`unsupported type reference ${name}`);
      }
      fail(`unsupported type syntax (${ts.SyntaxKind[type.kind]}); teach this test about it`);
    }

    function checkArray(element: ts.TypeNode, node: JsonSchema, where: string, problems: string[], fail: (m: string) => void): void {
      if (node.type !== "array") return fail(`type is ${JSON.stringify(node.type)}, not "array"`);
      if (node.items === undefined) return fail("an array needs items");
      checkType(element, node.items, `${where}/items`, problems);
    }

    function checkUnion(type: ts.UnionTypeNode, node: JsonSchema, where: string, problems: string[], fail: (m: string) => void): void {
      const members = type.types;
      // A union of string literals is an enum.
      if (members.every((m) => ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal))) {
        const values = members.map((m) => ((m as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
        if (node.type !== "string") fail(`type is ${JSON.stringify(node.type)}, not "string"`);
        if (!isDeepStrictEqual([...(node.enum ?? [])].sort(), [...values].sort())) fail(`enum is ${JSON.stringify(node.enum)}, not ${JSON.stringify(values)}`);
        return;
      }
      // Otherwise each member must match its own branch of a oneOf/anyOf, one to one.
      const branches: JsonSchema[] | undefined = node.oneOf ?? node.anyOf;
      if (!branches) return fail("a union needs oneOf or anyOf");
      if (branches.length !== members.length) return fail(`${branches.length} branches for ${members.length} union members`);
      const unmatched = [...branches];
      for (const member of members) {
        const index = unmatched.findIndex((branch) => {
          const trial: string[] = [];
          checkType(member, branch, where, trial);
          return trial.length === 0;
        });
        if (index === -1) {
          // Report against the branch with the same `kind` when there is one, for a readable message.
          const kind = kindOf(member);
          const twin = unmatched.findIndex((b) => kind !== undefined && followPointerRefs(b).properties?.kind?.const === kind);
          if (twin !== -1) checkType(member, unmatched[twin], `${where}/(${kind})`, problems);
          else fail(`no branch matches ${member.getText(source)}`);
        } else unmatched.splice(index, 1);
      }
    }

    function kindOf(member: ts.TypeNode): string | undefined {
      if (!ts.isTypeLiteralNode(member)) return undefined;
      const kind = member.members.find((m) => ts.isPropertySignature(m) && propertyName(m) === "kind") as ts.PropertySignature | undefined;
      return kind?.type && ts.isLiteralTypeNode(kind.type) && ts.isStringLiteral(kind.type.literal) ? kind.type.literal.text : undefined;
    }

    function propertyName(member: ts.PropertySignature): string {
      if (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) return member.name.text;
      throw new Error(`unsupported property name ${member.name.getText(source)}`);
    }
  });
});

/** Calls `visit` on every schema object reachable through the structural keywords. */
function walkSchema(node: unknown, where: string, visit: (node: JsonSchema, where: string) => void): void {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return;
  const schemaNode = node as JsonSchema;
  visit(schemaNode, where);
  for (const [name, child] of Object.entries<unknown>(schemaNode.$defs ?? {})) walkSchema(child, `${where}/$defs/${name}`, visit);
  for (const [name, child] of Object.entries<unknown>(schemaNode.properties ?? {})) walkSchema(child, `${where}/properties/${name}`, visit);
  for (const keyword of ["items", "additionalProperties", "contains", "not"]) walkSchema(schemaNode[keyword], `${where}/${keyword}`, visit);
  for (const keyword of ["oneOf", "anyOf", "allOf", "prefixItems"]) {
    (schemaNode[keyword] ?? []).forEach((child: unknown, i: number) => walkSchema(child, `${where}/${keyword}/${i}`, visit));
  }
}

function resolveDef(ref: string): JsonSchema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  if (!match || !schema.$defs[match[1]]) throw new Error(`unresolvable $ref ${ref}`);
  return schema.$defs[match[1]];
}

/** Follows `$ref`s into the middle of a definition (the SchemaMeta fields every kind reuses). */
function followPointerRefs(node: JsonSchema): JsonSchema {
  let current = node;
  for (let hops = 0; typeof current.$ref === "string" && /^#\/\$defs\/[^/]+\/./.test(current.$ref) && hops < 8; hops++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((at: any, segment: string) => at?.[segment], schema);
    if (!current) throw new Error(`unresolvable $ref ${node.$ref}`);
  }
  return current;
}

/** Every IR schema node (anything with a string `kind` under a schema-holding key) in the models. */
function walkIrSchemas(models: ApiModel[], visit: (node: { kind: string }) => void): void {
  const seen = new Set<unknown>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach((item) => walk(item, key));
    const record = value as Record<string, unknown>;
    const holdsSchemas = ["schema", "items", "contains", "additionalProperties", "itemSchema", "variants", "members", "prefixItems"].includes(key);
    if (holdsSchemas && typeof record.kind === "string") visit(record as { kind: string });
    for (const [childKey, child] of Object.entries(record)) walk(child, childKey);
  };
  for (const model of models) walk(model, "");
}
