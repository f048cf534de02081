// IR → the data each client template receives. Every decision about the generated code is made
// here; the templates only print these fields. The shapes are exported so template authors can
// see exactly what they get.
import { jsString } from "../shared/literals.js";
import { isIdentifier } from "../../ir/names.js";
import type { ApiModel, Group, NamedSchema, Operation, Parameter, RequestParametersModel, Schema } from "../../ir/types.js";
import { commentLines, docComment, lifecycleTags } from "../shared/docComment.js";
import { assignmentLayout, genericLayout, importLayout, objectFieldLayout, propertyLayout, signatureLayout, typeAliasLayout } from "../shared/layout.js";
import { propertyDoc, propertyLine, typeExpression, type TypeOptions } from "./typeExpression.js";
import { itemsKeyCodeName, parameterCodeName } from "./codeNames.js";
import { buildKeyShapes, type KeyShapePlan } from "./keyShapes.js";
import { callUsesKeyShapes, KEY_SHAPES_NAMESPACE, keyShapeFields, shapeNames, type ShapeNames } from "./keyShapesFile.js";

/** The namespace the resource files import the types module under. */
export const TYPES_NAMESPACE = "T";
/** Accepted inputs for a file field; the runtime turns each into multipart bytes. */
export const FILE_TYPE = "Uploadable";

export interface TypesView {
  /** `export interface …` / `export type …` blocks, doc comments included, in name order. */
  declarations: string[];
  /** True when some type uses the runtime's `Uploadable` (file fields). */
  importsUploadable: boolean;
  /** The module `Uploadable` is imported from. */
  runtimeModule: string;
}

export interface ResourceView {
  className: string;
  /** `client.a.b`, for the class comment. */
  accessPath: string;
  children: ChildView[];
  methods: MethodView[];
  /** Runtime names this file imports, sorted. */
  runtimeImports: string[];
  /** The import of `runtimeImports`, laid out (one name a line when it is too long). */
  runtimeImportLine: string;
  typesNamespace: string;
  usesTypes: boolean;
  /** The namespace `../keyShapes.js` is imported under (`K`). */
  keyShapesNamespace: string;
  /** True when a method's call names a key shape (camelCase property names only). */
  usesKeyShapes: boolean;
}

export interface MethodView {
  doc: string;
  name: string;
  /** Overload declarations before the implementation (`include_totals` picks the page shape), one per line group, each ending with `;\n`; empty when there are none. */
  overloads: string;
  /** The whole signature line(s), `  name(id: string, options?: RequestOptions): ApiPromise<T.X> {`. */
  signature: string;
  /** `id: string, body: T.X, options?: RequestOptions`. */
  parameters: string;
  returnType: string;
  /** `request`, `list` or `stream`: the Core method that runs the call. */
  coreMethod: string;
  typeArguments: string;
  /** `    return this.#core.list<A, B>(`, its type arguments broken over lines when too long. */
  callHead: string;
  /** The lines of the OperationCall literal's entries, indented, each ending with a comma. */
  callFields: string[];
}

/** A sub-resource of a class client or resource. */
export interface ChildView {
  memberName: string;
  className: string;
  importPath: string;
  /** `    this.users = new UsersResource(core);`, broken after `=` when too long. */
  construct: string;
}

export interface ClientView {
  /** The API title, safe inside a comment. */
  titleComment: string;
  children: ChildView[];
  /** The server URL as written (placeholders included), as a string literal. */
  defaultBaseUrl: string;
  /** Builds the base URL from a `domain` option: a JS expression over `domain`. */
  baseUrlForDomain: string;
  /** The client embeds validators/ and hands the runtime a loader for them. */
  embedsValidators: boolean;
  /** Calls rename keys (camelCase property names): the client hands the runtime its `keyMapping`. */
  mapsKeys: boolean;
}

/**
 * `runtimeModule`: where `Uploadable` comes from (the validators target has its own stand-in).
 * `wireNames`: property names as on the wire, for the validators, whose guards check wire data.
 */
export function buildTypesView(model: ApiModel, runtimeModule = "./runtime/index.js", wireNames = false): TypesView {
  const options: TypeOptions = { fileType: FILE_TYPE, indent: "", typePrefix: "", ...(wireNames ? { wireNames } : {}) };
  const declarations = model.schemas.map((named) => schemaDeclaration(named, options));
  const requestParameters = model.operations
    .filter((o): o is Operation & { requestParameters: RequestParametersModel } => o.requestParameters !== undefined)
    .map((o) => requestParametersDeclaration(o, options));
  const all = [...declarations, ...requestParameters];
  return { declarations: all, importsUploadable: all.some((d) => d.includes(FILE_TYPE)), runtimeModule };
}

function schemaDeclaration(named: NamedSchema, options: TypeOptions): string {
  const { schema } = named;
  const doc = propertyDoc(schema, "");
  if (schema.kind === "object" && !schema.nullable && (schema.properties.length > 0 || schema.additionalProperties === false)) {
    const body = typeExpression({ ...schema, description: undefined }, options);
    return `${doc}export interface ${named.typeName} ${body === "Record<string, never>" ? "{}" : body}\n`;
  }
  return `${doc}${typeAliasLayout(`export type ${named.typeName}`, typeExpression(schema, options))}\n`;
}

function requestParametersDeclaration(operation: Operation & { requestParameters: RequestParametersModel }, options: TypeOptions): string {
  const doc = docComment([`Parameters of \`${accessPath(operation)}()\` (\`${operation.method} ${operation.path}\`).`]);
  const lines = operation.requestParameters.parameters.map((p) =>
    propertyLine(
      { wireName: p.wireName, codeName: p.codeName, required: p.required, schema: { ...p.schema, description: p.description ?? p.schema.description } },
      { ...options, indent: "  " },
    ),
  );
  return `${doc}export interface ${operation.requestParameters.typeName} {\n${lines.join("")}}\n`;
}

/** What every resource view looks things up in; built once per emit, not once per group. */
export interface ModelIndex {
  operationsById: Map<string, Operation>;
  schemasByName: Map<string, Schema>;
  /** Key renames of camelCase property names; empty with wire names. */
  keyShapes: KeyShapePlan;
  shapeNames: ShapeNames;
}

export function indexModel(model: ApiModel): ModelIndex {
  return {
    operationsById: new Map(model.operations.map((o) => [o.operationId, o])),
    schemasByName: new Map(model.schemas.map((s) => [s.name, s.schema])),
    keyShapes: buildKeyShapes(model),
    shapeNames: shapeNames(model),
  };
}

export function buildResourceView(group: Group, index: ModelIndex): ResourceView {
  const options: TypeOptions = { fileType: `${TYPES_NAMESPACE}.${FILE_TYPE}`, indent: "  ", typePrefix: `${TYPES_NAMESPACE}.` };
  const methods = group.operationIds.map((id) => buildMethodView(index.operationsById.get(id)!, options, index));
  const runtimeImports = new Set(["Core", "RequestOptions"]);
  for (const m of methods) {
    runtimeImports.add(m.coreMethod === "list" ? "PagePromise" : "ApiPromise");
    if (m.coreMethod === "stream") runtimeImports.add("EventStream");
  }
  return {
    className: resourceClassName(group),
    accessPath: ["client", ...group.path].join("."),
    children: group.children.map((child) => childView(child, `./${child.pascalName}.js`)),
    methods,
    runtimeImports: [...runtimeImports].sort(),
    runtimeImportLine: importLayout("import type", [...runtimeImports].sort(), '"../runtime/index.js"'),
    typesNamespace: TYPES_NAMESPACE,
    usesTypes: methods.some((m) => `${m.parameters} ${m.returnType} ${m.typeArguments}`.includes(`${TYPES_NAMESPACE}.`)),
    keyShapesNamespace: KEY_SHAPES_NAMESPACE,
    usesKeyShapes: group.operationIds.some((id) => callUsesKeyShapes(index.operationsById.get(id)!, index.keyShapes)),
  };
}

export function resourceClassName(group: Group): string {
  return `${group.pascalName}Resource`;
}

/** A sub-resource member: its name, class, module, and the constructor line that creates it. */
function childView(child: Group, importPath: string): ChildView {
  const className = resourceClassName(child);
  return { memberName: child.name, className, importPath, construct: assignmentLayout("    ", `this.${child.name}`, `new ${className}`, "core") };
}

function accessPath(operation: Operation): string {
  return ["client", ...operation.groupPath, operation.name].join(".");
}

function buildMethodView(operation: Operation, options: TypeOptions, index: ModelIndex): MethodView {
  const shape = buildCallShape(operation, options, index, CALL_FIELD_INDENT);
  return {
    doc: methodDoc(operation, "  "),
    name: operation.name,
    overloads: shape.overloads.map((o) => `${signatureLayout("  ", operation.name, o.parameters, o.returnType, ";")}\n`).join(""),
    signature: signatureLayout("  ", operation.name, shape.parameters, shape.returnType),
    parameters: shape.parameters.join(", "),
    returnType: shape.returnType,
    coreMethod: shape.coreMethod,
    typeArguments: shape.typeArguments,
    callHead: genericLayout("    ", "return this.#core.", `${shape.coreMethod}${shape.typeArguments}`, "("),
    callFields: shape.callFields,
  };
}

/** What a client method and a standalone operation function share: everything but their name and layout. */
export interface CallShape {
  /** `id: string`, `body: T.X`, …, `options?: RequestOptions`. */
  parameters: string[];
  returnType: string;
  /** `request`, `list` or `stream`: the Core method that runs the call. */
  coreMethod: string;
  typeArguments: string;
  /** Overload declarations (`include_totals` picks the page shape); empty when there are none. */
  overloads: Array<{ parameters: string[]; returnType: string }>;
  /** The lines of the OperationCall literal's entries, at the indent asked for, each ending with a comma. */
  callFields: string[];
}

export function buildCallShape(operation: Operation, options: TypeOptions, index: ModelIndex, fieldIndent: string): CallShape {
  const { schemasByName } = index;
  const args: Array<{ name: string; type: string; optional: boolean }> = [];
  for (const p of operation.pathParameters) args.push({ name: p.codeName, type: pathParameterType(p.schema, options), optional: false });
  const body = operation.requestBody;
  if (body) args.push({ name: "body", type: typeExpression(body.schema, options), optional: !body.argumentRequired });
  const bag = operation.requestParameters;
  if (bag) args.push({ name: "params", type: `${TYPES_NAMESPACE}.${bag.typeName}`, optional: !bag.required });
  // An optional argument before a required one cannot use `?`; it takes `| undefined` instead.
  const lastRequired = args.map((a) => a.optional).lastIndexOf(false);
  const parameters = args.map((a, i) =>
    a.optional && i < lastRequired ? `${a.name}: ${a.type} | undefined` : `${a.name}${a.optional ? "?" : ""}: ${a.type}`,
  );
  parameters.push("options?: RequestOptions");

  const result = operation.result;
  const resultType =
    result.kind === "json"
      ? typeExpression(result.schema, options) + (result.mayBeEmpty ? " | undefined" : "")
      : result.kind === "sse"
        ? typeExpression(result.schema, options)
        : result.kind === "text"
          ? "string"
          : result.kind === "binary"
            ? "Blob"
            : "void";
  const paging = operation.pagination;
  const paged = paging && paging.style !== "none" && paging.itemSchema && result.kind === "json";
  let overloads: CallShape["overloads"] = [];
  let coreMethod = "request";
  let returnType = `ApiPromise<${resultType}>`;
  let typeArguments = `<${resultType}>`;
  if (paged) {
    const item = typeExpression(paging.itemSchema!, options);
    coreMethod = "list";
    returnType = `PagePromise<${resultType}, ${item}>`;
    typeArguments = `<${resultType}, ${item}>`;
    overloads = includeTotalsOverloads(operation, parameters, item, options, schemasByName);
  } else if (result.kind === "sse") {
    coreMethod = "stream";
    returnType = `ApiPromise<EventStream<${resultType}>>`;
    typeArguments = `<${resultType}>`;
  }
  return {
    parameters,
    returnType,
    coreMethod,
    typeArguments,
    overloads,
    callFields: callFields(operation, bag !== undefined && !bag.required, (schema) => isScalarValue(schema, schemasByName), index).map(({ key, value, entries }) =>
      entries ? objectFieldLayout(fieldIndent, key, entries) : key === value ? `${fieldIndent}${key},` : propertyLayout(fieldIndent, key, value),
    ),
  };
}

/**
 * Offset-paged operations answer a bare array, or a wrapper object with totals when the caller
 * passes `include_totals: true`. Two overloads make the type follow the argument.
 */
function includeTotalsOverloads(operation: Operation, parameters: string[], item: string, options: TypeOptions, schemasByName: Map<string, Schema>): CallShape["overloads"] {
  const flag = operation.pagination?.parameters.includeTotals;
  const bag = operation.requestParameters;
  if (!flag || !bag || operation.pagination?.style !== "offset" || operation.result.kind !== "json") return [];
  const resolve = (s: Schema) => (s.kind === "ref" ? (schemasByName.get(s.name) ?? s) : s);
  const result = resolve(operation.result.schema);
  if (result.kind !== "union" || result.variants.length !== 2) return [];
  const array = result.variants.find((v) => resolve(v).kind === "array");
  const wrapper = result.variants.find((v) => resolve(v).kind === "object");
  if (!array || !wrapper) return [];
  const bagType = `${TYPES_NAMESPACE}.${bag.typeName}`;
  const member = parameterCodeName(operation, flag);
  const key = isIdentifier(member) ? member : jsString(member);
  const withBag = (bagParam: string) => parameters.map((p) => (p.startsWith("params") ? bagParam : p));
  return [
    { parameters: withBag(`params: ${bagType} & { ${key}: true }`), returnType: `PagePromise<${typeExpression(wrapper, options)}, ${item}>` },
    { parameters: withBag(`params?: ${bagType} & { ${key}?: false }`), returnType: `PagePromise<${typeExpression(array, options)}, ${item}>` },
  ];
}

/** Path values are strings on the wire; enums keep their literal types. */
/** A path parameter typed `unknown` is declared `string` (see pathParameterType). */
function isUnknown(schema: Schema): boolean {
  return schema.kind === "unknown";
}

function pathParameterType(schema: Schema, options: TypeOptions): string {
  const type = typeExpression(schema, options);
  return type === "unknown" ? "string" : type;
}

/** Where the OperationCall literal's entries sit in the method body. */
const CALL_FIELD_INDENT = "        ";

interface CallField {
  key: string;
  value: string;
  /** Set when the value is an object literal, laid out by width. */
  entries?: string[];
}

/**
 * Whether a parameter's values fit the runtime's query and path types (primitives, or arrays of
 * them). Anything else (an object, or a schema a broken spec left unknown) is sent as JSON text.
 */
function isScalarValue(schema: Schema, schemasByName: Map<string, Schema>, inArray = false, depth = 0): boolean {
  if (depth > 20) return false;
  switch (schema.kind) {
    case "ref": {
      const target = schemasByName.get(schema.name);
      return target !== undefined && isScalarValue(target, schemasByName, inArray, depth + 1);
    }
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "enum":
      return true;
    case "const":
      return schema.value === null || typeof schema.value !== "object";
    case "array":
      return !inArray && isScalarValue(schema.items, schemasByName, true, depth + 1);
    case "union":
      return schema.variants.every((v) => isScalarValue(v, schemasByName, inArray, depth + 1));
    default:
      return false;
  }
}

function callFields(operation: Operation, paramsOptional: boolean, isScalar: (schema: Schema) => boolean, index: ModelIndex): CallField[] {
  const fields: CallField[] = [
    { key: "operationId", value: jsString(operation.operationId) },
    { key: "method", value: JSON.stringify(operation.method) },
    { key: "path", value: jsString(operation.path) },
  ];
  if (operation.pathParameters.length > 0) {
    fields.push(objectField("pathParams", operation.pathParameters.map((p) => [p.wireName, isScalar(p.schema) || isUnknown(p.schema) ? p.codeName : `JSON.stringify(${p.codeName})`])));
  }
  const read = (p: Parameter) => {
    const member = isIdentifier(p.codeName) ? p.codeName : `[${jsString(p.codeName)}]`;
    if (paramsOptional) return `params?.${member}`;
    return member.startsWith("[") ? `params${member}` : `params.${member}`;
  };
  const bagMembers = operation.requestParameters?.parameters ?? [];
  const query = bagMembers.filter((p) => p.in === "query");
  const queryValue = (p: Parameter) => (isScalar(p.schema) ? read(p) : `${read(p)} === undefined ? undefined : JSON.stringify(${read(p)})`);
  if (query.length > 0) fields.push(objectField("query", query.map((p) => [p.wireName, queryValue(p)])));
  const headers = bagMembers.filter((p) => p.in === "header");
  if (headers.length > 0) {
    fields.push(objectField("headers", headers.map((p) => [p.wireName, p.schema.kind === "string" ? read(p) : `${read(p)} === undefined ? undefined : String(${read(p)})`])));
  }
  const body = operation.requestBody;
  if (body) {
    fields.push({ key: "body", value: "body" });
    fields.push({ key: "bodyEncoding", value: JSON.stringify(body.defaultEncoding) });
    const encodings = [...new Set(body.contents.map((c) => c.encoding))];
    if (encodings.length > 1) fields.push({ key: "bodyEncodings", value: `[${encodings.map((e) => JSON.stringify(e)).join(", ")}]` });
  } else {
    fields.push({ key: "bodyEncoding", value: JSON.stringify("none") });
  }
  fields.push({ key: "responseKind", value: JSON.stringify(operation.result.kind) });
  const paging = operation.pagination;
  if (paging && paging.style !== "none" && paging.itemSchema) {
    const entries: Array<[string, string]> = [["style", JSON.stringify(paging.style)]];
    if (paging.itemsKey !== undefined) entries.push(["itemsKey", jsString(itemsKeyCodeName(operation, paging.itemsKey, index.schemasByName))]);
    fields.push(objectField("paging", entries));
  }
  for (const [key, value] of keyShapeFields(operation, index.keyShapes, index.shapeNames)) fields.push({ key, value });
  return fields;
}

/** An object-literal field: keys quoted only when they must be, `{ id }` shorthand where it applies. */
function objectField(key: string, entries: Array<[string, string]>): CallField {
  const parts = entries.map(([name, value]) => {
    const printedKey = isIdentifier(name) ? name : jsString(name);
    return printedKey === value ? name : `${printedKey}: ${value}`;
  });
  return { key, value: "", entries: parts };
}

export function methodDoc(operation: Operation, indent: string): string {
  const success = operation.result.statuses;
  const errors = operation.responses.map((r) => r.status).filter((s) => !success.includes(s));
  const tags = lifecycleTags(operation.lifecycle, operation.deprecated);
  if (errors.length > 0) tags.unshift(`@throws {ApiError} when the API answers ${errors.join(", ")} (as declared by the spec).`);
  const scopes = operation.scopes.length > 0 ? `Required scopes: ${operation.scopes.map((s) => `\`${s}\``).join(", ")}.` : undefined;
  const summary = operation.summary ?? operation.operationId;
  const description = operation.description && operation.description.trim() !== summary.trim() ? operation.description : undefined;
  return docComment([summary, description, `\`${operation.method} ${operation.path}\``, scopes], tags, indent);
}

export function buildClientView(model: ApiModel, embedsValidators = false, mapsKeys = false): ClientView {
  const server = model.servers[0];
  const url = server?.url ?? "";
  // `domain` fills the variable that stands for the host; other variables take their defaults.
  const hostVariable = server?.variables.find((v) => new RegExp(`^[a-z]+://\\{${escapeRegExp(v.name)}\\}`, "i").test(url));
  const fillDefaults = (text: string) => (server?.variables ?? []).filter((v) => v !== hostVariable).reduce((t, v) => t.split(`{${v.name}}`).join(v.default), text);
  let prefix = "https://";
  let suffix = fillDefaults(url.replace(/^[a-z]+:\/\/[^/]*/i, ""));
  if (hostVariable) [prefix, suffix] = url.split(`{${hostVariable.name}}`).map(fillDefaults);
  return {
    titleComment: commentLines(model.info.title).join(" "),
    children: model.rootGroup.children.map((child) => childView(child, `./resources/${child.pascalName}.js`)),
    defaultBaseUrl: jsString(url),
    baseUrlForDomain: `${jsString(prefix)} + domain + ${jsString(suffix)}`,
    embedsValidators,
    mapsKeys,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
