// PROPOSED runtime module (templates/client/runtime/key-mapping.ts) for `naming.properties: "camel"`:
// the generated types use camelCase property names, the API speaks its wire names, so the client
// renames keys on the way out (request bodies) and on the way in (responses, SSE event data).
//
// The generator decides every rename (see keyShapes.ts beside this file) and passes it as data: a
// table of shapes for named schemas, and per operation the shape of its body and of its result.
// Only shapes with a rename somewhere beneath them exist; a value without a shape is left as is,
// so data the spec does not describe (maps, free-form objects) keeps its keys.

/** How to rename the keys of one value. */
export type KeyShape =
  /** The named shape of a component schema, by the schema's spec name. */
  | { ref: string }
  /** An object: properties by code name → [wire name, shape of the value]; `extra` for additional properties' values. */
  | { props: Record<string, [wire: string, value?: KeyShape]>; extra?: KeyShape }
  /** An array: the shape of every item. */
  | { items: KeyShape }
  /** A union or intersection: every member's renames apply (the first member naming a key wins). */
  | { anyOf: KeyShape[] };

export type KeyShapes = Record<string, KeyShape>;

/** Code names → wire names, for a request body about to be encoded. */
export function toWire(value: unknown, shape: KeyShape | undefined, shapes: KeyShapes): unknown {
  return rename(value, shape, shapes, "out");
}

/** Wire names → code names, for a decoded response body or event. */
export function fromWire(value: unknown, shape: KeyShape | undefined, shapes: KeyShapes): unknown {
  return rename(value, shape, shapes, "in");
}

interface FlatShape {
  /** Key in the source → [key in the result, shape of the value]. */
  keys: Map<string, [string, KeyShape | undefined]>;
  extra?: KeyShape;
  items?: KeyShape;
}

const flattened = new WeakMap<KeyShape, { out: FlatShape; in: FlatShape }>();

function rename(value: unknown, shape: KeyShape | undefined, shapes: KeyShapes, direction: "out" | "in"): unknown {
  if (shape === undefined || typeof value !== "object" || value === null) return value;
  const flat = flatten(shape, shapes)[direction];
  if (Array.isArray(value)) return flat.items ? value.map((item) => rename(item, flat.items, shapes, direction)) : value;
  // Blobs, Dates and the like are values, not records of properties.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const known = flat.keys.get(key);
    if (known) result[known[0]] = rename(child, known[1], shapes, direction);
    else result[key] = rename(child, flat.extra, shapes, direction);
  }
  return result;
}

/** Resolves refs and merges union members once per shape, in both directions. */
function flatten(shape: KeyShape, shapes: KeyShapes, seen = new Set<KeyShape>()): { out: FlatShape; in: FlatShape } {
  const cached = flattened.get(shape);
  if (cached) return cached;
  const result = { out: { keys: new Map() } as FlatShape, in: { keys: new Map() } as FlatShape };
  if (seen.has(shape)) return result; // a union that contains itself adds nothing new
  seen.add(shape);
  if ("ref" in shape) {
    const target = shapes[shape.ref];
    if (target) Object.assign(result, flatten(target, shapes, seen));
  } else if ("props" in shape) {
    for (const [code, [wire, child]] of Object.entries(shape.props)) {
      result.out.keys.set(code, [wire, child]);
      result.in.keys.set(wire, [code, child]);
    }
    result.out.extra = result.in.extra = shape.extra;
  } else if ("items" in shape) {
    result.out.items = result.in.items = shape.items;
  } else {
    for (const member of shape.anyOf) {
      const flat = flatten(member, shapes, seen);
      for (const direction of ["out", "in"] as const) {
        for (const [key, entry] of flat[direction].keys) if (!result[direction].keys.has(key)) result[direction].keys.set(key, entry);
        result[direction].extra ??= flat[direction].extra;
        result[direction].items ??= flat[direction].items;
      }
    }
  }
  flattened.set(shape, result);
  return result;
}
