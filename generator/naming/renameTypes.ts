// `naming.types`: { "UserResponseSchema": "User" } renames a generated type. Keys are component
// schema names as the spec writes them, or request-parameter type names (`ListUsersRequestParameters`).
// Every reference follows: a ref carries its target's typeName, so all refs are rewritten too.
import type { DiagnosticSink } from "../diagnostics.js";
import { isIdentifier, NAMES_USED_BY_GENERATED_CODE } from "../ir/names.js";
import type { ApiModel, NamedSchema, Operation } from "../ir/types.js";
import { escapePointer } from "./pointer.js";
import { rewriteIr } from "./rewriteIr.js";

/** TypeScript's own type keywords: no alias or interface may take them. */
const TYPE_KEYWORDS = new Set("any unknown never void object string number boolean symbol bigint undefined null".split(" "));

export function renameTypes(model: ApiModel, overrides: Record<string, string>, sink: DiagnosticSink, origin: string): Pick<ApiModel, "schemas" | "operations"> {
  const at = (key: string) => `${origin}/naming/types/${escapePointer(key)}`;
  const schemaNames = new Set(model.schemas.map((s) => s.name));
  const bagNames = new Set(model.operations.flatMap((o) => (o.requestParameters ? [o.requestParameters.typeName] : [])));
  const forSchemas = new Map<string, string>();
  const forBags = new Map<string, string>();
  for (const [key, name] of Object.entries(overrides)) {
    const problem = typeNameProblem(name);
    if (problem) sink.report({ code: "GEN_NAMING_INVALID", severity: "error", message: `Type "${key}" cannot be named ${name}: ${problem}.`, location: at(key), hint: "Choose another name." });
    else if (schemaNames.has(key)) forSchemas.set(key, name);
    else if (bagNames.has(key)) forBags.set(key, name);
    else sink.report({ code: "GEN_NAMING_UNMATCHED", severity: "warning", message: `No schema or request-parameters type "${key}" to rename (after filters).`, location: at(key), hint: "Keys are component schema names as the spec writes them, or request-parameters type names." });
  }
  if (forSchemas.size === 0 && forBags.size === 0) return model;

  const schemas: NamedSchema[] = model.schemas.map((named) => (forSchemas.has(named.name) ? { ...named, typeName: forSchemas.get(named.name)! } : named));
  const followRefs = <T>(value: T): T =>
    rewriteIr(value, (node) => (node.kind === "ref" && forSchemas.has(node.name as string) ? { ...node, typeName: forSchemas.get(node.name as string) } : undefined));
  const operations: Operation[] = model.operations.map((operation) => {
    const bag = operation.requestParameters;
    const renamedBag = bag && forBags.has(bag.typeName) ? { ...operation, requestParameters: { ...bag, typeName: forBags.get(bag.typeName)! } } : operation;
    return followRefs(renamedBag);
  });
  reportCollisions(schemas, operations, { ...Object.fromEntries(forSchemas), ...Object.fromEntries(forBags) }, sink, at);
  return { schemas: schemas.map((named) => followRefs(named)), operations };
}

function typeNameProblem(name: string): string | undefined {
  if (!isIdentifier(name)) return `"${name}" is not a TypeScript identifier`;
  if (TYPE_KEYWORDS.has(name)) return `"${name}" is a TypeScript type keyword`;
  if (NAMES_USED_BY_GENERATED_CODE.has(name)) return `"${name}" is a name the generated code itself uses`;
  return undefined;
}

/** Type names share one module (and validators derive `isX`/`validateX` from them): unique, case-insensitively. */
function reportCollisions(schemas: NamedSchema[], operations: Operation[], overrides: Record<string, string>, sink: DiagnosticSink, at: (key: string) => string): void {
  const owners = new Map<string, string>();
  const entries: Array<[key: string, typeName: string]> = [
    ...schemas.map((s): [string, string] => [s.name, s.typeName]),
    ...operations.flatMap((o): Array<[string, string]> => (o.requestParameters ? [[o.requestParameters.typeName, o.requestParameters.typeName]] : [])),
  ];
  const renamedTo = new Set(Object.values(overrides).map((n) => n.toLowerCase()));
  for (const [key, typeName] of entries) {
    const lower = typeName.toLowerCase();
    const other = owners.get(lower);
    if (other !== undefined && other !== key && renamedTo.has(lower)) {
      const blamed = Object.keys(overrides).find((k) => overrides[k].toLowerCase() === lower) ?? key;
      sink.report({ code: "GEN_NAMING_CONFLICT", severity: "error", message: `"${other}" and "${key}" would both be the type ${typeName}.`, location: at(blamed), hint: "Choose a type name no other type has (names are compared case-insensitively)." });
    }
    owners.set(lower, key);
  }
}
