// Key shapes (keyShapes.ts) as TypeScript: the generated `keyShapes.ts` of a camelCase client,
// one exported constant per component schema with a rename beneath it, and the `bodyKeys` /
// `resultKeys` values of each call. Named shapes refer to each other through a function,
// `{ ref: () => UserKeys }`, so recursion works whatever the declaration order and a bundler keeps
// only the constants an app's operations reach (one table object would carry every shape).
import { isIdentifier } from "../../ir/names.js";
import type { ApiModel, Operation } from "../../ir/types.js";
import { jsString } from "../shared/literals.js";
import type { KeyShape, KeyShapePlan } from "./keyShapes.js";

/** The namespace resource and function modules import `keyShapes.ts` under. */
export const KEY_SHAPES_NAMESPACE = "K";

export interface KeyShapesView {
  /** `export const UserKeys: KeyShape = { … };`, one per component schema with a rename beneath it, in model order. */
  declarations: string[];
  /** The module `KeyShape` is imported from. */
  runtimeModule: string;
}

/** Names schemas' shape constants: `${typeName}Keys` (type names are unique identifiers, so these are too). */
export type ShapeNames = (schemaName: string) => string;

export function shapeNames(model: ApiModel): ShapeNames {
  const typeNames = new Map(model.schemas.map((s) => [s.name, s.typeName]));
  return (name) => `${typeNames.get(name)}Keys`;
}

export function buildKeyShapesView(plan: KeyShapePlan, names: ShapeNames): KeyShapesView {
  const declarations = [...plan.shapes].map(([name, shape]) => `export const ${names(name)}: KeyShape = ${printShape(shape, names, true)};`);
  return { declarations, runtimeModule: "./runtime/index.js" };
}

/**
 * The `bodyKeys` / `resultKeys` entries of an operation's call literal, `[key, expression]`; a
 * component's shape is referenced as `K.UserKeys`, an inline one printed in place.
 */
export function keyShapeFields(operation: Operation, plan: KeyShapePlan, names: ShapeNames): Array<[string, string]> {
  const qualified: ShapeNames = (name) => `${KEY_SHAPES_NAMESPACE}.${names(name)}`;
  const value = (shape: KeyShape) => ("ref" in shape ? qualified(shape.ref) : printShape(shape, qualified));
  const { bodyKeys, resultKeys } = plan.forOperation(operation);
  const fields: Array<[string, string]> = [];
  if (bodyKeys) fields.push(["bodyKeys", value(bodyKeys)]);
  if (resultKeys) fields.push(["resultKeys", value(resultKeys)]);
  return fields;
}

/** True when the call's shapes name a component's shape, so its module imports keyShapes.ts. */
export function callUsesKeyShapes(operation: Operation, plan: KeyShapePlan): boolean {
  const { bodyKeys, resultKeys } = plan.forOperation(operation);
  return [bodyKeys, resultKeys].some((shape) => shape !== undefined && namesComponent(shape));
}

function namesComponent(shape: KeyShape): boolean {
  if ("ref" in shape) return true;
  if ("items" in shape) return namesComponent(shape.items);
  if ("anyOf" in shape) return shape.anyOf.some(namesComponent);
  return Object.values(shape.props).some(([, child]) => child !== undefined && namesComponent(child)) || (shape.extra !== undefined && namesComponent(shape.extra));
}

/** `multiline`: a top-level object's properties one a line, for a readable keyShapes.ts. */
function printShape(shape: KeyShape, names: ShapeNames, multiline = false): string {
  if ("ref" in shape) return `{ ref: () => ${names(shape.ref)} }`;
  if ("items" in shape) return `{ items: ${printShape(shape.items, names)} }`;
  if ("anyOf" in shape) return `{ anyOf: [${shape.anyOf.map((m) => printShape(m, names)).join(", ")}] }`;
  const props = Object.entries(shape.props).map(([code, [wire, child]]) => `${propertyKey(code)}: [${jsString(wire)}${child ? `, ${printShape(child, names)}` : ""}]`);
  const extra = shape.extra ? printShape(shape.extra, names) : undefined;
  if (!multiline || props.length === 0) {
    return `{ props: ${props.length === 0 ? "{}" : `{ ${props.join(", ")} }`}${extra ? `, extra: ${extra}` : ""} }`;
  }
  return `{\n  props: {\n${props.map((p) => `    ${p},\n`).join("")}  },\n${extra ? `  extra: ${extra},\n` : ""}}`;
}

/** A key in an object literal; `__proto__` computed, since a literal `"__proto__":` sets the prototype. */
function propertyKey(key: string): string {
  if (key === "__proto__") return `[${jsString(key)}]`;
  return isIdentifier(key) ? key : jsString(key);
}
