// One OpenAPI operation → one IR `Operation`.
import { pointer } from "../diagnostics.js";
import { pascalCase, toTypeName, uniqueName } from "../ir/names.js";
import type { HttpMethod, Operation, Parameter, RequestParametersModel, Schema } from "../ir/types.js";
import { HTTP_METHODS, isObject, type JsonObject } from "../openapi/document.js";
import { decideResult, normalizeRequestBody, normalizeResponses } from "./bodies.js";
import type { NormalizeContext } from "./context.js";
import { readLifecycle } from "./lifecycle.js";
import { deriveOperationId, nameOperation } from "./naming.js";
import { detectPagination } from "./pagination.js";
import { normalizeParameters } from "./parameters.js";
import { operationScopes } from "./security.js";

export interface OperationEnv {
  ctx: NormalizeContext;
  /** Follows IR refs to the component schema they name. */
  resolveSchema: (schema: Schema) => Schema;
  /** Every type name handed out so far (lower-cased), shared with the component schemas. */
  takenTypeNames: Set<string>;
}

export function normalizeOperations(env: OperationEnv): Operation[] {
  const { ctx } = env;
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const raw = pathItem[method];
      if (!isObject(raw)) continue;
      operations.push(normalizeOperation(env, path, pathItem, method, raw));
    }
  }
  return operations;
}

function normalizeOperation(env: OperationEnv, path: string, pathItem: JsonObject, method: string, raw: JsonObject): Operation {
  const { ctx } = env;
  const at = pointer("paths", path, method);
  const operationId = typeof raw.operationId === "string" && raw.operationId !== "" ? raw.operationId : deriveOperationId(method, path);
  const naming = nameOperation(ctx, raw, operationId, path, at);
  const parameters = normalizeParameters(ctx, path, pathItem.parameters, raw.parameters, { pathItem: pointer("paths", path), operation: at });
  const responses = normalizeResponses(ctx, raw.responses, `${at}/responses`);
  const operation: Operation = {
    operationId,
    method: method.toUpperCase() as HttpMethod,
    path,
    pointer: at,
    groupPath: naming.groupPath,
    name: naming.name,
    namingSource: naming.source,
    deprecated: raw.deprecated === true,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === "string") : [],
    scopes: operationScopes(ctx.document, raw.security),
    pathParameters: parameters.path,
    queryParameters: parameters.query,
    headerParameters: parameters.header,
    cookieParameters: parameters.cookie,
    responses,
    result: decideResult(responses),
  };
  if (typeof raw.summary === "string") operation.summary = raw.summary;
  if (typeof raw.description === "string") operation.description = raw.description;
  const lifecycle = readLifecycle(raw);
  if (lifecycle) operation.lifecycle = lifecycle;
  const requestParameters = decideRequestParameters(env, raw, operation, at);
  if (requestParameters) operation.requestParameters = requestParameters;
  const body = normalizeRequestBody(ctx, raw.requestBody, `${at}/requestBody`, env.resolveSchema);
  if (body) operation.requestBody = body;
  const pagination = detectPagination(operation, env.resolveSchema);
  if (pagination) operation.pagination = pagination;
  return operation;
}

/**
 * The request-parameters bag holds the query parameters and the header parameters not marked
 * `x-sdk-ignore`. Its name comes from `x-operation-request-parameters-name`, else from the rule
 * `<Name><GroupPath>RequestParameters` (`clients.connections.get` → `GetClientsConnectionsRequestParameters`).
 * Operations without such parameters get no bag, even when the extension names one.
 */
function decideRequestParameters(env: OperationEnv, raw: JsonObject, operation: Operation, at: string): RequestParametersModel | undefined {
  const members: Parameter[] = [...operation.queryParameters, ...operation.headerParameters, ...operation.cookieParameters].filter(
    (p) => !p.sdkIgnored,
  );
  const extension = raw["x-operation-request-parameters-name"];
  if (members.length === 0) return undefined;
  const fromExtension = typeof extension === "string" && extension.trim() !== "";
  const wanted = fromExtension
    ? toTypeName(extension as string)
    : `${pascalCase(operation.name)}${operation.groupPath.map(pascalCase).join("")}RequestParameters`;
  const typeName = uniqueName(wanted, env.takenTypeNames);
  if (typeName !== wanted) {
    env.ctx.sink.warn(
      "GEN_TYPE_NAME_COLLISION",
      `Request-parameters type "${wanted}" collides with another type name; emitted as "${typeName}".`,
      `${at}/x-operation-request-parameters-name`,
      "Give it a unique x-operation-request-parameters-name.",
    );
  }
  return {
    typeName,
    typeNameSource: fromExtension ? "extension" : "derived",
    required: members.some((p) => p.required),
    parameters: members,
  };
}
