// Builds small OpenAPI documents for table tests: a spec fragment in, the IR fragment out.
import { DiagnosticSink } from "../../generator/diagnostics.js";
import { normalize } from "../../generator/normalize/index.js";
import type { ApiModel, Operation } from "../../generator/ir/types.js";
import type { OpenApiDocument } from "../../generator/openapi/document.js";

export function miniSpec(parts: { paths?: object; schemas?: object; components?: object; extra?: object } = {}): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "Mini", version: "1.0.0" },
    paths: (parts.paths ?? {}) as never,
    components: { ...(parts.components ?? {}), schemas: (parts.schemas ?? {}) as never } as never,
    ...(parts.extra ?? {}),
  } as OpenApiDocument;
}

export function normalizeMini(parts: Parameters<typeof miniSpec>[0]): { model: ApiModel; codes: string[] } {
  const { model, diagnostics } = normalize(miniSpec(parts), "3.1.0");
  return { model, codes: diagnostics.map((d) => d.code) };
}

/** Normalizes one operation at `GET /things` (or the method/path given) and returns it. */
export function normalizeOperation(operation: object, options: { method?: string; path?: string; schemas?: object; components?: object } = {}): Operation {
  const { model } = normalizeMini({
    paths: { [options.path ?? "/things"]: { [options.method ?? "get"]: { responses: { "204": { description: "ok" } }, ...operation } } },
    schemas: options.schemas,
    components: options.components,
  });
  return model.operations[0];
}

export function newSink(): DiagnosticSink {
  return new DiagnosticSink();
}
