// `gen diff` on the two shared Auth0 documents (2026-06-05 → 2026-06-25) against an expectation
// derived without gen's code.
//
// How the lists below were made: a throwaway script read both JSON documents, printed the
// operationIds present only in the newer one, and walked `components` and `paths` side by side
// (descriptions, summaries and examples skipped) printing every other difference. Each
// difference was then judged by hand from a client user's side — whether the value is sent or
// read was found by following `$ref`s from the operations' parameters, bodies and 2xx responses.
// The script is not kept; the judgement is written next to each entry.
import { beforeAll, describe, expect, it } from "vitest";
import type { Change, DiffReport } from "../../generator/diff/changes.js";
import { runDiff } from "../../generator/diff/command.js";
import { renderReport } from "../../generator/diff/report.js";
import { AUTH0_SPEC, AUTH0_SPEC_OLD } from "../helpers/paths.js";

const ADDED_OPERATIONS = [
  "create_experiment",
  "create_feature_flag",
  "create_segment",
  "create_variation",
  "delete_experiment",
  "delete_feature_flag",
  "delete_segment",
  "delete_variation",
  "get_experiment",
  "get_experiments",
  "get_feature_flag",
  "get_feature_flags",
  "get_phone-provider-protection",
  "get_segment",
  "get_segments",
  "get_variation",
  "get_variations",
  "patch_phone-provider-protection",
  "update_experiment",
  "update_experiment_status",
  "update_feature_flag",
  "update_feature_flag_status",
  "update_segment",
  "update_variation",
  "validate_experiment",
];

/** Every breaking change, as `kind location`. */
const BREAKING = [
  // Removed component; Email/Phone/UsernameAttribute now reference their own identifier types.
  "schema-removed ConnectionAttributeIdentifier",
  // Removed component; the user date properties that referenced it are plain date-time strings now.
  "schema-removed UserDateSchema",
  // PhoneAttribute.identifier now uses DefaultMethodPhoneNumberIdentifierEnum (password, phone_otp)
  // instead of DefaultMethodEmailIdentifierEnum (password, email_otp); sent in connection options.
  "enum-value-removed PhoneAttribute.identifier.default_method",
  // UsernameAttributeIdentifier has only `active`; the closed object no longer takes default_method.
  "property-removed UsernameAttribute.identifier.default_method",
  // `user_id: string` became `$ref UserId` (oneOf string | integer) in two response shapes.
  "type-widened DeleteUserIdentityResponseContent[].user_id",
  "type-widened UserIdentitySchema.user_id",
];

describe("gen diff on the Auth0 documents, 2026-06-05 → 2026-06-25", () => {
  let report: DiffReport;
  const find = (kind: string, location: string): Change | undefined => report.changes.find((c) => c.kind === kind && c.location === location);

  beforeAll(async () => {
    report = (await runDiff(AUTH0_SPEC_OLD, AUTH0_SPEC, { format: "json" })).report;
  });

  it("reports the 25 added operations and no removed one", () => {
    const added = report.changes.filter((c) => c.kind === "operation-added");
    expect(added.map((c) => c.operationId).sort()).toEqual(ADDED_OPERATIONS);
    expect(added.every((c) => c.severity === "non-breaking")).toBe(true);
    expect(report.operations).toEqual({ added: 25, removed: 0, changed: 0 });
    expect(find("operation-added", "experimentation.featureFlags.variations.create")?.detail).toBe("POST /experimentation/feature-flags/{id}/variations (beta)");
  });

  it("reports every breaking change and nothing else as breaking", () => {
    const breaking = report.changes.filter((c) => c.severity === "breaking").map((c) => `${c.kind} ${c.location}`);
    expect(breaking.sort()).toEqual([...BREAKING].sort());
    expect(find("enum-value-removed", "PhoneAttribute.identifier.default_method")).toMatchObject({ direction: "request", detail: '"email_otp"' });
    expect(find("type-widened", "UserIdentitySchema.user_id")).toMatchObject({ direction: "response", detail: "string → UserId (string | number)" });
  });

  it("counts the schemas added and removed", () => {
    expect(report.schemas.added).toBe(80);
    expect(report.schemas.removed).toBe(2);
  });

  it("judges the other changes from the caller's side", () => {
    // A response enum gaining a value: an exhaustive switch misses it.
    expect(find("enum-value-added", "EmailTemplateNameEnum")).toMatchObject({ severity: "needs-review", detail: '"auth_email_by_code"' });
    // A default the server applies when the caller leaves the header choice out.
    expect(find("default-changed", "CustomDomainCustomClientIpHeaderEnum")?.severity).toBe("needs-review");
    // string | object → string in responses: narrower, fine for readers.
    expect(find("type-narrowed", "UserResponseSchema.created_at")?.severity).toBe("non-breaking");
    // FedCMLogin → FedCMLoginPatch (nullable) in a request: more is accepted.
    expect(find("type-widened", "UpdateClientRequestContent.fedcm_login")?.severity).toBe("non-breaking");
    // Same shape under a new name.
    expect(find("type-renamed", "EmailAttribute.identifier")?.severity).toBe("non-breaking");
    // x-release-lifecycle EA dropped: generally available.
    expect(find("lifecycle-changed", "ConnectionPasswordOptions")).toMatchObject({ severity: "non-breaking", detail: "EA → GA" });
    // New optional request property.
    expect(find("property-added", "CreateClientRequestContent.token_vault_privileged_access")?.severity).toBe("non-breaking");
  });

  it("suggests a major version and renders Markdown and JSON", () => {
    expect(report.bump).toBe("major");
    const markdown = renderReport(report, "markdown");
    expect(markdown).toMatch(/^# API changes: auth0-management-2026-06-05\.json → auth0-management-2026-06-25\.json/);
    expect(markdown).toContain("## Breaking (6)");
    expect(markdown).toContain("- `UserIdentitySchema.user_id`: type widened (response): `string → UserId (string | number)`. Code reading it may receive values it does not handle.");
    expect(markdown.trimEnd().split("\n").at(-1)).toBe("**Suggested version bump: major** (6 breaking changes).");
    const parsed = JSON.parse(renderReport(report, "json")) as DiffReport;
    expect(parsed.changes).toHaveLength(report.changes.length);
    expect(parsed.changes[0]).toEqual({
      severity: "breaking",
      kind: "schema-removed",
      location: "ConnectionAttributeIdentifier",
      direction: "request",
      detail: "{ active?; default_method? }",
      reason: "code that imports this type no longer compiles",
      schema: "ConnectionAttributeIdentifier",
    });
  });
});
