// Component schemas ordered so that each comes after the schemas it references: what a template
// needs when it declares one constant per schema (`export const User = z.object(…)`) and a
// constant must exist before another's initializer reads it. References inside a cycle cannot be
// ordered; such schemas are marked `recursive` in the IR and a template defers them (z.lazy).
import type { NamedSchema, Schema } from "../../ir/types.js";

/** Depth-first post-order over references, starting from each schema in name order: stable output. */
export function schemasInDependencyOrder(schemas: NamedSchema[]): NamedSchema[] {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const done = new Set<string>();
  const entered = new Set<string>();
  const ordered: NamedSchema[] = [];
  for (const start of schemas) {
    if (done.has(start.name)) continue;
    // Iterative: a long chain of references must not overflow the call stack.
    const work: Array<{ named: NamedSchema; pending: string[] }> = [{ named: start, pending: references(start.schema) }];
    entered.add(start.name);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const next = frame.pending.shift();
      if (next !== undefined) {
        const target = byName.get(next);
        // An entered but unfinished target is an ancestor: a cycle, left unordered.
        if (target && !entered.has(next)) {
          entered.add(next);
          work.push({ named: target, pending: references(target.schema) });
        }
        continue;
      }
      work.pop();
      done.add(frame.named.name);
      ordered.push(frame.named);
    }
  }
  return ordered;
}

/** The component names a schema refers to, at any depth, in first-seen order. */
function references(schema: Schema): string[] {
  const found = new Set<string>();
  const pending: Schema[] = [schema];
  // A read index, not shift(): shifting is linear in the queue's length.
  for (let next = 0; next < pending.length; next++) {
    const node = pending[next]!;
    switch (node.kind) {
      case "ref":
        found.add(node.name);
        break;
      case "array":
        pending.push(node.items, ...(node.prefixItems ?? []), ...(node.contains ? [node.contains] : []));
        break;
      case "object":
        pending.push(...node.properties.map((p) => p.schema), ...(node.patternProperties ?? []).map((p) => p.schema));
        if (typeof node.additionalProperties === "object") pending.push(node.additionalProperties);
        break;
      case "union":
        pending.push(...node.variants);
        break;
      case "intersection":
        pending.push(...node.members);
        break;
      default:
        break;
    }
  }
  return [...found];
}
