// Per operation, two compiled checks: the request (path, query and header parameters, the body) and
// the response (the JSON body of the most specific declared status). Operations are walked in
// group-tree order (each group's sub-groups, then its own operations), which is also the order
// their functions are printed in.
import { pointerSegment } from "../../diagnostics.js";
import { toBindingName, uniqueName } from "../../ir/names.js";
import type { ApiModel, Group, Operation, Parameter, Response, Schema } from "../../ir/types.js";
import { printAssignment } from "./code/assignment.js";
import { and, binary, call, index, member, name, num, str, stringLiteral, TRUE, type Expr } from "./code/expressions.js";
import { printDoc, PRINT_WIDTH } from "./code/printDoc.js";
import { compilePartsFunction, type CheckedPart } from "./compile.js";
import type { ValidatorModule } from "./module.js";

export interface CompiledOperation {
  operation: Operation;
  /** Its key in its group's object of the `operations` tree. */
  key: string;
  /** A binding name unique among operations (`usersGet`). */
  bindingName: string;
  requestFunction: string;
  responseFunction: string;
  /** The code of both functions and the helpers they hoisted. */
  code: string;
}

export interface OperationTreeNode {
  operations: CompiledOperation[];
  children: Map<string, OperationTreeNode>;
}

/** Compiles every operation into `module`; returns the tree and the operations in compile order. */
export function compileOperations(model: ApiModel, module: ValidatorModule): { tree: OperationTreeNode; compiled: CompiledOperation[] } {
  const byId = new Map(model.operations.map((o) => [o.operationId, o]));
  const compiled: CompiledOperation[] = [];
  const bindingNames = new Set<string>();
  const build = (group: Group): OperationTreeNode => {
    const node: OperationTreeNode = { operations: [], children: new Map() };
    for (const child of group.children) node.children.set(child.name, build(child));
    for (const id of group.operationIds) {
      const operation = byId.get(id)!;
      const base = toBindingName([...operation.groupPath, operation.name].map((s, i) => (i === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1))).join(""));
      const requestFunction = module.functionName(`${base}Request`);
      const responseFunction = module.functionName(`${base}Response`);
      const code = module.capture(() => {
        compileRequest(module, operation, requestFunction);
        compileResponse(module, operation, responseFunction);
      });
      // A method named like a sub-group (none in Auth0) keeps both by suffixing the method.
      const key = node.children.has(operation.name) ? `${operation.name}Operation` : operation.name;
      const entry = { operation, key, bindingName: uniqueName(base, bindingNames), requestFunction, responseFunction, code };
      node.operations.push(entry);
      compiled.push(entry);
    }
    return node;
  };
  return { tree: build(model.rootGroup), compiled };
}

/** Parameters the request check covers: those not marked `x-sdk-ignore`. */
export function checkedParameters(parameters: Parameter[]): Parameter[] {
  return parameters.filter((p) => !p.sdkIgnored);
}

/** The body the request check covers: JSON and form bodies (multipart and binary carry files the schema describes as strings). */
export function checkedBody(operation: Operation): { schema: Schema; required: boolean } | undefined {
  const body = operation.requestBody;
  if (!body || (body.defaultEncoding !== "json" && body.defaultEncoding !== "form")) return undefined;
  return { schema: body.schema, required: body.specRequired };
}

/** JSON responses, most specific status first: exact codes, then ranges (`4XX`), then `default`. */
export function checkedResponses(operation: Operation): Array<{ status: string; schema: Schema }> {
  return [...operation.responses]
    .sort((a, b) => statusRank(a) - statusRank(b))
    .flatMap((response) => {
      const json = response.contents.find((c) => c.kind === "json");
      return json ? [{ status: response.status, schema: json.schema }] : [];
    });
}

function compileRequest(module: ValidatorModule, operation: Operation, functionName: string): void {
  const parts: CheckedPart[] = [];
  const prelude: Array<{ variable: string; init: Expr }> = [];
  const groups = [
    ["path", operation.pathParameters],
    ["query", operation.queryParameters],
    ["headers", operation.headerParameters],
  ] as const;
  for (const [location, parameters] of groups) {
    const checked = checkedParameters(parameters);
    if (checked.length === 0) continue;
    prelude.push({ variable: location, init: binary("??", member(name("r"), location), name("{}")) });
    for (const parameter of checked) {
      parts.push({
        source: index(name(location), str(parameter.wireName)),
        pointer: `/${location}/${pointerSegment(parameter.wireName)}`,
        schema: parameter.schema,
        required: parameter.required,
      });
    }
  }
  const body = checkedBody(operation);
  if (body) parts.push({ source: member(name("r"), "body"), pointer: "/body", schema: body.schema, required: body.required });
  compilePartsFunction(
    module,
    `function ${functionName}`,
    [["r", "OperationRequest"], ["e", "ValidationError[] | null"]],
    prelude,
    [{ parts }],
    operation.pointer,
  );
}

function compileResponse(module: ValidatorModule, operation: Operation, functionName: string): void {
  const cases = checkedResponses(operation).map(({ status, schema }) => ({
    condition: statusCondition(status),
    parts: [{ source: name("body"), pointer: "", schema, required: false }],
  }));
  compilePartsFunction(
    module,
    `function ${functionName}`,
    [["status", "number"], ["body", "unknown"], ["e", "ValidationError[] | null"]],
    [],
    cases,
    operation.pointer,
  );
}

function statusRank(response: Response): number {
  if (/^\d{3}$/.test(response.status)) return 0;
  if (/^\dXX$/i.test(response.status)) return 1;
  return 2;
}

function statusCondition(status: string): Expr {
  const code = name("status");
  if (/^\d{3}$/.test(status)) return binary("===", code, num(Number(status)));
  if (/^\dXX$/i.test(status)) return and([binary(">=", code, num(Number(status[0]) * 100)), binary("<", code, num((Number(status[0]) + 1) * 100))]);
  return TRUE;
}

/**
 * The `operations` object literal: sub-groups first, then operations, each sorted by key, one
 * property a line as prettier keeps an object written expanded.
 */
export function printOperationTree(node: OperationTreeNode, depth = 0): string {
  const pad = "  ".repeat(depth + 1);
  const entries: string[] = [];
  for (const [group, child] of [...node.children].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = propertyKey(group);
    // prettier breaks after the colon only when even `key: {` does not fit.
    if (pad.length + key.length + 3 <= PRINT_WIDTH || key.length < 5) entries.push(`${pad}${key}: ${printOperationTree(child, depth + 1)},`);
    else entries.push(`${pad}${key}:\n${pad}  ${printOperationTree(child, depth + 2)},`);
  }
  for (const entry of [...node.operations].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const { operation } = entry;
    const args = [str(operation.operationId), str(operation.method), str(operation.path), name(entry.requestFunction), name(entry.responseFunction)];
    entries.push(property(pad, propertyKey(entry.key), call(name("operationValidator"), args)));
  }
  return entries.length === 0 ? "{}" : `{\n${entries.join("\n")}\n${"  ".repeat(depth)}}`;
}

/** `get_users: operations["users"]["list"],` entries (one or more lines each), in model order. */
export function printOperationsById(model: ApiModel, compiled: CompiledOperation[]): string[] {
  const keys = new Map(compiled.map((c) => [c.operation, c.key]));
  return model.operations.map((o) => {
    const target = [...o.groupPath, keys.get(o) ?? o.name].reduce<Expr>((object, segment) => index(object, str(segment)), name("operations"));
    return property("  ", propertyKey(o.operationId), target);
  });
}

/** `key: value,` at indentation `pad`, on one line when it fits. */
function property(pad: string, key: string, value: Expr): string {
  const oneLine = `${pad}${key}: ${value.text},`;
  return oneLine.length <= PRINT_WIDTH ? oneLine : pad + printDoc([printAssignment(key, ":", value, true), ","], pad.length);
}

/** A property name as prettier prints it: bare when it is an identifier, else a string literal. */
function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : stringLiteral(key);
}
