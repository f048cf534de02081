// The intermediate model (IR): the only input of every emitter.
//
// It is plain, JSON-serializable data, built once by the normalizer and frozen. Every name an
// emitter prints is decided here; emitters never look at the OpenAPI document. `IR_VERSION` follows
// semver: a field added is a minor bump, a field changed or removed a major one. The JSON Schema in
// `ir/schema.json` describes the same shapes for people building their own emitters.

export const IR_VERSION = "1.1.0";

export interface ApiModel {
  irVersion: string;
  info: ApiInfo;
  servers: Server[];
  auth: AuthModel;
  /** The root of the group tree; its `path` is empty. */
  rootGroup: Group;
  /** Every operation, sorted by group path then name. */
  operations: Operation[];
  /** Every component schema, sorted by name. */
  schemas: NamedSchema[];
}

export interface ApiInfo {
  title: string;
  version: string;
  description?: string;
  /** The OpenAPI version of the source document, before upgrading to 3.1. */
  sourceOpenapiVersion: string;
}

export interface Server {
  /** The URL template as written, e.g. `https://{tenantDomain}/api/v2`. */
  url: string;
  description?: string;
  variables: ServerVariable[];
}

export interface ServerVariable {
  name: string;
  default: string;
  description?: string;
  enum?: string[];
}

export interface AuthModel {
  /** A bearer token is accepted (http bearer scheme). */
  bearer: boolean;
  /** The OAuth2 client-credentials flow, when the spec declares one. */
  clientCredentials?: {
    schemeName: string;
    /** As written in the spec; relative URLs resolve against the server's origin. */
    tokenUrl: string;
    /** Extra form parameters the token endpoint expects (`x-form-parameters`), e.g. an audience. */
    extraParameters: Record<string, string>;
    scopes: Record<string, string>;
  };
}

/** A release stage: `x-release-lifecycle`, or `deprecated: true`. */
export type Lifecycle = "GA" | "EA" | "beta" | "deprecated";

/** A namespace of the SDK surface: `client.organizations.members.roles`. */
export interface Group {
  /** Segment names from the root, e.g. `["organizations", "members", "roles"]`. */
  path: string[];
  /** The last segment, as a member name (`roles`). Empty for the root. */
  name: string;
  /** PascalCase of the whole path (`OrganizationsMembersRoles`), for type and file names. */
  pascalName: string;
  /** True when no operation sits directly here and the group exists only to hold sub-groups. */
  synthesized: boolean;
  /** operationIds of the operations directly in this group, sorted by method name. */
  operationIds: string[];
  /** Sub-groups, sorted by name. */
  children: Group[];
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

export interface Operation {
  /** The spec's operationId, or one derived from method and path when absent. */
  operationId: string;
  method: HttpMethod;
  /** The path template as written, e.g. `/users/{id}`. */
  path: string;
  /** JSON pointer to the operation object in the source document. */
  pointer: string;
  groupPath: string[];
  /** The method name inside its group (`list`, `delete`, `createTicket`). */
  name: string;
  /** Where the group path and name came from. */
  namingSource: "extensions" | "tags-and-operation-id";
  summary?: string;
  description?: string;
  lifecycle?: Lifecycle;
  deprecated: boolean;
  tags: string[];
  /** OAuth2 scopes from the spec's `security` requirement of the client-credentials scheme. */
  scopes: string[];
  /** Path parameters in the order their slots appear in the path template. */
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  headerParameters: Parameter[];
  cookieParameters: Parameter[];
  /** The bag of query, header and cookie parameters not marked `x-sdk-ignore`, when the operation has any. */
  requestParameters?: RequestParametersModel;
  requestBody?: RequestBody;
  responses: Response[];
  /** What a successful call resolves to, decided from the 2xx responses. */
  result: OperationResult;
  /** Set on list operations. */
  pagination?: Pagination;
}

export interface Parameter {
  /** The name on the wire. */
  wireName: string;
  /** The name in generated code: a valid identifier for path parameters, the wire name for properties. */
  codeName: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  lifecycle?: Lifecycle;
  deprecated: boolean;
  schema: Schema;
  /** Query serialization: arrays repeat the key when `explode` is true (the OpenAPI default for form). */
  style?: string;
  explode: boolean;
  /** `x-sdk-ignore`: left out of the typed surface, still reachable through per-request headers/query. */
  sdkIgnored: boolean;
}

export interface RequestParametersModel {
  /** The type name, e.g. `ListUsersRequestParameters`. */
  typeName: string;
  /** `extension`: from `x-operation-request-parameters-name`; `derived`: from the fallback rule. */
  typeNameSource: "extension" | "derived";
  /** True when at least one member is required, so the argument cannot be omitted. */
  required: boolean;
  /** The members, query parameters first, in declaration order. */
  parameters: Parameter[];
}

export type BodyEncoding = "json" | "form" | "multipart" | "binary" | "text";

export interface RequestBody {
  /** `requestBody.required` as the spec says it. */
  specRequired: boolean;
  /** Whether the generated argument is required: the spec says so, or the schema has required properties. */
  argumentRequired: boolean;
  description?: string;
  lifecycle?: Lifecycle;
  /** Every media type, in spec order; the first JSON one is the default encoding. */
  contents: MediaContent[];
  /** The schema of the default encoding. */
  schema: Schema;
  defaultEncoding: BodyEncoding;
}

export interface MediaContent {
  mediaType: string;
  encoding: BodyEncoding;
  schema: Schema;
}

export interface Response {
  /** `200`, `404`, `4XX` or `default`. */
  status: string;
  description?: string;
  /** The `x-description-N` alternatives, in index order. */
  alternativeDescriptions: string[];
  contents: ResponseContent[];
}

export interface ResponseContent {
  mediaType: string;
  kind: "json" | "sse" | "text" | "binary";
  schema: Schema;
}

export type OperationResult =
  | { kind: "void"; statuses: string[] }
  | {
      kind: "json";
      statuses: string[];
      schema: Schema;
      /** Some success status (a 204, or one without content) carries no body: the call may resolve to undefined. */
      mayBeEmpty?: boolean;
    }
  | { kind: "sse"; statuses: string[]; schema: Schema }
  | { kind: "text"; statuses: string[] }
  | { kind: "binary"; statuses: string[] };

export interface Pagination {
  style: "offset" | "checkpoint" | "both" | "none";
  /** Wire names of the paging parameters the operation has. */
  parameters: { page?: string; perPage?: string; includeTotals?: string; from?: string; take?: string };
  /** The property of the paged object holding the items (`users`), when the body can be an object. */
  itemsKey?: string;
  /** The item schema. */
  itemSchema?: Schema;
}

export interface NamedSchema {
  /** The key under `components.schemas`. */
  name: string;
  /** The identifier used in generated code (differs from `name` only when `name` is unusable). */
  typeName: string;
  pointer: string;
  schema: Schema;
  /** True when the schema refers back to itself through other schemas. */
  recursive: boolean;
}

/** Annotations any schema node can carry. */
export interface SchemaMeta {
  description?: string;
  lifecycle?: Lifecycle;
  deprecated?: boolean;
  /** `null` is also accepted (a 3.1 type array containing "null", or 3.0 `nullable`). */
  nullable?: boolean;
  default?: unknown;
  examples?: unknown[];
  readOnly?: boolean;
  writeOnly?: boolean;
}

/** A schema node: a discriminated union on `kind`. */
export type Schema =
  | RefSchema
  | StringSchema
  | NumberSchema
  | BooleanSchema
  | NullSchema
  | EnumSchema
  | ConstSchema
  | ArraySchema
  | ObjectSchema
  | UnionSchema
  | IntersectionSchema
  | UnknownSchema;

/** A reference to a component schema by its `name`. */
export interface RefSchema extends SchemaMeta {
  kind: "ref";
  /** The key under `components.schemas`. */
  name: string;
  /** The component's `typeName`, repeated here so emitters need no lookup. */
  typeName: string;
}

export interface StringSchema extends SchemaMeta {
  kind: "string";
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** 3.1 `contentMediaType`: `application/octet-stream` marks a file upload. */
  contentMediaType?: string;
  contentEncoding?: string;
}

export interface NumberSchema extends SchemaMeta {
  kind: "number";
  integer: boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface BooleanSchema extends SchemaMeta {
  kind: "boolean";
}

export interface NullSchema extends SchemaMeta {
  kind: "null";
}

export interface EnumSchema extends SchemaMeta {
  kind: "enum";
  /** The allowed values, in spec order; `null` appears here when the enum lists it. */
  values: Array<string | number | boolean | null>;
  /** The declared base type, when there is one. */
  baseType?: "string" | "number" | "integer" | "boolean";
}

export interface ConstSchema extends SchemaMeta {
  kind: "const";
  value: unknown;
}

export interface ArraySchema extends SchemaMeta {
  kind: "array";
  items: Schema;
  /** 2020-12 `prefixItems`, when present. */
  prefixItems?: Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  contains?: Schema;
}

export interface ObjectSchema extends SchemaMeta {
  kind: "object";
  properties: Property[];
  /** `false` when closed, `true` when open (the default), or the schema of extra values (a map). */
  additionalProperties: boolean | Schema;
  patternProperties?: Array<{ pattern: string; schema: Schema }>;
  /** Keys `required` lists without declaring them in `properties` (a spec slip validators still enforce). */
  undeclaredRequired?: string[];
  minProperties?: number;
  maxProperties?: number;
}

export interface Property {
  /** The key on the wire. */
  wireName: string;
  /** The key in generated code (equal to `wireName` unless a naming option says otherwise). */
  codeName: string;
  required: boolean;
  schema: Schema;
}

/** `oneOf` (exactly one variant) or `anyOf` (at least one). */
export interface UnionSchema extends SchemaMeta {
  kind: "union";
  mode: "oneOf" | "anyOf";
  variants: Schema[];
  discriminator?: {
    propertyName: string;
    /** Tag value → component schema name. */
    mapping: Record<string, string>;
    /** `x-discriminator-context`: `protocol` means the tag arrives outside the payload (SSE `event:`). */
    context?: string;
  };
}

/** `allOf`: every member applies. */
export interface IntersectionSchema extends SchemaMeta {
  kind: "intersection";
  members: Schema[];
}

/** No constraint (`{}` or `true`). */
export interface UnknownSchema extends SchemaMeta {
  kind: "unknown";
}
