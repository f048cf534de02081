// camelCase property names, the generator side: the IR (with Property.codeName set by
// naming/propertyCasing.ts) → the shapes the runtime's key-mapping.ts renames keys by. Only schemas
// with a rename somewhere beneath them get a shape, so a client with wire names gets none at all
// and its output does not change.
//
// Shapes here refer to component schemas by name; keyShapesFile.ts prints them as the runtime's
// `{ ref: () => XKeys }`.
import type { ApiModel, Operation, Schema } from "../../ir/types.js";

/** The runtime's KeyShape (templates/client/runtime/key-mapping.ts), with refs by schema name. */
export type KeyShape =
  | { ref: string }
  | { props: Record<string, [wire: string, value?: KeyShape]>; extra?: KeyShape }
  | { items: KeyShape }
  | { anyOf: KeyShape[] };

export interface KeyShapePlan {
  /** Shapes of component schemas, by spec name, in model order. Empty when nothing is renamed. */
  shapes: Map<string, KeyShape>;
  /** The shape of an operation's request body and of its result (JSON body or SSE event data). */
  forOperation(operation: Operation): OperationKeys;
  /** True when some call renames keys, so the client must hand Core the runtime's key mapping. */
  mapsKeys(operations: Operation[]): boolean;
}

export interface OperationKeys {
  bodyKeys?: KeyShape;
  resultKeys?: KeyShape;
}

export function buildKeyShapes(model: ApiModel): KeyShapePlan {
  // Whether a component needs a shape depends on what it reaches, recursion included: grow the set
  // to a fixpoint. With wire names the first round finds nothing and that is the end of it.
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
  const shapes = new Map<string, KeyShape>();
  for (const named of model.schemas) if (needing.has(named.name)) shapes.set(named.name, shapeOf(named.schema, needing)!);
  // Asked once per operation by the call fields and again by the modules' imports: computed once.
  const byOperation = new Map<Operation, OperationKeys>();
  const forOperation = (operation: Operation): OperationKeys => {
    let keys = byOperation.get(operation);
    if (!keys) {
      // Inline schemas can rename keys even when no component does, so every operation is looked at.
      const body = operation.requestBody && shapeOf(operation.requestBody.schema, needing);
      const result = operation.result.kind === "json" || operation.result.kind === "sse" ? shapeOf(operation.result.schema, needing) : undefined;
      keys = { ...(body ? { bodyKeys: body } : {}), ...(result ? { resultKeys: result } : {}) };
      byOperation.set(operation, keys);
    }
    return keys;
  };
  return {
    shapes,
    forOperation,
    mapsKeys: (operations) => operations.some((o) => Object.keys(forOperation(o)).length > 0),
  };
}

/** The shape of one schema, or undefined when no key beneath it is renamed. */
function shapeOf(schema: Schema, needing: Set<string>): KeyShape | undefined {
  switch (schema.kind) {
    case "ref":
      return needing.has(schema.name) ? { ref: schema.name } : undefined;
    case "object": {
      const entries: Array<[string, [string, KeyShape?]]> = [];
      for (const p of schema.properties) {
        const child = shapeOf(p.schema, needing);
        if (p.codeName !== p.wireName || child) entries.push([p.codeName, child ? [p.wireName, child] : [p.wireName]]);
      }
      // A map's keys are data and stay as they are; only its values can have renames.
      const extra = typeof schema.additionalProperties === "object" ? shapeOf(schema.additionalProperties, needing) : undefined;
      if (entries.length === 0 && !extra) return undefined;
      // fromEntries: a spec's `__proto__` property stays an own key.
      const props = Object.fromEntries(entries);
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
