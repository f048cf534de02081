// Renders a DiffReport: Markdown for people (a pull-request comment, a changelog draft), JSON for
// machines. Both list every change; Markdown groups them by severity and ends with the bump.
import type { Change, ChangeKind, DiffReport, Severity } from "./changes.js";

export type ReportFormat = "markdown" | "json";

export function renderReport(report: DiffReport, format: ReportFormat): string {
  return format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report);
}

const HEADINGS: Record<Severity, string> = { breaking: "Breaking", "needs-review": "Needs review", "non-breaking": "Non-breaking" };

function renderMarkdown(report: DiffReport): string {
  const lines: string[] = [];
  lines.push(`# API changes: ${versionLabel(report.old)} → ${versionLabel(report.new)}`, "");
  lines.push(`${report.counts.breaking} breaking, ${report.counts["needs-review"]} to review, ${report.counts["non-breaking"]} non-breaking.`, "");
  lines.push("| | added | removed | changed |", "|---|---|---|---|");
  lines.push(`| operations | ${report.operations.added} | ${report.operations.removed} | ${report.operations.changed} |`);
  lines.push(`| schemas | ${report.schemas.added} | ${report.schemas.removed} | ${report.schemas.changed} |`, "");
  for (const severity of ["breaking", "needs-review", "non-breaking"] as const) {
    const changes = report.changes.filter((c) => c.severity === severity);
    if (changes.length === 0) continue;
    lines.push(`## ${HEADINGS[severity]} (${changes.length})`, "");
    for (const change of changes) lines.push(`- ${code(change.location)}: ${describeChange(change)}. ${capitalize(change.reason)}.`);
    lines.push("");
  }
  if (report.changes.length === 0) lines.push("No change in the client's surface.", "");
  lines.push(`**Suggested version bump: ${report.bump}**${bumpReason(report)}`);
  return `${lines.join("\n")}\n`;
}

/** One change as a phrase: `type widened (response): string → string | number`. */
export function describeChange(change: Change, quote: (text: string) => string = code): string {
  const side = VALUE_KINDS.has(change.kind) ? ` (${change.direction})` : "";
  return `${label(change)}${side}: ${quote(change.detail)}`;
}

/** Kinds about a value travelling one way; for them the report says which way. */
const VALUE_KINDS: ReadonlySet<ChangeKind> = new Set([
  "property-added",
  "property-removed",
  "property-required",
  "property-optional",
  "type-widened",
  "type-narrowed",
  "type-changed",
  "type-renamed",
  "enum-value-added",
  "enum-value-removed",
  "additional-properties-changed",
  "default-changed",
]);

function label(change: Change): string {
  const words = change.kind.replace(/-/g, " ");
  if (change.required === undefined || !["parameter-added", "property-added", "request-body-added"].includes(change.kind)) return words;
  return `${change.required ? "required" : "optional"} ${words}`;
}

function bumpReason(report: DiffReport): string {
  switch (report.bump) {
    case "major":
      return ` (${report.counts.breaking} breaking change${report.counts.breaking === 1 ? "" : "s"}).`;
    case "minor":
      return report.counts["needs-review"] > 0 ? " (additions; review the changes above, any that break make it major)." : " (additions only).";
    case "patch":
      return " (no additions and nothing breaking).";
    case "none":
      return ".";
  }
}

function versionLabel(info: DiffReport["old"]): string {
  return info.source ?? `${info.title} ${info.version}`;
}

/** A Markdown code span that survives backticks in the text. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? " " : ""}${text}${fence.length > 1 ? " " : ""}${fence}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
