// The public surface of a generated client: the part of the IR an SDK user's code touches.
//
// `gen diff` compares two surfaces, and every regeneration stores one beside the output so the
// next run can say what changed. Documentation (descriptions, summaries, examples), spec
// pointers and error responses are left out: changing them never breaks a caller.
import type { ApiModel, NamedSchema, Operation, OperationResult, Parameter, Pagination, RequestBody, Schema } from "../ir/types.js";

/** Bumped when the stored shape changes; an older stored surface is then ignored, not misread. */
export const SURFACE_VERSION = 1;

export interface Surface {
  surfaceVersion: number;
  info: { title: string; version: string };
  /** Sorted as in the IR: by group path, then method name. */
  operations: SurfaceOperation[];
  /** Sorted by name, as in the IR. */
  schemas: SurfaceSchema[];
}

export type SurfaceOperation = Pick<
  Operation,
  "operationId" | "method" | "path" | "groupPath" | "name" | "lifecycle" | "deprecated" | "pathParameters" | "requestParameters" | "requestBody" | "result" | "pagination"
>;

export type SurfaceSchema = Pick<NamedSchema, "name" | "typeName" | "schema">;

export function toSurface(model: ApiModel): Surface {
  return {
    surfaceVersion: SURFACE_VERSION,
    info: { title: model.info.title, version: model.info.version },
    operations: model.operations.map(surfaceOperation),
    schemas: model.schemas.map((s) => ({ name: s.name, typeName: s.typeName, schema: stripSchema(s.schema) })),
  };
}

function surfaceOperation(op: Operation): SurfaceOperation {
  return {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    groupPath: op.groupPath,
    name: op.name,
    lifecycle: op.lifecycle,
    deprecated: op.deprecated,
    pathParameters: op.pathParameters.map(stripParameter),
    requestParameters: op.requestParameters && { ...op.requestParameters, parameters: op.requestParameters.parameters.map(stripParameter) },
    requestBody: op.requestBody && stripBody(op.requestBody),
    result: stripResult(op.result),
    pagination: op.pagination && stripPagination(op.pagination),
  };
}

function stripParameter({ description: _description, ...parameter }: Parameter): Parameter {
  return { ...parameter, schema: stripSchema(parameter.schema) };
}

function stripBody({ description: _description, ...body }: RequestBody): RequestBody {
  return { ...body, schema: stripSchema(body.schema), contents: body.contents.map((c) => ({ ...c, schema: stripSchema(c.schema) })) };
}

function stripResult(result: OperationResult): OperationResult {
  return "schema" in result ? { ...result, schema: stripSchema(result.schema) } : result;
}

function stripPagination(pagination: Pagination): Pagination {
  return pagination.itemSchema ? { ...pagination, itemSchema: stripSchema(pagination.itemSchema) } : pagination;
}

/** A schema without its documentation, rebuilt node by node (a `default` value may itself hold a `description` key). */
export function stripSchema(schema: Schema): Schema {
  const { description: _description, examples: _examples, ...node } = schema;
  switch (node.kind) {
    case "array":
      return {
        ...node,
        items: stripSchema(node.items),
        ...(node.prefixItems ? { prefixItems: node.prefixItems.map(stripSchema) } : {}),
        ...(node.contains ? { contains: stripSchema(node.contains) } : {}),
      };
    case "object":
      return {
        ...node,
        properties: node.properties.map((p) => ({ ...p, schema: stripSchema(p.schema) })),
        additionalProperties: typeof node.additionalProperties === "boolean" ? node.additionalProperties : stripSchema(node.additionalProperties),
        ...(node.patternProperties ? { patternProperties: node.patternProperties.map((p) => ({ ...p, schema: stripSchema(p.schema) })) } : {}),
      };
    case "union":
      return { ...node, variants: node.variants.map(stripSchema) };
    case "intersection":
      return { ...node, members: node.members.map(stripSchema) };
    default:
      return node;
  }
}
