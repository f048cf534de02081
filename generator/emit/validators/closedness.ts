// How `allOf` treats members with `additionalProperties: false`.
//
// Read literally, JSON Schema checks each `allOf` member on its own, so a closed member rejects the
// properties its siblings add: an instance of Auth0's `CreateConnectionCommon` (ConnectionCommon,
// closed, plus `name`) could never carry `name`. CENSUS §5 counts 58 such merges; the spec's authors
// mean "the object has the properties of all members and no others". Validators follow that intent:
// inside an intersection, members are checked *open*, and the intersection itself rejects keys that
// no member declares, when at least one member is closed. It is exactly what
// `unevaluatedProperties: false` on the `allOf` would say in JSON Schema 2020-12.
import type { NamedSchema, Schema } from "../../ir/types.js";

export type SchemaLookup = (name: string) => NamedSchema | undefined;

/** The schema a reference names, once per walk (`seen` breaks the FlowAction* cycle). */
function follow(name: string, lookup: SchemaLookup, seen: Set<string>): Schema | undefined {
  if (seen.has(name)) return undefined;
  seen.add(name);
  return lookup(name)?.schema;
}

/** True when the node (through references, unions and intersections) is a closed object. */
export function isClosed(schema: Schema, lookup: SchemaLookup, seen = new Set<string>()): boolean {
  switch (schema.kind) {
    case "object":
      return schema.additionalProperties === false;
    case "ref": {
      const target = follow(schema.name, lookup, seen);
      return target !== undefined && isClosed(target, lookup, seen);
    }
    case "intersection":
      return schema.members.some((member) => isClosed(member, lookup, new Set(seen)));
    case "union":
      return schema.variants.every((variant) => isClosed(variant, lookup, new Set(seen)));
    default:
      return false;
  }
}

/** True when checking the node at the top level involves a closed-object test an `open` flag can lift. */
export function hasTopLevelClosedness(schema: Schema, lookup: SchemaLookup, seen = new Set<string>()): boolean {
  switch (schema.kind) {
    case "object":
      return schema.additionalProperties === false;
    case "ref": {
      const target = follow(schema.name, lookup, seen);
      return target !== undefined && hasTopLevelClosedness(target, lookup, seen);
    }
    case "intersection":
      return schema.members.some((member) => hasTopLevelClosedness(member, lookup, seen));
    case "union":
      return schema.variants.some((variant) => hasTopLevelClosedness(variant, lookup, seen));
    default:
      return false;
  }
}

/** Every property name and key pattern any member declares at the top level. */
export function declaredKeys(schema: Schema, lookup: SchemaLookup, seen = new Set<string>()): { names: Set<string>; patterns: Set<string> } {
  const names = new Set<string>();
  const patterns = new Set<string>();
  const visit = (node: Schema): void => {
    switch (node.kind) {
      case "object":
        for (const property of node.properties) names.add(property.wireName);
        for (const entry of node.patternProperties ?? []) patterns.add(entry.pattern);
        return;
      case "ref": {
        const target = follow(node.name, lookup, seen);
        if (target) visit(target);
        return;
      }
      case "intersection":
        node.members.forEach(visit);
        return;
      case "union":
        node.variants.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(schema);
  return { names, patterns };
}
