// Where an operation sits in the SDK surface: `client.<group path>.<name>`.
//
// From the vendor extensions when present: `x-operation-group` (a string or a list of segments)
// and `x-operation-name`. Otherwise from the first tag (the group) and the operationId (the name),
// so plain specs (Petstore and the like) still get a sensible client.
import { camelCase, isIdentifier, toBindingName } from "../ir/names.js";
import type { JsonObject } from "../openapi/document.js";
import type { NormalizeContext } from "./context.js";

export interface OperationNaming {
  groupPath: string[];
  name: string;
  source: "extensions" | "tags-and-operation-id";
}

export function nameOperation(ctx: NormalizeContext, operation: JsonObject, operationId: string, path: string, at: string): OperationNaming {
  const groupPath = readGroupExtension(ctx, operation, at);
  const name = readNameExtension(ctx, operation, at);
  if (groupPath !== undefined) {
    return { groupPath, name: name ?? methodNameFromOperationId(operationId), source: "extensions" };
  }
  return { groupPath: fallbackGroup(operation, path), name: name ?? methodNameFromOperationId(operationId), source: "tags-and-operation-id" };
}

function readGroupExtension(ctx: NormalizeContext, operation: JsonObject, at: string): string[] | undefined {
  const raw = operation["x-operation-group"];
  if (raw === undefined) return undefined;
  const segments = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw : undefined;
  if (!segments || segments.length === 0 || !segments.every((s) => typeof s === "string" && s.trim() !== "")) {
    ctx.sink.error(
      "GEN_BAD_OPERATION_GROUP",
      `x-operation-group must be a non-empty string or a list of non-empty strings, not ${JSON.stringify(raw)}.`,
      `${at}/x-operation-group`,
      'Write it as "users" or ["users", "roles"].',
    );
    return undefined;
  }
  return (segments as string[]).map((segment, i) => memberName(ctx, segment, `${at}/x-operation-group${typeof raw === "string" ? "" : `/${i}`}`));
}

function readNameExtension(ctx: NormalizeContext, operation: JsonObject, at: string): string | undefined {
  const raw = operation["x-operation-name"];
  if (raw === undefined) return undefined;
  if (typeof raw !== "string" || raw.trim() === "") {
    ctx.sink.error("GEN_BAD_OPERATION_NAME", `x-operation-name must be a non-empty string, not ${JSON.stringify(raw)}.`, `${at}/x-operation-name`, 'Write it as "list" or "createTicket".');
    return undefined;
  }
  return memberName(ctx, raw, `${at}/x-operation-name`);
}

/** A member name may be a reserved word (`client.users.delete`) but must be an identifier. */
function memberName(ctx: NormalizeContext, raw: string, at: string): string {
  if (isIdentifier(raw)) return raw;
  const name = toBindingName(raw).replace(/_$/, "");
  ctx.sink.warn("GEN_NAME_SANITIZED", `"${raw}" is not an identifier; it is emitted as "${name}".`, at);
  return name;
}

function fallbackGroup(operation: JsonObject, path: string): string[] {
  const tag = Array.isArray(operation.tags) && typeof operation.tags[0] === "string" ? operation.tags[0] : undefined;
  const source = tag ?? path.split("/").find((segment) => segment !== "" && !segment.startsWith("{")) ?? "default";
  const name = camelCase(source);
  return [name === "" || /^[0-9]/.test(name) ? `_${name}` : name];
}

export function methodNameFromOperationId(operationId: string): string {
  const name = camelCase(operationId);
  return name === "" || /^[0-9]/.test(name) ? `_${name}` : name;
}

/** An operationId for operations without one: `get_users_id` from GET /users/{id}. */
export function deriveOperationId(method: string, path: string): string {
  const parts = path.split("/").filter(Boolean).map((s) => s.replace(/[{}]/g, ""));
  return [method.toLowerCase(), ...parts].join("_").replace(/[^A-Za-z0-9_]/g, "_");
}
