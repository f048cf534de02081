// IR → the data the validators templates (schemas.ts.hbs, operations.ts.hbs, index.ts.hbs)
// receive. The built-in templates print the compiled check functions; override templates can
// instead walk the IR schemas each entry carries (a zod flavour does: flavours/zod-validators/).
// Every field below is part of the template contract; add fields, do not change them.
import type { ApiModel, HttpMethod, NamedSchema, Parameter, Schema } from "../../ir/types.js";
import { hasTopLevelClosedness } from "./closedness.js";
import { compileCheckFunction } from "./compile.js";
import type { DiagnosticSink } from "../../diagnostics.js";
import { schemaLookup, ValidatorModule, type ModuleContext } from "./module.js";
import { checkedBody, checkedParameters, checkedResponses, compileOperations, printOperationsById, printOperationTree } from "./operations.js";
import { schemasInDependencyOrder } from "./dependencyOrder.js";
import { printGuardFunctions } from "./guards.js";
import { importLayout } from "../shared/layout.js";

/** The runtime helpers compiled code may call; a module imports the ones it uses. */
const RUNTIME_HELPERS = ["codePoints", "deepEqual", "fail", "hasDuplicates", "hasOwn", "isObject", "pointerSegment"];

export interface ValidatorsView {
  /** Module specifier of the generated types: `./types.js` standalone, `../types.js` inside a client. */
  typesModule: string;
  /** Every component schema, in name order (the order of the model). */
  schemas: SchemaValidatorView[];
  /**
   * The same entries ordered so that each comes after every schema it references, except
   * references inside a reference cycle (entries with `recursive: true`); for languages and
   * libraries whose declarations must come before their use.
   */
  schemasInDependencyOrder: SchemaValidatorView[];
  /** The compiled `schemas.ts`: its imports and shared constants (the functions are per schema). */
  schemasModule: CompiledModuleView;
  /** Every operation, in group-tree order: each group's sub-groups first, then its own operations. */
  operations: OperationValidatorView[];
  /** The compiled `operations.ts`. */
  operationsModule: CompiledModuleView & {
    /** The `operations` object literal (nested by group path) as code. */
    tree: string;
    /** The entries of the `operationsById` object literal (one or more lines each), in model order. */
    byId: string[];
  };
}

export interface CompiledModuleView {
  /** The module's `import` declarations, each complete (one or more lines). */
  imports: string[];
  /** Module-level constants shared by its functions (`const re0 = new RegExp(…);`), each complete (one or more lines). */
  constants: string[];
}

export interface SchemaValidatorView {
  /** The key under `components.schemas`. */
  name: string;
  /** The identifier used for it in generated code (the type in types.ts). */
  typeName: string;
  /** JSON pointer to the schema in the source document. */
  pointer: string;
  /** The schema as the IR holds it (generator/ir/types.ts, `Schema`), for templates that print their own. */
  schema: Schema;
  /** True when the schema reaches itself through references. */
  recursive: boolean;
  /** `checkUser`, exported by schemas.ts: `(value, pointer, errors | null) => boolean`. */
  checkFunctionName: string;
  /** The compiled check function, preceded by the helper functions it hoisted, as code. */
  checkFunctions: string;
  /** `validateX` and `isX` of index.ts, as code. */
  guardFunctions: string;
}

export interface OperationValidatorView {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** JSON pointer to the operation in the source document. */
  pointer: string;
  groupPath: string[];
  /** The client's method name. */
  name: string;
  /** Its key in its group's object of the `operations` tree: `name`, or `<name>Operation` when a sub-group has that name. */
  key: string;
  /** A binding name unique among operations, `usersGet`, for templates that declare one constant per operation. */
  bindingName: string;
  requestFunctionName: string;
  responseFunctionName: string;
  /** Both compiled functions and the helpers they hoisted, as code. */
  checkFunctions: string;
  /** What the request check covers: parameters not marked `x-sdk-ignore`, and a JSON or form body. */
  request: {
    path: Parameter[];
    query: Parameter[];
    headers: Parameter[];
    body?: { schema: Schema; required: boolean };
  };
  /** The JSON responses, most specific status first (`200`, then `4XX`, then `default`). */
  responses: Array<{ status: string; schema: Schema }>;
}

export function buildValidatorsView(model: ApiModel, typesModule: string, sink: DiagnosticSink): ValidatorsView {
  const lookup = schemaLookup(model.schemas);
  const checkNames = new Map(model.schemas.map((s) => [s.name, `check${s.typeName}`]));
  const takesOpen = new Map(model.schemas.map((s) => [s.name, hasTopLevelClosedness(s.schema, lookup)]));
  const context = (prefix: string): ModuleContext => ({
    lookup,
    checkName: (name) => `${prefix}${checkNames.get(name)!}`,
    takesOpen: (name) => takesOpen.get(name)!,
    sink,
  });

  const schemasModule = new ValidatorModule(context(""));
  for (const named of model.schemas) schemasModule.functionName(checkNames.get(named.name)!);
  const schemas = model.schemas.map((named): SchemaValidatorView => {
    const checkFunctionName = checkNames.get(named.name)!;
    const checkFunctions = schemasModule.capture(() => compileCheckFunction(schemasModule, checkFunctionName, named.schema, named.pointer));
    const guardFunctions = printGuardFunctions(named.typeName, checkFunctionName);
    return { ...schemaFields(named), checkFunctionName, checkFunctions, guardFunctions };
  });
  const byName = new Map(schemas.map((s) => [s.name, s]));

  const operationsModule = new ValidatorModule(context("S."));
  const { tree, compiled } = compileOperations(model, operationsModule);
  const operations = compiled.map(({ operation, key, bindingName, requestFunction, responseFunction, code }): OperationValidatorView => {
    const body = checkedBody(operation);
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      pointer: operation.pointer,
      groupPath: operation.groupPath,
      name: operation.name,
      key,
      bindingName,
      requestFunctionName: requestFunction,
      responseFunctionName: responseFunction,
      checkFunctions: code,
      request: {
        path: checkedParameters(operation.pathParameters),
        query: checkedParameters(operation.queryParameters),
        headers: checkedParameters(operation.headerParameters),
        ...(body ? { body } : {}),
      },
      responses: checkedResponses(operation),
    };
  });

  return {
    typesModule,
    schemas,
    schemasInDependencyOrder: schemasInDependencyOrder(model.schemas).map((s) => byName.get(s.name)!),
    schemasModule: { imports: schemaImports(schemasModule), constants: [...schemasModule.constants] },
    operations,
    operationsModule: {
      imports: operationImports(operationsModule),
      constants: [...operationsModule.constants],
      tree: printOperationTree(tree),
      byId: printOperationsById(model, compiled),
    },
  };
}

function schemaFields(named: NamedSchema): Pick<SchemaValidatorView, "name" | "typeName" | "pointer" | "schema" | "recursive"> {
  return { name: named.name, typeName: named.typeName, pointer: named.pointer, schema: named.schema, recursive: named.recursive };
}

function usedHelpers(module: ValidatorModule): string[] {
  return RUNTIME_HELPERS.filter((name) => module.uses(new RegExp(`\\b${name}\\(`)));
}

function schemaImports(module: ValidatorModule): string[] {
  const lines: string[] = [];
  if (module.uses(/\bcheckFormat\(/)) lines.push(`import { checkFormat } from "./formats.js";`);
  lines.push(importLayout("import", [...usedHelpers(module), "type ValidationError"], `"./runtime.js"`));
  return lines;
}

function operationImports(module: ValidatorModule): string[] {
  const runtime = ["operationValidator", "type OperationRequest", "type OperationValidator", "type ValidationError"];
  const lines = [importLayout("import", [...usedHelpers(module), ...runtime], `"./runtime.js"`)];
  if (module.uses(/\bS\./)) lines.push(`import * as S from "./schemas.js";`);
  if (module.uses(/\bcheckFormat\(/)) lines.push(`import { checkFormat } from "./formats.js";`);
  return lines;
}
