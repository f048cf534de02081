// How a list operation pages, and where its items live in the response.
//
// Offset paging: `page` + `per_page` (with optional `include_totals`). Checkpoint paging: `take`
// with the `from` cursor; `from` alone is a date or stream cursor, not paging. The items are the
// body itself when it is an array, else the single array property of the paged object variant.
import type { Operation, Pagination, Schema } from "../ir/types.js";

const PAGE = "page";
const PER_PAGE = "per_page";
const INCLUDE_TOTALS = "include_totals";
const FROM = "from";
const TAKE = "take";

export function detectPagination(operation: Operation, resolveSchema: (schema: Schema) => Schema): Pagination | undefined {
  if (operation.method !== "GET") return undefined;
  const query = new Set(operation.queryParameters.map((p) => p.wireName));
  const offset = query.has(PAGE) && query.has(PER_PAGE);
  const checkpoint = query.has(TAKE);
  const style: Pagination["style"] = offset && checkpoint ? "both" : offset ? "offset" : checkpoint ? "checkpoint" : "none";
  const items = operation.result.kind === "json" ? findItems(operation.result.schema, resolveSchema) : undefined;
  // Without paging parameters, a GET is still a list when its name says so or its body is a bare array.
  const looksLikeList = /^list/.test(operation.name) || query.has(INCLUDE_TOTALS) || (items !== undefined && items.key === undefined);
  if (style === "none" && !looksLikeList) return undefined;

  const parameters: Pagination["parameters"] = {};
  if (query.has(PAGE)) parameters.page = PAGE;
  if (query.has(PER_PAGE)) parameters.perPage = PER_PAGE;
  if (query.has(INCLUDE_TOTALS)) parameters.includeTotals = INCLUDE_TOTALS;
  if (checkpoint && query.has(FROM)) parameters.from = FROM;
  if (checkpoint) parameters.take = TAKE;
  const pagination: Pagination = { style, parameters };
  if (items?.key) pagination.itemsKey = items.key;
  if (items) pagination.itemSchema = items.schema;
  return pagination;
}

interface Items {
  key?: string;
  schema: Schema;
}

/** Looks through the result's variants for a bare array or an object with exactly one array property. */
function findItems(schema: Schema, resolveSchema: (schema: Schema) => Schema): Items | undefined {
  const variants = flatten(resolveSchema(schema), resolveSchema);
  let bare: Items | undefined;
  for (const variant of variants) {
    if (variant.kind === "array") bare ??= { schema: variant.items };
    if (variant.kind === "object") {
      const arrays = variant.properties.filter((p) => resolveSchema(p.schema).kind === "array");
      if (arrays.length === 1) {
        const array = resolveSchema(arrays[0].schema);
        if (array.kind === "array") return { key: arrays[0].wireName, schema: array.items };
      }
    }
  }
  return bare;
}

function flatten(schema: Schema, resolveSchema: (schema: Schema) => Schema): Schema[] {
  if (schema.kind === "union") return schema.variants.flatMap((v) => flatten(resolveSchema(v), resolveSchema));
  return [schema];
}
