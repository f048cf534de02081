// `naming.properties: "camel"`: property names in generated code become camelCase (`user_id` →
// `userId`) while `wireName` keeps the key on the wire. The IR has carried both since the start
// (Property.codeName / Parameter.codeName); this sets codeName, the emitters and the runtime do the
// rest. Within one object two wire names that camelCase alike (`user_id`, `userId`) would collide:
// the later keeps its wire name, with a warning.
import type { DiagnosticSink } from "../diagnostics.js";
import { camelCase } from "../ir/names.js";
import type { ApiModel, Operation, Parameter, Property } from "../ir/types.js";
import { rewriteIr } from "./rewriteIr.js";

export function camelCaseProperties(model: ApiModel, sink: DiagnosticSink): Pick<ApiModel, "schemas" | "operations"> {
  const collisions = new Set<string>();
  const casing = <T>(value: T): T =>
    rewriteIr(value, (node) => {
      if (node.kind !== "object" || !Array.isArray(node.properties)) return undefined;
      const properties = withCodeNames(node.properties as Property[], collisions);
      return properties === node.properties ? undefined : { ...node, properties };
    });
  const schemas = model.schemas.map(casing);
  const operations = model.operations.map((operation) => casing(camelCaseParameters(operation, collisions)));
  for (const wireName of [...collisions].sort()) {
    sink.warn("GEN_PROPERTY_NAME_KEPT", `"${wireName}" keeps its wire name: its camelCase form is already another property of the same object.`, undefined, "Rename one of the properties in the spec, or keep wire names.");
  }
  return { schemas, operations };
}

/** The request-parameter bag's members (query, header, cookie) are properties of a generated type too. */
function camelCaseParameters(operation: Operation, collisions: Set<string>): Operation {
  const bag = operation.requestParameters;
  if (!bag) return operation;
  const parameters = withCodeNames(bag.parameters, collisions);
  if (parameters === bag.parameters) return operation;
  const byWire = new Map(parameters.map((p) => [`${p.in} ${p.wireName}`, p]));
  const same = (list: Parameter[]) => list.map((p) => byWire.get(`${p.in} ${p.wireName}`) ?? p);
  return {
    ...operation,
    queryParameters: same(operation.queryParameters),
    headerParameters: same(operation.headerParameters),
    cookieParameters: same(operation.cookieParameters),
    requestParameters: { ...bag, parameters },
  };
}

function withCodeNames<T extends { wireName: string; codeName: string }>(members: T[], collisions: Set<string>): T[] {
  // Names already in camelCase claim themselves first, so `userId` stays `userId` beside `user_id`.
  const taken = new Set(members.filter((m) => camelCase(m.wireName) === m.wireName).map((m) => m.wireName));
  let changed = false;
  const result = members.map((member) => {
    const camel = camelCase(member.wireName);
    if (camel === member.wireName) return member;
    const free = camel !== "" && !taken.has(camel);
    if (!free) collisions.add(member.wireName);
    const codeName = free ? camel : member.wireName;
    taken.add(codeName);
    if (codeName === member.codeName) return member;
    changed = true;
    return { ...member, codeName };
  });
  return changed ? result : members;
}
