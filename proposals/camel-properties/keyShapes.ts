// PROPOSED generator side (generator/emit/client/keyShapes.ts) of `naming.properties: "camel"`:
// IR (with Property.codeName set by naming/propertyCasing.ts) → the data the runtime's
// key-mapping.ts needs. Only schemas with a rename somewhere beneath them get a shape.
import type { ApiModel, Operation, Schema } from "../../generator/ir/types.js";
import type { KeyShape, KeyShapes } from "./key-mapping.js";

export interface KeyShapePlan {
  /** Shapes of component schemas, by spec name: the emitter prints this table into `keyShapes.ts`. */
  shapes: KeyShapes;
  /** Per operation: the shape of its request body and of its result (JSON body or SSE event data). */
  forOperation(operation: Operation): { bodyKeys?: KeyShape; resultKeys?: KeyShape };
}

export function buildKeyShapes(model: ApiModel): KeyShapePlan {
  // Which components need a shape depends on what they reach (recursively): grow the set to a fixpoint.
  const needing = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const named of model.schemas) {
      if (!needing.has(named.name) && shapeOf(named.schema, needing) !== undefined) {
        needing.add(named.name);
        grew = true;
      }
    }
  }
  const shapes: KeyShapes = {};
  for (const named of model.schemas) if (needing.has(named.name)) shapes[named.name] = shapeOf(named.schema, needing)!;
  return {
    shapes,
    forOperation(operation) {
      const body = operation.requestBody && shapeOf(operation.requestBody.schema, needing);
      const result = operation.result.kind === "json" || operation.result.kind === "sse" ? shapeOf(operation.result.schema, needing) : undefined;
      return { ...(body ? { bodyKeys: body } : {}), ...(result ? { resultKeys: result } : {}) };
    },
  };
}

function shapeOf(schema: Schema, needing: Set<string>): KeyShape | undefined {
  switch (schema.kind) {
    case "ref":
      return needing.has(schema.name) ? { ref: schema.name } : undefined;
    case "object": {
      const props: Record<string, [string, KeyShape?]> = {};
      for (const p of schema.properties) {
        const child = shapeOf(p.schema, needing);
        if (p.codeName !== p.wireName || child) props[p.codeName] = child ? [p.wireName, child] : [p.wireName];
      }
      const extra = typeof schema.additionalProperties === "object" ? shapeOf(schema.additionalProperties, needing) : undefined;
      if (Object.keys(props).length === 0 && !extra) return undefined;
      return extra ? { props, extra } : { props };
    }
    case "array": {
      const items = shapeOf(schema.items, needing);
      return items && { items };
    }
    case "union":
    case "intersection": {
      const members = (schema.kind === "union" ? schema.variants : schema.members).map((m) => shapeOf(m, needing)).filter((m): m is KeyShape => m !== undefined);
      return members.length === 0 ? undefined : members.length === 1 ? members[0] : { anyOf: members };
    }
    default:
      return undefined;
  }
}
