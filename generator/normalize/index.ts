// Stage 2: OpenAPI 3.1 document → ApiModel (the IR). The only place that reads vendor extensions.
import { compareStrings } from "../ir/order.js";
import { DiagnosticSink, ExitCode, pointer, type Diagnostic } from "../diagnostics.js";
import { IR_VERSION, type ApiModel, type NamedSchema, type Operation, type Schema, type Server } from "../ir/types.js";
import { isObject, type OpenApiDocument } from "../openapi/document.js";
import { decideSchemaTypeNames } from "./componentNames.js";
import type { NormalizeContext } from "./context.js";
import { findRecursiveSchemas } from "./cycles.js";
import { buildGroupTree } from "./groups.js";
import { normalizeOperations } from "./operations.js";
import { normalizeSchema } from "./schemas.js";
import { normalizeAuth } from "./security.js";

export interface NormalizeResult {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

export function normalize(document: OpenApiDocument, sourceOpenapiVersion: string): NormalizeResult {
  const sink = new DiagnosticSink();
  const components = isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : {};
  const taken = new Set<string>();
  const ctx: NormalizeContext = {
    document,
    sink,
    schemaTypeNames: decideSchemaTypeNames({ sink }, Object.keys(components), taken),
    inlining: new Set(),
  };

  const componentSchemas = new Map<string, Schema>();
  for (const name of [...ctx.schemaTypeNames.keys()]) {
    componentSchemas.set(name, normalizeSchema(ctx, components[name], pointer("components", "schemas", name)));
  }
  const resolveSchema = (schema: Schema): Schema => {
    let current = schema;
    for (let hops = 0; current.kind === "ref" && hops < 64; hops++) current = componentSchemas.get(current.name) ?? { kind: "unknown" };
    return current;
  };

  const operations = normalizeOperations({ ctx, resolveSchema, takenTypeNames: taken });
  reportDuplicateMethods(operations, sink);
  operations.sort(compareOperations);
  const rootGroup = buildGroupTree(operations, sink);
  sink.throwIfErrors(ExitCode.invalidSpec);

  const recursive = findRecursiveSchemas(componentSchemas);
  const schemas: NamedSchema[] = [...componentSchemas].map(([name, schema]) => ({
    name,
    typeName: ctx.schemaTypeNames.get(name)!,
    pointer: pointer("components", "schemas", name),
    schema,
    recursive: recursive.has(name),
  }));
  schemas.sort((a, b) => compareStrings(a.name, b.name));

  const info = isObject(document.info) ? document.info : {};
  const model: ApiModel = {
    irVersion: IR_VERSION,
    info: {
      title: typeof info.title === "string" ? info.title : "API",
      version: typeof info.version === "string" ? info.version : "0.0.0",
      ...(typeof info.description === "string" ? { description: info.description } : {}),
      sourceOpenapiVersion,
    },
    servers: normalizeServers(document),
    auth: normalizeAuth(document),
    rootGroup,
    operations,
    schemas,
  };
  return { model: deepFreeze(model), diagnostics: sink.items };
}

/** Two operations cannot share `client.<group>.<name>`; from plain specs, later ones get a suffix. */
function reportDuplicateMethods(operations: Operation[], sink: DiagnosticSink): void {
  const seen = new Map<string, Operation>();
  for (const operation of [...operations].sort((a, b) => compareStrings(a.operationId, b.operationId))) {
    let key = [...operation.groupPath, operation.name].join(".");
    const first = seen.get(key);
    if (first && operation.namingSource === "extensions" && first.namingSource === "extensions") {
      sink.error(
        "GEN_DUPLICATE_METHOD",
        `Operations "${first.operationId}" and "${operation.operationId}" are both client.${key}().`,
        operation.pointer,
        "Give one of them a different x-operation-name or x-operation-group.",
      );
      continue;
    }
    if (first) {
      let n = 2;
      while (seen.has(`${key}${n}`)) n++;
      const renamed = `${operation.name}${n}`;
      sink.warn("GEN_DUPLICATE_METHOD", `client.${key}() is taken by "${first.operationId}"; "${operation.operationId}" becomes ${renamed}().`, operation.pointer, "Set x-operation-name (or a distinct operationId) to choose the name.");
      operation.name = renamed;
      key = [...operation.groupPath, renamed].join(".");
    }
    seen.set(key, operation);
  }
}

function compareOperations(a: Operation, b: Operation): number {
  const ka = [...a.groupPath, a.name].join("\u0000");
  const kb = [...b.groupPath, b.name].join("\u0000");
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function normalizeServers(document: OpenApiDocument): Server[] {
  const servers = Array.isArray(document.servers) ? document.servers : [];
  return servers.filter(isObject).map((server) => ({
    url: typeof server.url === "string" ? server.url : "/",
    ...(typeof server.description === "string" ? { description: server.description } : {}),
    variables: isObject(server.variables)
      ? Object.entries(server.variables)
          .filter(([, v]) => isObject(v))
          .map(([name, v]) => {
            const variable = v as Record<string, unknown>;
            return {
              name,
              default: String(variable.default ?? ""),
              ...(typeof variable.description === "string" ? { description: variable.description } : {}),
              ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
            };
          })
      : [],
  }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
