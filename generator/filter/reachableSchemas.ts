// Which component schemas a set of operations still needs: those they refer to, and everything
// those refer to in turn (a discriminator's mapping included), so nothing the emitters print
// dangles once the other operations are gone.
import type { NamedSchema, Operation } from "../ir/types.js";

export function reachableSchemaNames(operations: readonly Operation[], schemas: readonly NamedSchema[]): Set<string> {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const reached = new Set<string>();
  const pending: string[] = [];
  const note = (name: string) => {
    if (!reached.has(name) && byName.has(name)) {
      reached.add(name);
      pending.push(name);
    }
  };
  for (const operation of operations) collectReferences(operation, note);
  while (pending.length > 0) collectReferences(byName.get(pending.pop()!)!.schema, note);
  return reached;
}

/**
 * Walks any IR value and reports every component name it refers to. Generic on purpose: a schema
 * in an IR field added later is still found without this file knowing the field.
 */
function collectReferences(value: unknown, note: (name: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, note);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const node = value as Record<string, unknown>;
  if (node.kind === "ref" && typeof node.name === "string") note(node.name);
  if (node.kind === "union" && typeof node.discriminator === "object" && node.discriminator !== null) {
    for (const name of Object.values((node.discriminator as { mapping: Record<string, string> }).mapping ?? {})) note(name);
  }
  for (const child of Object.values(node)) collectReferences(child, note);
}
