// The same spec, config, templates and generator version give byte-identical output — across
// separate processes, and whether the folder was empty or held an older generation.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contents, listFiles, runGen, tempDir } from "../helpers/cli.js";
import { AUTH0_SPEC, AUTH0_SPEC_OLD, EMBEDDED_SPEC } from "../helpers/paths.js";

function generateInto(spec: string, out = join(tempDir(), "client")): { out: string; stdout: string } {
  const run = runGen("--target", "client", "--spec", spec, "--out", out);
  expect(run.status, run.stderr).toBe(0);
  return { out, stdout: run.stdout };
}

describe("deterministic output", () => {
  it.each([
    ["the embedded spec", EMBEDDED_SPEC],
    ["the Auth0 document", AUTH0_SPEC],
  ])("%s: two generations into empty folders are byte-identical, manifest and stored surface included", (_name, spec) => {
    const first = generateInto(spec).out;
    const second = generateInto(spec).out;
    const files = listFiles(first);
    expect(files).toContain(".gen-manifest.json");
    expect(files).toContain(".gen-surface.json.gz");
    expect(listFiles(second)).toEqual(files);
    expect(contents(second)).toEqual(contents(first));
  });

  it("regenerating over an older generation gives the same bytes as a cold generation (Auth0 2026-06-05 → 2026-06-25)", () => {
    const cold = generateInto(AUTH0_SPEC).out;
    const upgraded = generateInto(AUTH0_SPEC_OLD).out;
    const { stdout } = generateInto(AUTH0_SPEC, upgraded);
    expect(contents(upgraded)).toEqual(contents(cold));

    // The summary of that upgrade fits one screen and leads with what breaks.
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(21); // the file counts, then at most 20 lines of summary
    expect(lines[1]).toBe(
      "API surface: operations 25 added, 0 removed, 0 changed; schemas 80 added, 2 removed, 33 changed. 6 breaking, 7 to review, 165 non-breaking; suggested version bump: major.",
    );
    expect(lines.slice(2, 8)).toEqual([
      "  breaking     ConnectionAttributeIdentifier: schema removed: { active?; default_method? }",
      "  breaking     DeleteUserIdentityResponseContent[].user_id: type widened (response): string → UserId (string | number)",
      '  breaking     PhoneAttribute.identifier.default_method: enum value removed (request): "email_otp"',
      "  breaking     UserDateSchema: schema removed: string | object",
      "  breaking     UserIdentitySchema.user_id: type widened (response): string → UserId (string | number)",
      "  breaking     UsernameAttribute.identifier.default_method: property removed (request): DefaultMethodEmailIdentifierEnum",
    ]);
    expect(lines.at(-1)).toMatch(/^ {2}non-breaking 80 schema added, .*25 operation added/);
  });
});
