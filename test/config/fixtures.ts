// A small spec with what flavours act on: nested groups (one a namespace only), lifecycles, tags,
// request-parameter bags, and schemas reached directly, through other schemas, through a
// discriminator's mapping only, and not at all.
import type { ApiModel } from "../../generator/ir/types.js";
import { normalizeMini } from "../helpers/miniSpec.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema?: object) => ({ "200": { description: "ok", ...(schema ? { content: { "application/json": { schema } } } : {}) } });

export const FLAVOUR_PATHS = {
  "/users": {
    get: { operationId: "get_users", tags: ["Users"], "x-release-lifecycle": "GA", "x-operation-group": "users", "x-operation-name": "list", "x-operation-request-parameters-name": "ListUsersRequestParameters", parameters: [{ name: "per_page", in: "query", schema: { type: "integer" } }, { name: "include_totals", in: "query", schema: { type: "boolean" } }], responses: ok({ type: "array", items: ref("User") }) },
    post: { operationId: "post_users", tags: ["Users"], "x-release-lifecycle": "GA", "x-operation-group": "users", "x-operation-name": "create", requestBody: { content: { "application/json": { schema: ref("UserCreate") } } }, responses: ok(ref("User")) },
  },
  "/users/{id}/roles": {
    get: { operationId: "get_user_roles", tags: ["Users"], "x-release-lifecycle": "GA", "x-operation-group": ["users", "roles"], "x-operation-name": "list", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: ok({ type: "array", items: ref("Role") }) },
  },
  "/experiments": {
    get: { operationId: "get_experiments", tags: ["Experiments"], "x-release-lifecycle": "beta", "x-operation-group": ["experimentation", "experiments"], "x-operation-name": "list", responses: ok({ type: "array", items: ref("Experiment") }) },
  },
  "/flags": {
    get: { operationId: "get_flags", tags: ["Experiments"], "x-release-lifecycle": "beta", "x-operation-group": ["experimentation", "flags"], "x-operation-name": "list", responses: ok(ref("Pet")) },
  },
  "/keys": {
    post: { operationId: "post_key", tags: ["Keys"], "x-release-lifecycle": "EA", "x-operation-group": ["keys", "signing"], "x-operation-name": "rotate", responses: ok(ref("Key")) },
  },
  "/stats": {
    get: { operationId: "get_stats", tags: ["Stats"], "x-operation-group": "stats", "x-operation-name": "get", responses: ok({ type: "object", properties: { active_users: { type: "integer" } } }) },
  },
};

export const FLAVOUR_SCHEMAS = {
  User: { type: "object", required: ["user_id"], properties: { user_id: { type: "string" }, home_address: ref("Address"), roles: { type: "array", items: ref("Role") } } },
  UserCreate: { type: "object", properties: { email: { type: "string" }, app_metadata: { type: "object", additionalProperties: ref("Address") } } },
  Address: { type: "object", properties: { street_name: { type: "string" } } },
  Role: { type: "object", properties: { role_id: { type: "string" } } },
  Experiment: { type: "object", properties: { variant: ref("Variant") } },
  Variant: { type: "object", properties: { weight_pct: { type: "number" } } },
  Pet: { oneOf: [ref("Dog"), { type: "object", properties: { kind: { type: "string" } } }], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } } },
  Dog: { type: "object", properties: { kind: { type: "string" } } },
  Cat: { type: "object", properties: { kind: { type: "string" }, lives_left: { type: "integer" } } },
  Key: { type: "object", properties: { kid: { type: "string" } } },
  Orphan: { type: "object", properties: { unused: { type: "string" } } },
};

export function flavourModel(): ApiModel {
  return normalizeMini({ paths: FLAVOUR_PATHS, schemas: FLAVOUR_SCHEMAS }).model;
}

/** The spec as a document, for specs written to disk. */
export function flavourSpecDocument(): object {
  return { openapi: "3.1.0", info: { title: "Flavours", version: "1.0.0" }, servers: [{ url: "https://api.example.com" }], paths: FLAVOUR_PATHS, components: { schemas: FLAVOUR_SCHEMAS } };
}

export const ids = (model: ApiModel) => model.operations.map((o) => o.operationId).sort();
export const schemaNames = (model: ApiModel) => model.schemas.map((s) => s.name).sort();
export const groupPaths = (model: ApiModel): string[] => {
  const out: string[] = [];
  const walk = (g: ApiModel["rootGroup"]) => {
    for (const child of g.children) {
      out.push(`${child.path.join(".")}${child.synthesized ? " (namespace)" : ""}`);
      walk(child);
    }
  };
  walk(model.rootGroup);
  return out;
};
