// The vocabulary of `gen diff`: what kinds of change it finds, where, and how bad they are for a
// client user. Comparison (compare*.ts) produces `Finding`s; classification (classify.ts) turns
// each into a `Change` with a severity and a reason.

export type Severity = "breaking" | "needs-review" | "non-breaking";

/**
 * Which way a value travels, seen from the caller: `request` values are written by the caller
 * (parameters, bodies), `response` values are read (results). A component schema used by both is
 * `both`; one no operation reaches is `unused` (only code importing the type directly sees it).
 */
export type Direction = "request" | "response" | "both" | "unused";

export type ChangeKind =
  // Operations: the methods of the client.
  | "operation-added"
  | "operation-removed"
  | "operation-moved"
  | "positional-parameters-changed"
  | "positional-parameter-renamed"
  | "parameter-added"
  | "parameter-removed"
  | "parameter-renamed"
  | "parameter-required"
  | "parameter-optional"
  | "request-parameters-type-renamed"
  | "request-body-added"
  | "request-body-removed"
  | "request-body-required"
  | "request-body-optional"
  | "result-changed"
  | "pagination-changed"
  // Schemas: the exported types and every node inside them.
  | "schema-added"
  | "schema-removed"
  | "property-added"
  | "property-removed"
  | "property-required"
  | "property-optional"
  | "type-widened"
  | "type-narrowed"
  | "type-changed"
  | "type-renamed"
  | "enum-value-added"
  | "enum-value-removed"
  | "additional-properties-changed"
  | "default-changed"
  // Both.
  | "lifecycle-changed";

export interface Finding {
  kind: ChangeKind;
  /** Where the user meets it: `users.list › params.q`, `UserIdentitySchema.user_id`, `Client`. */
  location: string;
  /** For changes to a call itself (an operation, its parameters or body) `request`; to its result, `response`. */
  direction: Direction;
  /** The change itself, short: `string → string | number`, `"email_otp"`, `beta → GA`. */
  detail: string;
  /** The operation the location belongs to, when it is in one. */
  operationId?: string;
  /** The component schema the location starts at, when it is in one. */
  schema?: string;
  /** For added parameters, properties and bodies: whether the caller must now provide it. */
  required?: boolean;
  /** For removed request properties: the object still accepts unknown keys. */
  openObject?: boolean;
  /** For lifecycle and result changes: the stage or result kind before and after. */
  from?: string;
  to?: string;
}

export interface Change extends Finding {
  severity: Severity;
  /** Why this severity, in terms of the caller's code. */
  reason: string;
}

export type SemverBump = "major" | "minor" | "patch" | "none";

export interface DiffReport {
  /** `info.title` and `info.version` of each document, and where it was read from when known. */
  old: { title: string; version: string; source?: string };
  new: { title: string; version: string; source?: string };
  /** Sorted: breaking first, then needs-review, then non-breaking; by location within each. */
  changes: Change[];
  counts: Record<Severity, number>;
  operations: { added: number; removed: number; changed: number };
  schemas: { added: number; removed: number; changed: number };
  bump: SemverBump;
}

export const SEVERITY_ORDER: Severity[] = ["breaking", "needs-review", "non-breaking"];
