// The summary a regeneration prints: one screen at most, the serious changes first.
import { describe, expect, it } from "vitest";
import type { Change, DiffReport } from "../../generator/diff/changes.js";
import { summarizeChanges } from "../../generator/diff/summary.js";

function report(changes: Change[]): DiffReport {
  const count = (s: string) => changes.filter((c) => c.severity === s).length;
  return {
    old: { title: "t", version: "1" },
    new: { title: "t", version: "2" },
    changes,
    counts: { breaking: count("breaking"), "needs-review": count("needs-review"), "non-breaking": count("non-breaking") },
    operations: { added: 0, removed: changes.length, changed: 0 },
    schemas: { added: 0, removed: 0, changed: 0 },
    bump: "major",
  };
}

const removed = (i: number): Change => ({
  severity: "breaking",
  kind: "operation-removed",
  location: `things.op${String(i).padStart(2, "0")}`,
  direction: "request",
  detail: "GET /things",
  reason: "calls to this method no longer compile",
});
const added: Change = { severity: "non-breaking", kind: "operation-added", location: "things.new", direction: "request", detail: "GET /new", reason: "a new method" };

describe("summarizeChanges", () => {
  it("prints nothing on a first generation and one line when nothing changed", () => {
    expect(summarizeChanges(undefined)).toEqual([]);
    expect(summarizeChanges(report([]))).toEqual(["API surface unchanged."]);
  });

  it("never exceeds 20 lines, and says how many serious changes it left out", () => {
    const lines = summarizeChanges(report([...Array.from({ length: 40 }, (_, i) => removed(i)), added]));
    expect(lines).toHaveLength(20);
    expect(lines[1]).toBe("  breaking     things.op00: operation removed: GET /things");
    expect(lines[18]).toBe("  … and 23 more; `gen diff <old-spec> <new-spec>` lists them all.");
    expect(lines[19]).toBe("  non-breaking 1 operation added");
  });

  it("lists every serious change when they fit", () => {
    const lines = summarizeChanges(report([removed(1), removed(2), added]));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^API surface: operations 0 added, 3 removed, 0 changed; .* 2 breaking, 0 to review, 1 non-breaking; suggested version bump: major\.$/);
  });
});
