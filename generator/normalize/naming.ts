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
  let name = raw;
  if (!isIdentifier(raw)) {
    // Strip the underscore toBindingName adds to reserved words (members may be `delete`), but keep
    // a name that is nothing but underscores: "`" must not become "".
    name = toBindingName(raw).replace(/(?<=[^_])_$/, "");
    ctx.sink.warn("GEN_NAME_SANITIZED", `"${raw}" is not an identifier; it is emitted as "${name}".`, at);
  }
  if (!OBJECT_MEMBER_NAMES.has(name)) return name;
  ctx.sink.warn(
    "GEN_NAME_RESERVED",
    `"${name}" is a member every JavaScript object has (a class field of that name breaks the class or its prototype); it is emitted as "${name}_".`,
    at,
    "Choose another x-operation-group / x-operation-name to control the name.",
  );
  return `${name}_`;
}

/**
 * Names a group or method cannot take: `constructor` would be the class's constructor, `__proto__`
 * its prototype, and shadowing `toString` or `hasOwnProperty` breaks code that relies on them.
 */
const OBJECT_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function fallbackGroup(operation: JsonObject, path: string): string[] {
  const tag = Array.isArray(operation.tags) && typeof operation.tags[0] === "string" ? operation.tags[0] : undefined;
  const source = tag ?? path.split("/").find((segment) => segment !== "" && !segment.startsWith("{")) ?? "default";
  const name = camelCase(source);
  return [safeFallbackName(name)];
}

export function methodNameFromOperationId(operationId: string): string {
  return safeFallbackName(camelCase(operationId));
}

function safeFallbackName(name: string): string {
  if (name === "" || /^[0-9]/.test(name)) return `_${name}`;
  return OBJECT_MEMBER_NAMES.has(name) ? `${name}_` : name;
}

/** An operationId for operations without one: `get_users_id` from GET /users/{id}. */
export function deriveOperationId(method: string, path: string): string {
  const parts = path.split("/").filter(Boolean).map((s) => s.replace(/[{}]/g, ""));
  return [method.toLowerCase(), ...parts].join("_").replace(/[^A-Za-z0-9_]/g, "_");
}
