// Looks schemas up for the docs: follows references, and reads an `allOf` of objects as the one
// object it describes. The IR keeps `allOf` as an intersection (the client prints `A & B`); a
// reader wants one list of fields.
import type { NamedSchema, ObjectSchema, Property, Schema, SchemaMeta } from "../../ir/types.js";

export interface ObjectShape {
  properties: Property[];
  /** Extra keys: `true` when open, a schema when typed, `false` when closed. */
  additional: boolean | Schema;
  minProperties?: number;
  maxProperties?: number;
}

export class SchemaLookup {
  readonly byName: Map<string, NamedSchema>;
  /** Per-schema results of pure computations, keyed by the IR's (frozen) schema objects. */
  private readonly caches = new Map<string, WeakMap<Schema, unknown>>();

  constructor(schemas: NamedSchema[]) {
    this.byName = new Map(schemas.map((s) => [s.name, s]));
  }

  /** `compute(schema)` once per schema object and `table`: the docs show the same components on many pages. */
  cached<T>(table: string, schema: Schema, compute: () => T): T {
    let cache = this.caches.get(table);
    if (!cache) this.caches.set(table, (cache = new WeakMap()));
    if (cache.has(schema)) return cache.get(schema) as T;
    const value = compute();
    cache.set(schema, value);
    return value;
  }

  /**
   * Follows references to the schema they name. Annotations written beside a `$ref` (3.1 lets
   * them sit there) win over the target's own, so a property keeps its own description.
   */
  resolve(schema: Schema, seen: ReadonlySet<string> = NONE): Schema {
    if (seen.size === 0 && schema.kind !== "ref") return schema;
    if (seen.size === 0) return this.cached("resolve", schema, () => this.resolveFrom(schema, seen));
    return this.resolveFrom(schema, seen);
  }

  private resolveFrom(schema: Schema, seen: ReadonlySet<string>): Schema {
    let current = schema;
    const visited = new Set(seen);
    const overrides: SchemaMeta = {};
    while (current.kind === "ref") {
      for (const key of META_KEYS) if (current[key] !== undefined && overrides[key] === undefined) (overrides as Record<string, unknown>)[key] = current[key];
      if (visited.has(current.name)) break;
      visited.add(current.name);
      const target = this.byName.get(current.name);
      if (!target) break;
      current = target.schema;
    }
    if (current.kind === "ref") return { kind: "unknown", ...overrides };
    return Object.keys(overrides).length === 0 ? current : { ...current, ...overrides };
  }

  /**
   * The object a schema describes, when it describes one: an object, a reference to one, or an
   * `allOf` whose members all describe objects (merged in member order; a key listed twice is
   * required when any member requires it). `undefined` for anything else.
   */
  objectShape(schema: Schema, seen: ReadonlySet<string> = NONE): ObjectShape | undefined {
    // A plain object's shape cannot depend on the references being followed: cached whatever `seen` is.
    if (seen.size === 0 || schema.kind === "object") return this.cached("objectShape", schema, () => this.shapeOf(schema, NONE));
    return this.shapeOf(schema, seen);
  }

  private shapeOf(schema: Schema, seen: ReadonlySet<string>): ObjectShape | undefined {
    if (schema.kind === "ref") {
      if (seen.has(schema.name)) return undefined;
      const target = this.byName.get(schema.name);
      return target ? this.objectShape(target.schema, new Set([...seen, schema.name])) : undefined;
    }
    if (schema.kind === "object") return objectOf(schema);
    if (schema.kind !== "intersection") return undefined;
    const shapes = schema.members.map((m) => (m.kind === "unknown" ? EMPTY_OPEN : this.objectShape(m, seen)));
    if (shapes.some((s) => s === undefined)) return undefined;
    return mergeShapes(shapes as ObjectShape[]);
  }

  /** The component names a schema refers to directly (not through other components). */
  directRefs(schema: Schema, into: Set<string> = new Set()): Set<string> {
    switch (schema.kind) {
      case "ref":
        into.add(schema.name);
        break;
      case "array":
        this.directRefs(schema.items, into);
        break;
      case "object":
        for (const p of schema.properties) this.directRefs(p.schema, into);
        if (typeof schema.additionalProperties === "object") this.directRefs(schema.additionalProperties, into);
        break;
      case "union":
        for (const v of schema.variants) this.directRefs(v, into);
        break;
      case "intersection":
        for (const m of schema.members) this.directRefs(m, into);
        break;
      default:
        break;
    }
    return into;
  }
}

const NONE: ReadonlySet<string> = new Set();

const META_KEYS: Array<keyof SchemaMeta> = ["description", "lifecycle", "deprecated", "nullable", "default", "examples", "readOnly", "writeOnly"];

const EMPTY_OPEN: ObjectShape = { properties: [], additional: true };

function objectOf(schema: ObjectSchema): ObjectShape {
  return { properties: schema.properties, additional: schema.additionalProperties, minProperties: schema.minProperties, maxProperties: schema.maxProperties };
}

function mergeShapes(shapes: ObjectShape[]): ObjectShape {
  const byKey = new Map<string, Property>();
  for (const shape of shapes) {
    for (const p of shape.properties) {
      const earlier = byKey.get(p.wireName);
      if (!earlier) byKey.set(p.wireName, p);
      else byKey.set(p.wireName, { ...(earlier.schema.kind === "unknown" ? p : earlier), required: earlier.required || p.required });
    }
  }
  const typed = shapes.map((s) => s.additional).find((a): a is Schema => typeof a === "object");
  const additional = typed ?? !(shapes.length > 0 && shapes.every((s) => s.additional === false));
  const min = shapes.map((s) => s.minProperties).filter((n): n is number => n !== undefined);
  const max = shapes.map((s) => s.maxProperties).filter((n): n is number => n !== undefined);
  return {
    properties: [...byKey.values()],
    additional,
    minProperties: min.length > 0 ? Math.max(...min) : undefined,
    maxProperties: max.length > 0 ? Math.min(...max) : undefined,
  };
}
