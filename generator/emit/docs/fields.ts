// Schema → the field lists of a page: parameters, body fields, response fields. Nested objects are
// expanded in place down to a depth limit (one level less while a list would pass its field
// budget); past it, and at a reference cycle, a field links to its type's page instead. Unions list
// their variants.
import type { Lifecycle, Parameter, Schema } from "../../ir/types.js";
import type { Inline, RichText, RichTextCache } from "./richText.js";
import type { SchemaLookup } from "./schemaLookup.js";
import { schemaFacts, typeLabel, type Fact } from "./typeLabel.js";

export interface FieldDoc {
  /** The key on the wire (or the parameter name). */
  name: string;
  /** `string<connection-id>`, `object[]`, `enum<string>`, … */
  type: string;
  /** The component this field's type names (directly or as array items), for a link. */
  typeName?: string;
  required: boolean;
  lifecycle?: Lifecycle;
  deprecated: boolean;
  description: RichText;
  facts: Fact[];
  /** Extra notes the generator adds (e.g. how to send an `x-sdk-ignore` header). */
  notes: Inline[][];
  children: FieldDoc[];
  variants: VariantDoc[];
  /** True when the type has fields that are not shown here (see `typeName`). */
  collapsed: boolean;
}

export interface VariantDoc {
  title: string;
  typeName?: string;
  type: string;
  description: RichText;
  facts: Fact[];
  children: FieldDoc[];
  collapsed: boolean;
}

export interface FieldLimits {
  /** Levels of nesting expanded below the top-level fields. */
  maxDepth: number;
  /** Fields shown on one page section, nested ones included. */
  maxFields: number;
  /** Unions with more variants than this list them without expanding their fields. */
  maxExpandedVariants: number;
}

export const PAGE_LIMITS: FieldLimits = { maxDepth: 3, maxFields: 250, maxExpandedVariants: 6 };
export const TYPE_PAGE_LIMITS: FieldLimits = { maxDepth: 0, maxFields: 400, maxExpandedVariants: 30 };

/**
 * Builds field lists with one set of limits. The subtree under a component that is not part of a
 * reference cycle depends only on the component and the depth left, so it is built once and shared
 * by every page that shows it (Auth0's `Client` appears on dozens).
 */
export class FieldBuilder {
  private readonly memo = new Map<string, FieldDoc[]>();
  private readonly variantMemo = new Map<string, VariantDoc[]>();

  constructor(
    private readonly lookup: SchemaLookup,
    private readonly limits: FieldLimits,
    private readonly texts: RichTextCache,
  ) {}

  /**
   * The fields of an object-like schema, or of the items of an array of objects (empty for
   * scalars and unions: see `variants`).
   * When the expansion would exceed `maxFields`, it is rebuilt one level shallower.
   */
  fields(schema: Schema): FieldDoc[] {
    const target = containerTarget(schema, this.lookup) ?? schema;
    return this.withinBudget((depthLeft) => this.objectFields(target, depthLeft, refsOf(target, [])));
  }

  /** The variants of a union-typed schema (or of an array's items), each with its fields. */
  variants(schema: Schema): VariantDoc[] {
    const target = containerTarget(schema, this.lookup) ?? schema;
    return this.withinBudget((depthLeft) => this.variantsOf(target, depthLeft, refsOf(target, [])));
  }

  parameters(parameters: Parameter[]): FieldDoc[] {
    return this.withinBudget((depthLeft) =>
      parameters.map((p) => {
        const field = this.fieldOf(p.wireName, p.required, { ...p.schema, description: p.description ?? p.schema.description }, depthLeft, []);
        return { ...field, lifecycle: p.lifecycle ?? field.lifecycle, deprecated: p.deprecated || field.deprecated };
      }),
    );
  }

  private withinBudget<T extends FieldDoc | VariantDoc>(build: (depthLeft: number) => T[]): T[] {
    for (let depthLeft = this.limits.maxDepth; ; depthLeft--) {
      const built = build(depthLeft);
      if (depthLeft === 0 || countFields(built) <= this.limits.maxFields) return built;
    }
  }

  private objectFields(schema: Schema, depthLeft: number, refs: string[]): FieldDoc[] {
    const key = this.memoKey(schema, depthLeft);
    const cached = key === undefined ? undefined : this.memo.get(key);
    if (cached) return cached;
    const shape = this.lookup.objectShape(schema, new Set(refs.slice(0, -1)));
    const fields = shape ? shape.properties.map((p) => this.fieldOf(p.wireName, p.required, p.schema, depthLeft, refs)) : [];
    if (shape && typeof shape.additional === "object" && shape.properties.length > 0) {
      const extra = { ...shape.additional, description: shape.additional.description ?? "Any other key, with a value of this type." };
      fields.push(this.fieldOf("[key: string]", false, extra, depthLeft, refs));
    }
    if (key !== undefined) this.memo.set(key, fields);
    return fields;
  }

  /** Components outside every cycle expand the same wherever they appear. */
  private memoKey(schema: Schema, depthLeft: number): string | undefined {
    if (schema.kind !== "ref" || this.lookup.byName.get(schema.name)?.recursive !== false) return undefined;
    return `${schema.name}\u0000${depthLeft}`;
  }

  private fieldOf(name: string, required: boolean, schema: Schema, depthLeft: number, refs: string[]): FieldDoc {
    const resolved = this.lookup.resolve(schema, new Set(refs));
    const field: FieldDoc = {
      name,
      type: typeLabel(schema, this.lookup),
      typeName: namedType(schema, this.lookup),
      required,
      lifecycle: schema.lifecycle ?? resolved.lifecycle,
      deprecated: Boolean(schema.deprecated || resolved.deprecated || schema.lifecycle === "deprecated"),
      description: this.texts.parse(schema.description ?? resolved.description),
      facts: schemaFacts(schema, this.lookup),
      notes: [],
      children: [],
      variants: [],
      collapsed: false,
    };
    const inner = containerTarget(schema, this.lookup);
    if (!inner) return field;
    const innerRefs = refsOf(inner, refs);
    const cyclic = inner.kind === "ref" && refs.includes(inner.name);
    const expandable = !cyclic && depthLeft > 0;
    field.children = expandable ? this.objectFields(inner, depthLeft - 1, innerRefs) : [];
    field.variants = expandable && field.children.length === 0 ? this.variantsOf(inner, depthLeft - 1, innerRefs) : [];
    field.collapsed = field.children.length === 0 && field.variants.length === 0 && (this.lookup.objectShape(inner)?.properties.length ?? 0) + unionSize(inner, this.lookup) > 0;
    return field;
  }

  private variantsOf(schema: Schema, depthLeft: number, refs: string[]): VariantDoc[] {
    const key = this.memoKey(schema, depthLeft);
    const cached = key === undefined ? undefined : this.variantMemo.get(key);
    if (cached) return cached;
    const resolved = this.lookup.resolve(schema, new Set(refs.slice(0, -1)));
    if (resolved.kind !== "union") return [];
    const expand = resolved.variants.length <= this.limits.maxExpandedVariants;
    const variants = resolved.variants.map((variant, i) => {
      // An array variant (a bare list beside a paged wrapper) shows its items' fields.
      const target = containerTarget(variant, this.lookup) ?? variant;
      const cyclic = target.kind === "ref" && refs.includes(target.name);
      const children = expand && !cyclic ? this.objectFields(target, depthLeft, refsOf(target, refs)) : [];
      const named = namedType(variant, this.lookup);
      const hasFields = (this.lookup.objectShape(target)?.properties.length ?? 0) > 0;
      return {
        title: named ?? `Option ${i + 1}`,
        typeName: named,
        type: typeLabel(variant, this.lookup),
        description: this.texts.parse(variant.description ?? this.lookup.resolve(variant).description),
        facts: hasFields ? [] : schemaFacts(variant, this.lookup),
        children,
        collapsed: hasFields && children.length === 0,
      };
    });
    if (key !== undefined) this.variantMemo.set(key, variants);
    return variants;
  }
}

function countFields(items: Array<FieldDoc | VariantDoc>): number {
  let count = 0;
  for (const item of items) {
    count += 1 + countFields(item.children);
    if ("variants" in item) count += countFields(item.variants);
  }
  return count;
}

function refsOf(schema: Schema, refs: string[]): string[] {
  return schema.kind === "ref" ? [...refs, schema.name] : refs;
}

/** The schema whose fields a field shows: the object itself, or the item of an array of objects. */
function containerTarget(schema: Schema, lookup: SchemaLookup): Schema | undefined {
  const resolved = lookup.resolve(schema);
  if (resolved.kind === "array") return containerTarget(resolved.items, lookup);
  const shape = lookup.objectShape(schema);
  if (shape && (shape.properties.length > 0 || (typeof shape.additional === "object" && lookup.objectShape(shape.additional)))) return schema;
  if (resolved.kind === "union" && resolved.variants.some((v) => lookup.objectShape(v) || lookup.resolve(v).kind === "union")) return schema;
  return undefined;
}

function unionSize(schema: Schema, lookup: SchemaLookup): number {
  const resolved = lookup.resolve(schema);
  return resolved.kind === "union" ? resolved.variants.length : 0;
}

/** The component a field is typed by, directly or as the item type of an array. */
export function namedType(schema: Schema, lookup: SchemaLookup): string | undefined {
  if (schema.kind === "ref") return lookup.byName.get(schema.name)?.typeName;
  if (schema.kind === "array") return namedType(schema.items, lookup);
  return undefined;
}
