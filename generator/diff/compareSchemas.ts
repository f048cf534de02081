// Structural comparison of two schema nodes, old and new, at one location.
//
// It reports *what* changed in terms of the TypeScript types the client exposes — widened,
// narrowed, a property added, an enum value removed — and leaves *how bad* that is to
// classify.ts, which knows whether the caller sends or reads the value. Constraints the types do
// not carry (minLength, pattern, format, integer vs number) are not reported.
//
// References to the same component on both sides are not followed: the component is compared
// once under its own name, so a change in a shared type is reported once, not at every use.
// References to different components are followed and compared structurally, because a type
// swapped for one of the same shape is harmless and one of a different shape is not.
import type { ObjectSchema, Property, Schema, SchemaMeta } from "../ir/types.js";
import type { Finding } from "./changes.js";
import { describeSchema } from "./describeSchema.js";

export type SchemaFinding = Pick<Finding, "kind" | "location" | "detail" | "required" | "openObject" | "from" | "to">;

export interface ComponentPair {
  old: ReadonlyMap<string, Schema>;
  new: ReadonlyMap<string, Schema>;
}

export function compareSchemas(a: Schema, b: Schema, at: string, components: ComponentPair, emit: (finding: SchemaFinding) => void): void {
  new SchemaComparison(components, emit).compare(a, b, at);
}

type Literal = string | number | boolean | null;

class SchemaComparison {
  /** Pairs of differently named references being compared, so recursive types end. */
  private readonly visiting = new Set<string>();
  /** The type name a resolved node was reached through, so reports say `UserId`, not only its shape. */
  private readonly reachedAs = new WeakMap<Schema, string>();
  private found = 0;

  constructor(
    private readonly components: ComponentPair,
    private readonly report: (finding: SchemaFinding) => void,
  ) {}

  compare(a: Schema, b: Schema, at: string): void {
    if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) return this.compareMeta(a, b, at);
    if (a.kind === "ref" || b.kind === "ref") return this.compareThroughRefs(a, b, at);
    this.compareMeta(a, b, at);
    if (a.kind === b.kind) return this.compareSameKind(a, b, at);
    if (b.kind === "unknown") return this.emit({ kind: "type-widened", location: at, detail: `${this.describe(a)} → unknown` });
    if (a.kind === "unknown") return this.emit({ kind: "type-narrowed", location: at, detail: `unknown → ${this.describe(b)}` });
    this.compareDifferentKinds(a, b, at);
  }

  private emit(finding: SchemaFinding): void {
    this.found++;
    this.report(finding);
  }

  private compareThroughRefs(a: Schema, b: Schema, at: string): void {
    const key = `${a.kind === "ref" ? a.name : "(inline)"}→${b.kind === "ref" ? b.name : "(inline)"}`;
    if (this.visiting.has(key)) return;
    this.visiting.add(key);
    const before = this.found;
    this.compare(this.resolve(a, this.components.old), this.resolve(b, this.components.new), at);
    this.visiting.delete(key);
    if (a.kind === "ref" && b.kind === "ref" && this.found === before) {
      this.emit({ kind: "type-renamed", location: at, detail: `${a.typeName} → ${b.typeName} (same shape)` });
    }
  }

  /** Release stage, null-ability and default: annotations any node can carry. */
  private compareMeta(a: Schema, b: Schema, at: string): void {
    const [from, to] = [effectiveLifecycle(a), effectiveLifecycle(b)];
    if (from !== to) this.emit({ kind: "lifecycle-changed", location: at, detail: `${from} → ${to}`, from, to });
    if (!a.nullable && b.nullable) this.emit({ kind: "type-widened", location: at, detail: "now also null" });
    if (a.nullable && !b.nullable) this.emit({ kind: "type-narrowed", location: at, detail: "no longer null" });
    if (a.kind === b.kind && !sameJson(a.default, b.default)) {
      this.emit({ kind: "default-changed", location: at, detail: `default ${formatValue(a.default)} → ${formatValue(b.default)}` });
    }
  }

  private resolve(schema: Schema, components: ReadonlyMap<string, Schema>): Schema {
    const resolved = resolve(schema, components);
    if (schema.kind === "ref") this.reachedAs.set(resolved, schema.typeName);
    return resolved;
  }

  /** `UserId (string | number)` for a node reached through a reference, else the shape alone. */
  private describe(schema: Schema): string {
    const name = this.reachedAs.get(schema);
    return name ? `${name} (${describeSchema(schema)})` : describeSchema(schema);
  }

  private compareSameKind(a: Schema, b: Schema, at: string): void {
    switch (a.kind) {
      case "enum":
      case "const":
        return this.compareLiterals(literalValues(a)!, literalValues(b)!, at);
      case "array":
        return this.compare(a.items, (b as typeof a).items, `${at}[]`);
      case "object":
        return this.compareObjects(a, b as typeof a, at);
      case "union":
        return this.compareVariants(a.variants, (b as typeof a).variants, at, a, b);
      case "intersection":
        return this.compareIntersections(a.members, (b as typeof a).members, a, b, at);
      default:
        // string, number, boolean, null, unknown: nothing the types show beyond the kind.
        return;
    }
  }

  private compareDifferentKinds(a: Schema, b: Schema, at: string): void {
    const change = `${this.describe(a)} → ${this.describe(b)}`;
    // An enum or a const is a set of literal values; its base type holds every value of that type.
    const [oldValues, newValues] = [literalValues(a), literalValues(b)];
    if (oldValues && newValues) return this.compareLiterals(oldValues, newValues, at);
    if (oldValues && fitsType(oldValues, b)) return this.emit({ kind: "type-widened", location: at, detail: change });
    if (newValues && fitsType(newValues, a)) return this.emit({ kind: "type-narrowed", location: at, detail: change });
    // One side is a union and the other is one of its variants.
    if (b.kind === "union") {
      const variant = this.matchingVariant(b.variants, a, this.components.new);
      if (variant) {
        this.emit({ kind: "type-widened", location: at, detail: change });
        return this.compare(a, variant, at);
      }
    }
    if (a.kind === "union") {
      const variant = this.matchingVariant(a.variants, b, this.components.old);
      if (variant) {
        this.emit({ kind: "type-narrowed", location: at, detail: change });
        return this.compare(variant, b, at);
      }
    }
    // An object written as allOf, or the other way round.
    const [flatOld, flatNew] = [flatten(a, this.components.old), flatten(b, this.components.new)];
    if (flatOld && flatNew) return this.compareObjects(flatOld, flatNew, at);
    this.emit({ kind: "type-changed", location: at, detail: change });
  }

  private compareLiterals(oldValues: Literal[], newValues: Literal[], at: string): void {
    const [before, after] = [new Set(oldValues.map(formatValue)), new Set(newValues.map(formatValue))];
    for (const value of before) if (!after.has(value)) this.emit({ kind: "enum-value-removed", location: at, detail: value });
    for (const value of after) if (!before.has(value)) this.emit({ kind: "enum-value-added", location: at, detail: value });
  }

  private compareObjects(a: ObjectSchema, b: ObjectSchema, at: string): void {
    const oldProps = new Map(a.properties.map((p) => [p.wireName, p]));
    const newProps = new Map(b.properties.map((p) => [p.wireName, p]));
    for (const [name, p] of oldProps) {
      if (!newProps.has(name)) {
        this.emit({ kind: "property-removed", location: propertyLocation(at, p), detail: describeSchema(p.schema), openObject: b.additionalProperties !== false });
      }
    }
    for (const [name, p] of newProps) {
      if (!oldProps.has(name)) this.emit({ kind: "property-added", location: propertyLocation(at, p), detail: describeSchema(p.schema), required: p.required });
    }
    for (const [name, before] of oldProps) {
      const after = newProps.get(name);
      if (!after) continue;
      const location = propertyLocation(at, after);
      if (!before.required && after.required) this.emit({ kind: "property-required", location, detail: "optional → required" });
      if (before.required && !after.required) this.emit({ kind: "property-optional", location, detail: "required → optional" });
      this.compare(before.schema, after.schema, location);
    }
    this.compareAdditionalProperties(a.additionalProperties, b.additionalProperties, at);
  }

  private compareAdditionalProperties(a: boolean | Schema, b: boolean | Schema, at: string): void {
    if (typeof a === "object" && typeof b === "object") return this.compare(a, b, `${at}[key]`);
    const [before, after] = [describeExtras(a), describeExtras(b)];
    if (before !== after) this.emit({ kind: "additional-properties-changed", location: at, detail: `${before} → ${after}`, from: before, to: after });
  }

  /**
   * Union variants are paired by identity (the component they reference, or their kind); what is
   * left over on one side only was added or removed. A leftover pair of the same kind (one
   * referenced type swapped for another) is compared as a pair.
   */
  private compareVariants(oldVariants: Schema[], newVariants: Schema[], at: string, a: Schema, b: Schema): void {
    const [oldKeyed, newKeyed] = [keyed(oldVariants), keyed(newVariants)];
    const oldLeft = [...oldKeyed].filter(([key]) => !newKeyed.has(key)).map(([, s]) => s);
    const newLeft = [...newKeyed].filter(([key]) => !oldKeyed.has(key)).map(([, s]) => s);
    for (const [key, variant] of oldKeyed) {
      const counterpart = newKeyed.get(key);
      if (counterpart) this.compare(variant, counterpart, at);
    }
    const removed: Schema[] = [];
    for (const variant of oldLeft) {
      const kind = resolve(variant, this.components.old).kind;
      const index = newLeft.findIndex((candidate) => resolve(candidate, this.components.new).kind === kind);
      if (index < 0) removed.push(variant);
      else this.compare(variant, newLeft.splice(index, 1)[0], at);
    }
    if (removed.length > 0) this.emit({ kind: "type-narrowed", location: at, detail: `${this.describe(a)} → ${this.describe(b)}: no longer ${removed.map((v) => describeSchema(v)).join(" | ")}` });
    if (newLeft.length > 0) this.emit({ kind: "type-widened", location: at, detail: `${this.describe(a)} → ${this.describe(b)}: now also ${newLeft.map((v) => describeSchema(v)).join(" | ")}` });
  }

  /** allOf members are compared pairwise when they line up; otherwise as the objects they merge into. */
  private compareIntersections(oldMembers: Schema[], newMembers: Schema[], a: Schema, b: Schema, at: string): void {
    const [oldKeys, newKeys] = [[...keyed(oldMembers).keys()], [...keyed(newMembers).keys()]];
    if (oldKeys.join("\n") === newKeys.join("\n")) {
      oldMembers.forEach((member, i) => this.compare(member, newMembers[i], at));
      return;
    }
    const [flatOld, flatNew] = [flatten(a, this.components.old), flatten(b, this.components.new)];
    if (flatOld && flatNew) return this.compareObjects(flatOld, flatNew, at);
    this.emit({ kind: "type-changed", location: at, detail: `${this.describe(a)} → ${this.describe(b)}` });
  }

  /** The variant a non-union schema corresponds to: the same kind of value, following references. */
  private matchingVariant(variants: Schema[], target: Schema, components: ReadonlyMap<string, Schema>): Schema | undefined {
    const kind = valueKind(target);
    return variants.find((v) => valueKind(resolve(v, components)) === kind);
  }
}

/** The component a reference points at, carrying the reference's own annotations (`nullable`, a lifecycle). */
function resolve(schema: Schema, components: ReadonlyMap<string, Schema>): Schema {
  let current = schema;
  const meta: SchemaMeta = {};
  for (let hops = 0; current.kind === "ref" && hops < 32; hops++) {
    Object.assign(meta, definedMeta(current));
    current = components.get(current.name) ?? { kind: "unknown" };
  }
  return current.kind === "ref" ? { kind: "unknown" } : ({ ...current, ...meta } as Schema);
}

function definedMeta(schema: Schema): SchemaMeta {
  const meta: SchemaMeta = {};
  if (schema.lifecycle !== undefined) meta.lifecycle = schema.lifecycle;
  if (schema.deprecated !== undefined) meta.deprecated = schema.deprecated;
  if (schema.nullable !== undefined) meta.nullable = schema.nullable;
  if (schema.default !== undefined) meta.default = schema.default;
  return meta;
}

/** `x-release-lifecycle` as the caller sees it: unmarked means generally available. */
export function effectiveLifecycle(node: { lifecycle?: string; deprecated?: boolean }): string {
  if (node.deprecated) return "deprecated";
  return node.lifecycle ?? "GA";
}

function literalValues(schema: Schema): Literal[] | undefined {
  if (schema.kind === "enum") return schema.values;
  if (schema.kind === "const") return [schema.value as Literal];
  return undefined;
}

/** True when every literal is a value of the given base type (`"a"` fits `string`). */
function fitsType(values: Literal[], type: Schema): boolean {
  if (type.kind !== "string" && type.kind !== "number" && type.kind !== "boolean") return false;
  return values.every((v) => (v === null ? type.nullable === true : typeof v === type.kind));
}

/** What kind of JavaScript value a schema describes, for pairing a type with a union variant. */
function valueKind(schema: Schema): string {
  if (schema.kind === "enum" || schema.kind === "const") {
    const values = literalValues(schema)!;
    return values.length > 0 && values.every((v) => typeof v === typeof values[0]) ? typeof values[0] : schema.kind;
  }
  if (schema.kind === "intersection") return "object";
  return schema.kind;
}

/** Members keyed by identity: the component name for references, else the kind (numbered when repeated). */
function keyed(schemas: Schema[]): Map<string, Schema> {
  const result = new Map<string, Schema>();
  for (const schema of schemas) {
    const base = schema.kind === "ref" ? `ref:${schema.name}` : valueKind(schema);
    let key = base;
    for (let n = 2; result.has(key); n++) key = `${base}#${n}`;
    result.set(key, schema);
  }
  return result;
}

/** An object, or an allOf of objects merged into one; undefined for anything else. */
function flatten(schema: Schema, components: ReadonlyMap<string, Schema>, depth = 0): ObjectSchema | undefined {
  if (depth > 16) return undefined;
  const resolved = resolve(schema, components);
  if (resolved.kind === "object") return resolved;
  if (resolved.kind !== "intersection") return undefined;
  const parts = resolved.members.map((m) => flatten(m, components, depth + 1));
  if (parts.some((p) => p === undefined)) return undefined;
  const properties = new Map<string, Property>();
  for (const part of parts as ObjectSchema[]) {
    for (const p of part.properties) {
      const seen = properties.get(p.wireName);
      properties.set(p.wireName, seen ? { ...seen, required: seen.required || p.required } : p);
    }
  }
  const closed = (parts as ObjectSchema[]).some((p) => p.additionalProperties === false);
  return { kind: "object", properties: [...properties.values()], additionalProperties: !closed, nullable: resolved.nullable };
}

function propertyLocation(at: string, property: Property): string {
  return /^[A-Za-z_$][\w$]*$/.test(property.codeName) ? `${at}.${property.codeName}` : `${at}[${JSON.stringify(property.codeName)}]`;
}

function describeExtras(extras: boolean | Schema): string {
  if (extras === false) return "no extra properties";
  if (extras === true) return "extra properties allowed";
  return `extra properties of type ${describeSchema(extras)}`;
}

function formatValue(value: unknown): string {
  return value === undefined ? "none" : JSON.stringify(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
