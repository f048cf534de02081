// IR → the data of the "functions" client style (templates/client/functions/): one exported
// function per operation, `usersList(client, params)`, grouped in a module per group. Nothing
// creates every resource up front as the class client does, so a bundler keeps only the functions
// an app imports. Call shapes come from views.ts, shared with the class client's methods.
import { NAMES_USED_BY_GENERATED_CODE, toBindingName, uniqueName } from "../../ir/names.js";
import type { ApiModel, Group, Operation } from "../../ir/types.js";
import { genericLayout, importLayout, signatureLayout } from "../shared/layout.js";
import type { TypeOptions } from "./typeExpression.js";
import { callUsesKeyShapes, KEY_SHAPES_NAMESPACE } from "./keyShapesFile.js";
import { buildCallShape, FILE_TYPE, methodDoc, TYPES_NAMESPACE, type ModelIndex } from "./views.js";

/** The folder of the per-group modules, and the module of root-level operations (group names are PascalCase, never `_`). */
export const FUNCTIONS_FOLDER = "functions";
const ROOT_MODULE = "_root";

export interface FunctionModuleView {
  /** `client.users` in the class style, for the module comment. */
  accessPath: string;
  functions: FunctionView[];
  /** Runtime names this file imports, sorted. */
  runtimeImports: string[];
  /** `import type { ApiPromise, … } from "../runtime/index.js";`, laid out by width. */
  runtimeImport: string;
  typesNamespace: string;
  usesTypes: boolean;
  /** The namespace `../keyShapes.js` is imported under (`K`). */
  keyShapesNamespace: string;
  /** True when a function's call names a key shape (camelCase property names only). */
  usesKeyShapes: boolean;
}

export interface FunctionView {
  doc: string;
  /** The exported name, `usersList`: the group path and method name in camelCase, unique in the client. */
  name: string;
  /** Overload declarations (`include_totals`), each ending with `;\n`; empty when there are none. */
  overloads: string;
  /** `export function usersList(client: ApiClient, …): PagePromise<…> {`, laid out by width. */
  signature: string;
  /** The first parameter's name: `client`, unless a path parameter has that name. */
  clientParameter: string;
  /** `request`, `list` or `stream`: the Core method that runs the call. */
  coreMethod: string;
  typeArguments: string;
  /** `  return client.list<A, B>(`, with the type arguments broken by width as prettier would. */
  callHead: string;
  /** The OperationCall literal's entries, indented for the function body, each ending with a comma. */
  callFields: string[];
}

export interface FunctionsIndexView {
  /** `./functions/Users.js`, one per module, sorted. */
  modules: string[];
}

/** Where the OperationCall literal's entries sit in a function body. */
const CALL_FIELD_INDENT = "      ";

/**
 * Function names for every operation, decided once for the whole client: they are all exported
 * from index.ts, so they must differ from each other and from the runtime's exports.
 */
export function functionNames(model: ApiModel): Map<string, string> {
  const taken = new Set([...NAMES_USED_BY_GENERATED_CODE].map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  for (const operation of model.operations) {
    const joined = [...operation.groupPath, operation.name].map((s, i) => (i === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1))).join("");
    names.set(operation.operationId, uniqueName(toBindingName(joined), taken));
  }
  return names;
}

/** The groups that hold operations, each with its module's path (without extension). */
export function functionModules(root: Group): Array<{ group: Group; path: string }> {
  const all = (group: Group): Group[] => [group, ...group.children.flatMap(all)];
  return all(root)
    .filter((group) => group.operationIds.length > 0)
    .map((group) => ({ group, path: `${FUNCTIONS_FOLDER}/${group.path.length === 0 ? ROOT_MODULE : group.pascalName}` }));
}

export function buildFunctionModuleView(group: Group, index: ModelIndex, names: Map<string, string>): FunctionModuleView {
  const options: TypeOptions = { fileType: `${TYPES_NAMESPACE}.${FILE_TYPE}`, indent: "", typePrefix: `${TYPES_NAMESPACE}.` };
  const functions = group.operationIds.map((id) => buildFunctionView(index.operationsById.get(id)!, names.get(id)!, options, index));
  const runtimeImports = new Set(["RequestOptions"]);
  for (const f of functions) {
    runtimeImports.add(f.coreMethod === "list" ? "PagePromise" : "ApiPromise");
    if (f.coreMethod === "stream") runtimeImports.add("EventStream");
  }
  return {
    accessPath: ["client", ...group.path].join("."),
    functions,
    runtimeImports: [...runtimeImports].sort(),
    runtimeImport: importLayout("import type", [...runtimeImports].sort(), '"../runtime/index.js"'),
    typesNamespace: TYPES_NAMESPACE,
    usesTypes: functions.some((f) => `${f.signature} ${f.typeArguments}`.includes(`${TYPES_NAMESPACE}.`)),
    keyShapesNamespace: KEY_SHAPES_NAMESPACE,
    usesKeyShapes: group.operationIds.some((id) => callUsesKeyShapes(index.operationsById.get(id)!, index.keyShapes)),
  };
}

function buildFunctionView(operation: Operation, name: string, options: TypeOptions, index: ModelIndex): FunctionView {
  const shape = buildCallShape(operation, options, index, CALL_FIELD_INDENT);
  const clientParameter = uniqueName("client", new Set(["body", "params", "options", ...operation.pathParameters.map((p) => p.codeName.toLowerCase())]));
  const head = `export function ${name}`;
  const first = `${clientParameter}: ApiClient`;
  return {
    doc: methodDoc(operation, ""),
    name,
    overloads: shape.overloads.map((o) => `${signatureLayout("", head, [first, ...o.parameters], o.returnType, ";")}\n`).join(""),
    signature: signatureLayout("", head, [first, ...shape.parameters], shape.returnType),
    clientParameter,
    coreMethod: shape.coreMethod,
    typeArguments: shape.typeArguments,
    callHead: genericLayout("  ", `return ${clientParameter}.`, `${shape.coreMethod}${shape.typeArguments}`, "("),
    callFields: shape.callFields,
  };
}

export function buildFunctionsIndexView(modules: string[]): FunctionsIndexView {
  return { modules: modules.map((path) => `./${path}.js`).sort() };
}
