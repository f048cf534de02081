// List operations: `await client.users.list()` gives the first page exactly as the server sent it,
// and `for await (const user of client.users.list())` walks every item of every page.
//
// Paging styles (from the call's `paging.style`):
//   - offset:     `page`/`per_page`. Starts at the caller's `page` (default 0) and adds one per
//                 page. Stops on an empty page, a page shorter than the page size (the caller's
//                 `per_page`, else the body's `limit`, else the first page's length), or once
//                 `start + items` (or `page * size + items`) reaches the body's `total`.
//   - checkpoint: `from`/`take`. Follows the body's `next` cursor into `from` until it is absent or
//                 empty (or repeats, which would loop forever).
//   - both:       checkpoint when the caller passed `from` or `take`, offset otherwise.
// Items are `page[itemsKey]` for object bodies (or the body's only array property when no key is
// known) and the body itself for bare arrays. The runtime never adds `include_totals`: that flag
// changes the response shape (array vs object) the caller typed against, so it is sent only if the
// caller set it. Every other query parameter is sent unchanged on every page.
import { ApiPromise, type WithRawResponse } from "./api-promise.js";
import type { PagingSpec, QueryValue } from "./operation.js";

/** Fetches one page with the given query (the call's query plus the paging parameters). */
export type FetchPage<TPage> = (
  query: Record<string, QueryValue>,
) => Promise<WithRawResponse<TPage>>;

export class PagePromise<TPage, TItem>
  extends ApiPromise<TPage>
  implements AsyncIterable<TItem>
{
  readonly #fetchPage: FetchPage<TPage>;
  readonly #query: Record<string, QueryValue>;
  readonly #paging: PagingSpec | undefined;

  /**
   * @param first the first page's request, already started with `query`
   * @param query the merged query of the first request (call query + per-request query)
   */
  constructor(
    first: Promise<WithRawResponse<TPage>>,
    fetchPage: FetchPage<TPage>,
    query: Record<string, QueryValue>,
    paging: PagingSpec | undefined,
  ) {
    super(first);
    this.#fetchPage = fetchPage;
    this.#query = query;
    this.#paging = paging;
  }

  override get [Symbol.toStringTag](): string {
    return "PagePromise";
  }

  /** Every page body in order, starting with the one this promise resolves to. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    const cursor = pageCursor(this.#paging, this.#query);
    let page = (await this.withRawResponse()).data;
    for (;;) {
      yield page;
      const next = cursor.next(page);
      if (next === undefined) return;
      page = (await this.#fetchPage({ ...this.#query, ...next })).data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.pages()) {
      for (const item of pageItems<TItem>(page, this.#paging?.itemsKey))
        yield item;
    }
  }
}

/** The items of one page body (see the file comment). */
export function pageItems<TItem>(
  page: unknown,
  itemsKey: string | undefined,
): TItem[] {
  if (Array.isArray(page)) return page as TItem[];
  if (typeof page !== "object" || page === null) return [];
  const record = page as Record<string, unknown>;
  if (itemsKey !== undefined) {
    const items = record[itemsKey];
    return Array.isArray(items) ? (items as TItem[]) : [];
  }
  const arrays = Object.values(record).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as TItem[]) : [];
}

/** Decides the query for the page after `page`, or undefined when there is none. */
export interface PageCursor {
  next(page: unknown): Record<string, QueryValue> | undefined;
}

export function pageCursor(
  paging: PagingSpec | undefined,
  query: Record<string, QueryValue>,
): PageCursor {
  if (paging === undefined) return { next: () => undefined };
  const checkpoint =
    paging.style === "checkpoint" ||
    (paging.style === "both" &&
      (query["from"] !== undefined || query["take"] !== undefined));
  return checkpoint
    ? checkpointCursor(query)
    : offsetCursor(paging.itemsKey, query);
}

function checkpointCursor(query: Record<string, QueryValue>): PageCursor {
  let from = query["from"];
  return {
    next(page) {
      const next = numberOrString(field(page, "next"));
      if (next === undefined || next === "" || next === from) return undefined;
      from = next;
      return { from: next };
    },
  };
}

function offsetCursor(
  itemsKey: string | undefined,
  query: Record<string, QueryValue>,
): PageCursor {
  let pageIndex = toInt(query["page"]) ?? 0;
  const perPage = toInt(query["per_page"]);
  let firstLength: number | undefined;
  return {
    next(page) {
      const count = pageItems(page, itemsKey).length;
      if (count === 0) return undefined;
      firstLength ??= count;
      const size =
        perPage ??
        toInt(field(page, "limit")) ??
        toInt(field(page, "per_page")) ??
        // …as a camelCase client reads it (pages are renamed before paging sees them).
        toInt(field(page, "perPage")) ??
        firstLength;
      if (count < size) return undefined;
      const total = toInt(field(page, "total"));
      if (total !== undefined) {
        const start = toInt(field(page, "start")) ?? pageIndex * size;
        if (start + count >= total) return undefined;
      }
      pageIndex += 1;
      return { page: pageIndex };
    },
  };
}

function field(page: unknown, key: string): unknown {
  return typeof page === "object" && page !== null && !Array.isArray(page)
    ? (page as Record<string, unknown>)[key]
    : undefined;
}

function toInt(value: unknown): number | undefined {
  const number =
    typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number)
    ? Math.trunc(number)
    : undefined;
}

function numberOrString(value: unknown): string | undefined {
  return typeof value === "string"
    ? value
    : typeof value === "number"
      ? String(value)
      : undefined;
}
