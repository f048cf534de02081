// Checks the structure the generator relies on, reporting each problem with a JSON pointer.
//
// Why not swagger-parser's `validate()`: its JSON-Schema check of the whole document takes ~1.6 s
// on the Auth0 spec and rejects it for a false reason (`description` on a server variable is
// allowed by OpenAPI 3.1 §4.8.6 but its schema says otherwise). This validator checks what the
// generator needs in one pass (~30 ms): the version, paths and operations, parameters against
// path templates, unique operationIds, and that every local `$ref` resolves. Problems the
// generator can work around are warnings; it keeps going on those.
import { DiagnosticSink, pointer } from "../diagnostics.js";
import { HTTP_METHODS, isObject, resolvePointer, type Json, type OpenApiDocument } from "../openapi/document.js";

/** Is this an OpenAPI 3.0/3.1 document at all? Checked before bundling so the message is clear. */
export function checkDocumentKind(document: Json, sink: DiagnosticSink): document is OpenApiDocument {
  if (!isObject(document)) {
    sink.error("GEN_NOT_OPENAPI", "The document is not a JSON/YAML object.", "#", "Pass an OpenAPI 3.0 or 3.1 document.");
    return false;
  }
  if (typeof document.swagger === "string") {
    sink.error(
      "GEN_SWAGGER2",
      `Swagger ${document.swagger} documents are not supported.`,
      "#/swagger",
      "Convert it to OpenAPI 3 first, e.g. `npx swagger2openapi spec.json -o spec3.json`, then run gen on the result.",
    );
    return false;
  }
  const version = document.openapi;
  if (typeof version !== "string") {
    sink.error("GEN_NOT_OPENAPI", "The document has no `openapi` version field.", "#", "Add `openapi: 3.1.0` (or 3.0.x) at the top level.");
    return false;
  }
  if (!/^3\.[01]\.\d+/.test(version)) {
    sink.error("GEN_UNSUPPORTED_VERSION", `OpenAPI ${version} is not supported.`, "#/openapi", "Use OpenAPI 3.0.x or 3.1.x.");
    return false;
  }
  return true;
}

/** The structural checks; errors stop generation, warnings are reported and generation goes on. */
export function validateDocument(document: OpenApiDocument, sink: DiagnosticSink): void {
  checkInfo(document, sink);
  checkPaths(document, sink);
  checkRefs(document, document, "#", sink);
}

function checkInfo(document: OpenApiDocument, sink: DiagnosticSink): void {
  const info = document.info;
  if (!isObject(info)) {
    sink.warn("GEN_MISSING_INFO", "The document has no `info` object.", "#", "Add `info: { title, version }`.");
    return;
  }
  for (const field of ["title", "version"]) {
    if (typeof info[field] !== "string") sink.warn("GEN_MISSING_INFO", `\`info.${field}\` is missing.`, pointer("info", field));
  }
}

function checkPaths(document: OpenApiDocument, sink: DiagnosticSink): void {
  const paths = document.paths ?? {};
  if (!isObject(paths)) {
    sink.error("GEN_BAD_PATHS", "`paths` must be an object.", "#/paths");
    return;
  }
  const operationIds = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(paths)) {
    const at = pointer("paths", path);
    if (!path.startsWith("/")) sink.error("GEN_BAD_PATH", `Path "${path}" must start with "/".`, at);
    if (!isObject(pathItem)) {
      sink.error("GEN_BAD_PATH", `The path item for "${path}" must be an object.`, at);
      continue;
    }
    const shared = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation === undefined) continue;
      const opAt = pointer("paths", path, method);
      if (!isObject(operation)) {
        sink.error("GEN_BAD_OPERATION", `The ${method.toUpperCase()} operation must be an object.`, opAt);
        continue;
      }
      if (typeof operation.operationId === "string") {
        const previous = operationIds.get(operation.operationId);
        if (previous) {
          sink.error(
            "GEN_DUPLICATE_OPERATION_ID",
            `operationId "${operation.operationId}" is used twice (first at ${previous}).`,
            pointer("paths", path, method, "operationId"),
            "Give each operation a unique operationId.",
          );
        } else operationIds.set(operation.operationId, opAt);
      }
      if (!isObject(operation.responses)) {
        sink.warn("GEN_NO_RESPONSES", "The operation declares no `responses`; it will resolve to void.", opAt);
      }
      const own = Array.isArray(operation.parameters) ? operation.parameters : [];
      checkParameters(document, path, [...shared, ...own], opAt, sink);
    }
  }
}

function checkParameters(document: OpenApiDocument, path: string, parameters: Json[], opAt: string, sink: DiagnosticSink): void {
  const declaredPathParams = new Set<string>();
  parameters.forEach((raw, index) => {
    const at = `${opAt}/parameters/${index}`;
    const parameter = isObject(raw) && typeof raw.$ref === "string" ? resolvePointer(document, raw.$ref) : raw;
    if (!isObject(parameter)) return; // an unresolved $ref is reported by checkRefs
    if (typeof parameter.name !== "string" || parameter.name === "") {
      sink.error("GEN_BAD_PARAMETER", "A parameter has no `name`.", at, "Every parameter needs `name` and `in`.");
      return;
    }
    if (!["path", "query", "header", "cookie"].includes(String(parameter.in))) {
      sink.error("GEN_BAD_PARAMETER", `Parameter "${parameter.name}" has an invalid \`in\`: ${JSON.stringify(parameter.in)}.`, `${at}/in`, "Use path, query, header or cookie.");
      return;
    }
    if (parameter.in === "path") {
      declaredPathParams.add(parameter.name);
      if (parameter.required !== true) {
        sink.warn("GEN_PATH_PARAM_OPTIONAL", `Path parameter "${parameter.name}" is not marked required; it is treated as required.`, at, "Add `required: true` (OpenAPI requires it for path parameters).");
      }
    }
  });
  const slots = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const slot of slots) {
    if (!declaredPathParams.has(slot)) {
      sink.error("GEN_UNDECLARED_PATH_PARAM", `Path "${path}" has a {${slot}} slot but no path parameter named "${slot}".`, opAt, `Declare \`{ name: ${slot}, in: path, required: true }\`.`);
    }
  }
  for (const name of declaredPathParams) {
    if (!slots.includes(name)) {
      sink.warn("GEN_UNUSED_PATH_PARAM", `Path parameter "${name}" does not appear in the path "${path}"; it is ignored.`, opAt);
    }
  }
}

/** Every local `$ref` must point at something; external ones were bundled before this runs. */
function checkRefs(document: OpenApiDocument, node: Json, at: string, sink: DiagnosticSink): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      if (typeof item === "object" && item !== null) checkRefs(document, item, `${at}/${index}`, sink);
    });
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && at.indexOf("/examples/") < 0 && !at.endsWith("/example")) {
      if (resolvePointer(document, value) === undefined) {
        sink.error("GEN_UNRESOLVED_REF", `$ref "${value}" does not resolve.`, `${at}/$ref`, "Fix the reference or add the missing component.");
      }
    } else if (typeof value === "object" && value !== null) {
      checkRefs(document, value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, sink);
    }
  }
}
