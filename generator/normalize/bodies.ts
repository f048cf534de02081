// Request bodies, responses per status, and what a successful call resolves to.
import type { BodyEncoding, MediaContent, OperationResult, RequestBody, Response, ResponseContent, Schema } from "../ir/types.js";
import { isObject, type Json } from "../openapi/document.js";
import { deref, type NormalizeContext } from "./context.js";
import { readLifecycle } from "./lifecycle.js";
import { normalizeSchema } from "./schemas.js";

export function bodyEncoding(mediaType: string): BodyEncoding {
  const type = mediaType.split(";")[0].trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json") || type === "*/*") return "json";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type.startsWith("multipart/")) return "multipart";
  if (type.startsWith("text/")) return "text";
  return "binary";
}

export function normalizeRequestBody(
  ctx: NormalizeContext,
  raw: Json | undefined,
  at: string,
  resolveSchema: (schema: Schema) => Schema,
): RequestBody | undefined {
  const resolved = deref(ctx, raw);
  if (!resolved || !isObject(resolved.node.content)) return undefined;
  const body = resolved.node;
  const base = resolved.pointer ?? at;
  const contents: MediaContent[] = Object.entries(body.content as Record<string, Json>).map(([mediaType, media]) => ({
    mediaType,
    encoding: bodyEncoding(mediaType),
    schema: normalizeSchema(ctx, isObject(media) ? media.schema : undefined, `${base}/content/${mediaType.replace(/\//g, "~1")}/schema`),
  }));
  if (contents.length === 0) return undefined;
  const preferred = contents.find((c) => c.encoding === "json") ?? contents[0];
  const specRequired = body.required === true;
  const requestBody: RequestBody = {
    specRequired,
    argumentRequired: specRequired || hasRequiredProperties(resolveSchema(preferred.schema), resolveSchema),
    contents,
    schema: preferred.schema,
    defaultEncoding: preferred.encoding,
  };
  if (typeof body.description === "string") requestBody.description = body.description;
  const lifecycle = readLifecycle(body);
  if (lifecycle) requestBody.lifecycle = lifecycle;
  return requestBody;
}

/**
 * Auth0 marks no body `required`, yet `users.create({})` is useless: a body whose schema requires
 * properties is a required argument, so the type checker catches the omission.
 */
function hasRequiredProperties(schema: Schema, resolveSchema: (schema: Schema) => Schema): boolean {
  switch (schema.kind) {
    case "object":
      return schema.properties.some((p) => p.required);
    case "intersection":
      return schema.members.some((m) => hasRequiredProperties(resolveSchema(m), resolveSchema));
    case "union":
      return schema.variants.every((v) => hasRequiredProperties(resolveSchema(v), resolveSchema));
    case "array":
      return !schema.nullable;
    default:
      return false;
  }
}

export function normalizeResponses(ctx: NormalizeContext, raw: Json | undefined, at: string): Response[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw)
    .filter(([status]) => !status.startsWith("x-"))
    .map(([status, value]) => {
      const resolved = deref(ctx, value);
      const response: Response = { status, alternativeDescriptions: [], contents: [] };
      if (!resolved) return response;
      const node = resolved.node;
      const base = resolved.pointer ?? `${at}/${status}`;
      if (typeof node.description === "string") response.description = node.description;
      response.alternativeDescriptions = Object.keys(node)
        .map((key) => /^x-description-(\d+)$/.exec(key))
        .filter((m): m is RegExpExecArray => m !== null)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => String(node[m[0]]));
      if (isObject(node.content)) {
        response.contents = Object.entries(node.content).map(([mediaType, media]): ResponseContent => ({
          mediaType,
          kind: responseKind(mediaType),
          schema: normalizeSchema(ctx, isObject(media) ? media.schema : undefined, `${base}/content/${mediaType.replace(/\//g, "~1")}/schema`),
        }));
      }
      return response;
    });
}

function responseKind(mediaType: string): ResponseContent["kind"] {
  const type = mediaType.split(";")[0].trim().toLowerCase();
  if (type === "text/event-stream") return "sse";
  const encoding = bodyEncoding(type);
  return encoding === "json" ? "json" : encoding === "text" ? "text" : "binary";
}

/** The 2xx responses decide the result; when one of them may be empty, the result may be undefined. */
export function decideResult(responses: Response[]): OperationResult {
  const success = responses.filter((r) => /^2(\d\d|XX)$/i.test(r.status));
  const statuses = success.map((r) => r.status);
  const contents = success.flatMap((r) => (r.status === "204" ? [] : r.contents));
  const sse = contents.find((c) => c.kind === "sse");
  if (sse) return { kind: "sse", statuses, schema: sse.schema };
  const json = contents.filter((c) => c.kind === "json");
  if (json.length > 0) {
    const distinct = new Map(json.map((c) => [JSON.stringify(c.schema), c.schema]));
    const schemas = [...distinct.values()];
    const schema: Schema = schemas.length === 1 ? schemas[0] : { kind: "union", mode: "anyOf", variants: schemas };
    const mayBeEmpty = success.some((r) => r.status === "204" || r.contents.length === 0);
    return { kind: "json", statuses, schema, ...(mayBeEmpty ? { mayBeEmpty } : {}) };
  }
  if (contents.some((c) => c.kind === "text")) return { kind: "text", statuses };
  if (contents.some((c) => c.kind === "binary")) return { kind: "binary", statuses };
  return { kind: "void", statuses };
}
