// camelCase property names (`naming.properties: "camel"`): the generated types name properties in
// camelCase while the API speaks the spec's wire names, so Core renames keys on the way out
// (request bodies, before validation and encoding) and on the way in (JSON responses after
// validation, pages, SSE event data).
//
// The generator decides every rename and passes it as data: the generated `keyShapes.ts` holds one
// shape per component schema that has a rename somewhere beneath it, and each call names the shape
// of its body (`bodyKeys`) and of its result (`resultKeys`). A value without a shape is left as is,
// so data the spec does not describe (free-form maps, `unknown` fields) keeps its keys. Named
// shapes refer to each other through functions (`{ ref: () => UserKeys }`): recursive schemas need
// that, and a bundler then keeps only the shapes the operations an app imports can reach.
//
// Core does not import this module: a camelCase client hands it `keyMapping` (CoreConfig), so a
// client with wire names carries none of it.

/** How to rename the keys of one value. */
export type KeyShape =
  /** The shape of a component schema, looked up when first needed. */
  | { ref: () => KeyShape }
  /** An object: properties by code name → [wire name, shape of the value]; `extra` for other keys' values (maps). */
  | {
      props: Record<string, [wire: string, value?: KeyShape]>;
      extra?: KeyShape;
    }
  /** An array: the shape of every item. */
  | { items: KeyShape }
  /** A union or intersection: every member's renames apply. */
  | { anyOf: KeyShape[] };

/** The renaming functions, as a camelCase client passes them to Core (`CoreConfig.keyMapping`). */
export interface KeyMapping {
  toWire(value: unknown, shape: KeyShape | undefined): unknown;
  fromWire(value: unknown, shape: KeyShape | undefined): unknown;
}

/** Code names → wire names, for a request body about to be validated and encoded. */
export function toWire(value: unknown, shape: KeyShape | undefined): unknown {
  return rename(value, shape, "out");
}

/** Wire names → code names, for a decoded response body or event. */
export function fromWire(value: unknown, shape: KeyShape | undefined): unknown {
  return rename(value, shape, "in");
}

export const keyMapping: KeyMapping = { toWire, fromWire };

type Direction = "out" | "in";

/** One shape with refs resolved and union members merged, for one direction. */
interface Renames {
  /** Key in the source → [key in the result, shape of the value]. */
  keys: Map<string, [string, KeyShape | undefined]>;
  extra: KeyShape | undefined;
  items: KeyShape | undefined;
}

const resolved = new WeakMap<KeyShape, Record<Direction, Renames>>();

function rename(
  value: unknown,
  shape: KeyShape | undefined,
  direction: Direction,
): unknown {
  if (shape === undefined || typeof value !== "object" || value === null)
    return value;
  const renames = renamesOf(shape)[direction];
  if (Array.isArray(value)) {
    const items = renames.items;
    return items === undefined
      ? value
      : value.map((item) => rename(item, items, direction));
  }
  // Blobs, Dates and the like are values, not records of properties.
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const known = renames.keys.get(key);
    if (known !== undefined)
      setOwn(result, known[0], rename(child, known[1], direction));
    else setOwn(result, key, rename(child, renames.extra, direction));
  }
  return result;
}

// A `__proto__` key from JSON is an own property; plain assignment would set the prototype instead.
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** Resolves and merges a shape once; later calls reuse the result. */
function renamesOf(shape: KeyShape): Record<Direction, Renames> {
  const cached = resolved.get(shape);
  if (cached !== undefined) return cached;
  const merged = new Merged();
  merged.add(shape, new Set());
  const result = { out: merged.renames("out"), in: merged.renames("in") };
  resolved.set(shape, result);
  return result;
}

/**
 * The renames of every member of a union (or an intersection) together. When two members give one
 * key different value shapes, the value gets both (`anyOf`); the first member's target name wins.
 */
class Merged {
  readonly #keys: Record<Direction, Map<string, [string, KeyShape[]]>> = {
    out: new Map(),
    in: new Map(),
  };
  readonly #extra: KeyShape[] = [];
  readonly #items: KeyShape[] = [];

  add(shape: KeyShape, seen: Set<KeyShape>): void {
    // A union that reaches itself through refs adds nothing new the second time.
    if (seen.has(shape)) return;
    seen.add(shape);
    if ("ref" in shape) this.add(shape.ref(), seen);
    else if ("anyOf" in shape)
      for (const member of shape.anyOf) this.add(member, seen);
    else if ("items" in shape) this.#items.push(shape.items);
    else {
      for (const [code, [wire, child]] of Object.entries(shape.props)) {
        addKey(this.#keys.out, code, wire, child);
        addKey(this.#keys.in, wire, code, child);
      }
      if (shape.extra !== undefined) this.#extra.push(shape.extra);
    }
  }

  renames(direction: Direction): Renames {
    const keys = new Map<string, [string, KeyShape | undefined]>();
    for (const [from, [to, children]] of this.#keys[direction])
      keys.set(from, [to, oneShape(children)]);
    return {
      keys,
      extra: oneShape(this.#extra),
      items: oneShape(this.#items),
    };
  }
}

function addKey(
  keys: Map<string, [string, KeyShape[]]>,
  from: string,
  to: string,
  child: KeyShape | undefined,
): void {
  const entry = keys.get(from) ?? [to, []];
  if (child !== undefined) entry[1].push(child);
  keys.set(from, entry);
}

function oneShape(shapes: KeyShape[]): KeyShape | undefined {
  return shapes.length <= 1 ? shapes[0] : { anyOf: shapes };
}
