// Two surfaces in, one classified change report out: the engine behind `gen diff` and the summary
// printed after a regeneration.
import { compareStrings } from "../ir/order.js";
import type { Change, DiffReport, Finding, Severity } from "./changes.js";
import { classify, severityRank, suggestBump } from "./classify.js";
import { compareOperations } from "./compareOperations.js";
import { compareSchemas, type ComponentPair } from "./compareSchemas.js";
import { describeSchema } from "./describeSchema.js";
import type { Surface } from "./surface.js";
import { componentUsage, directionOf, type ComponentUsage } from "./usage.js";

export function compareSurfaces(before: Surface, after: Surface): DiffReport {
  const components: ComponentPair = {
    old: new Map(before.schemas.map((s) => [s.name, s.schema])),
    new: new Map(after.schemas.map((s) => [s.name, s.schema])),
  };
  // Which way each component travels is only needed for components with a finding: worked out on first use.
  let usages: ComponentUsage[] | undefined;
  const direction = (name: string) => directionOf(name, (usages ??= [componentUsage(before), componentUsage(after)]));
  const findings = [...compareComponents(before, after, components, direction), ...compareOperations(before.operations, after.operations, components)];
  const changes = findings.filter(worthReporting).map(classify).sort(byImportance);
  return {
    old: { ...before.info },
    new: { ...after.info },
    changes,
    counts: countBySeverity(changes),
    operations: countEntities(changes, (c) => c.operationId, "operation-added", "operation-removed"),
    schemas: countEntities(changes, (c) => c.schema, "schema-added", "schema-removed"),
    bump: suggestBump(changes),
  };
}

/** Component schemas by name: added, removed, and what changed inside each one both versions have. */
function compareComponents(before: Surface, after: Surface, components: ComponentPair, direction: (name: string) => Finding["direction"]): Finding[] {
  const findings: Finding[] = [];
  for (const schema of before.schemas) {
    if (!components.new.has(schema.name)) {
      findings.push({ kind: "schema-removed", location: schema.name, direction: direction(schema.name), detail: describeSchema(schema.schema), schema: schema.name });
    }
  }
  for (const schema of after.schemas) {
    const old = components.old.get(schema.name);
    if (!old) {
      findings.push({ kind: "schema-added", location: schema.name, direction: direction(schema.name), detail: describeSchema(schema.schema), schema: schema.name });
      continue;
    }
    // Identical text cannot differ: references to the same component are not followed (compareSchemas.ts),
    // so skipping it loses nothing, and a regeneration usually changes a handful of 2,698 schemas.
    if (JSON.stringify(old) === JSON.stringify(schema.schema)) continue;
    compareSchemas(old, schema.schema, schema.name, components, (f) => findings.push({ ...f, direction: direction(schema.name), schema: schema.name }));
  }
  return findings;
}

/** A default on a value the caller only reads documents the server, not the client: left out. */
function worthReporting(finding: Finding): boolean {
  return !(finding.kind === "default-changed" && finding.direction === "response");
}

function byImportance(a: Change, b: Change): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareStrings(a.location, b.location) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.detail, b.detail)
  );
}

function countBySeverity(changes: Change[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { breaking: 0, "needs-review": 0, "non-breaking": 0 };
  for (const c of changes) counts[c.severity]++;
  return counts;
}

/** Added and removed entities, and how many others have at least one change inside. */
function countEntities(changes: Change[], key: (c: Change) => string | undefined, addedKind: string, removedKind: string) {
  const added = new Set<string>();
  const removed = new Set<string>();
  const changed = new Set<string>();
  for (const c of changes) {
    const k = key(c);
    if (k === undefined) continue;
    if (c.kind === addedKind) added.add(k);
    else if (c.kind === removedKind) removed.add(k);
    else changed.add(k);
  }
  return { added: added.size, removed: removed.size, changed: [...changed].filter((k) => !added.has(k) && !removed.has(k)).length };
}
