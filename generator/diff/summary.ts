// The few lines a regeneration prints about what changed in the client's surface since the last
// one: counts, each breaking or to-review change, the non-breaking ones tallied by kind, and the
// suggested version bump. It fits one screen; `gen diff` gives the full report.
import type { Change, DiffReport } from "./changes.js";
import { describeChange } from "./report.js";

/** At most `maxLines` lines; none when `report` is undefined (the first generation into a folder). */
export function summarizeChanges(report: DiffReport | undefined, maxLines = 20): string[] {
  if (!report) return [];
  if (report.changes.length === 0) return ["API surface unchanged."];
  const { operations, schemas, counts } = report;
  const lines = [
    `API surface: operations ${entityCounts(operations)}; schemas ${entityCounts(schemas)}. ` +
      `${counts.breaking} breaking, ${counts["needs-review"]} to review, ${counts["non-breaking"]} non-breaking; suggested version bump: ${report.bump}.`,
  ];
  const serious = report.changes.filter((c) => c.severity !== "non-breaking");
  const safe = report.changes.filter((c) => c.severity === "non-breaking");
  // One line for the header, one for the non-breaking tally, one for "… and N more".
  const room = maxLines - 1 - (safe.length > 0 ? 1 : 0);
  const shown = serious.length <= room ? serious : serious.slice(0, room - 1);
  for (const change of shown) lines.push(`  ${change.severity.padEnd(12)} ${change.location}: ${describeChange(change, (text) => text)}`);
  if (shown.length < serious.length) lines.push(`  … and ${serious.length - shown.length} more; \`gen diff <old-spec> <new-spec>\` lists them all.`);
  if (safe.length > 0) lines.push(`  non-breaking ${tallyByKind(safe)}`);
  return lines;
}

function entityCounts(counts: DiffReport["operations"]): string {
  return `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed`;
}

/** `80 schema added, 25 operation added, 24 type narrowed`: most frequent kind first. */
function tallyByKind(changes: Change[]): string {
  const tally = new Map<string, number>();
  for (const c of changes) tally.set(c.kind, (tally.get(c.kind) ?? 0) + 1);
  return [...tally]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, n]) => `${n} ${kind.replace(/-/g, " ")}`)
    .join(", ");
}
