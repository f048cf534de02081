// Finds component schemas that reach themselves through references (Tarjan's strongly connected
// components), so emitters can use lazy or recursive forms where they need them.
import type { Schema } from "../ir/types.js";

export function findRecursiveSchemas(schemas: Map<string, Schema>): Set<string> {
  const edges = new Map<string, string[]>();
  for (const [name, schema] of schemas) edges.set(name, [...new Set(referencedNames(schema))].filter((n) => schemas.has(n)));

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const recursive = new Set<string>();
  let counter = 0;

  const visit = (start: string) => {
    // Iterative DFS: deep schema graphs must not overflow the call stack.
    const work: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.name)!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ name: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.name, Math.min(low.get(frame.name)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].name;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.name)!));
      }
      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        const selfLoop = component.length === 1 && targets.includes(frame.name);
        if (component.length > 1 || selfLoop) for (const m of component) recursive.add(m);
      }
    }
  };
  for (const name of schemas.keys()) if (!index.has(name)) visit(name);
  return recursive;
}

/** Every component name a schema refers to, at any depth. */
export function* referencedNames(schema: Schema): Generator<string> {
  switch (schema.kind) {
    case "ref":
      yield schema.name;
      return;
    case "array":
      yield* referencedNames(schema.items);
      for (const item of schema.prefixItems ?? []) yield* referencedNames(item);
      if (schema.contains) yield* referencedNames(schema.contains);
      return;
    case "object":
      for (const p of schema.properties) yield* referencedNames(p.schema);
      if (typeof schema.additionalProperties === "object") yield* referencedNames(schema.additionalProperties);
      for (const p of schema.patternProperties ?? []) yield* referencedNames(p.schema);
      return;
    case "union":
      for (const v of schema.variants) yield* referencedNames(v);
      return;
    case "intersection":
      for (const m of schema.members) yield* referencedNames(m);
      return;
    default:
      return;
  }
}
