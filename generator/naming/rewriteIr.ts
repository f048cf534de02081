// A copy-on-write map over IR values: `visit` sees every plain object bottom-up (children already
// rewritten) and may return a replacement. Unchanged subtrees keep their identity, so a rename that
// touches ten schemas copies ten schemas' ancestors, not the whole model. Generic on purpose: a
// schema in an IR field added later is still rewritten without this file knowing the field.

type Node = Record<string, unknown>;

/** Fields holding spec data (example and default values), not IR: never rewritten. */
const DATA_FIELDS = new Set(["default", "examples", "value", "values"]);

export function rewriteIr<T>(value: T, visit: (node: Node) => Node | undefined): T {
  return rewrite(value, visit) as T;
}

function rewrite(value: unknown, visit: (node: Node) => Node | undefined): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = rewrite(item, visit);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  if (typeof value !== "object" || value === null) return value;
  const node = value as Node;
  let copy: Node | undefined;
  for (const [key, child] of Object.entries(node)) {
    if (DATA_FIELDS.has(key)) continue;
    const next = rewrite(child, visit);
    if (next !== child) (copy ??= { ...node })[key] = next;
  }
  const current = copy ?? node;
  return visit(current) ?? current;
}
