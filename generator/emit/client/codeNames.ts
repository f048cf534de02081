// The IR keeps a few paging names as wire names (Pagination.itemsKey, its include_totals
// parameter) because the normalizer decided them before any naming option applied. Where the
// client prints them as keys of code-side values they must be the code names: pages are read after
// the runtime renamed their keys, and overloads add a member to the request-parameters type.
// With wire names (the default) both functions return their input.
import type { Operation, Schema } from "../../ir/types.js";

/** The code name of the paged object's items property (`clientGrants` for `client_grants`). */
export function itemsKeyCodeName(operation: Operation, itemsKey: string, schemasByName: Map<string, Schema>): string {
  if (operation.result.kind !== "json") return itemsKey;
  const seen = new Set<string>();
  const visit = (schema: Schema): string | undefined => {
    if (schema.kind === "ref") {
      const target = schemasByName.get(schema.name);
      if (!target || seen.has(schema.name)) return undefined;
      seen.add(schema.name);
      return visit(target);
    }
    if (schema.kind === "union") return schema.variants.map(visit).find((name) => name !== undefined);
    if (schema.kind === "object") return schema.properties.find((p) => p.wireName === itemsKey)?.codeName;
    return undefined;
  };
  return visit(operation.result.schema) ?? itemsKey;
}

/** The code name of a request-parameters member, by its wire name. */
export function parameterCodeName(operation: Operation, wireName: string): string {
  return operation.requestParameters?.parameters.find((p) => p.in === "query" && p.wireName === wireName)?.codeName ?? wireName;
}
