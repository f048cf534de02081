// Paging through list operations: offset, checkpoint, and "both".
import { describe, expect, it } from "vitest";
import { PagePromise, pageItems } from "../../templates/client/runtime/index.js";
import type { RecordedRequest, Reply } from "../support/loopback-server.js";
import { makeClient, makeCore, op, useServer } from "./helpers.js";

const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ user_id: `u${from + i}` }));

describe("paging", () => {
  const server = useServer();

  it("awaits to the first page body as sent", async () => {
    server().enqueue({ json: { start: 0, limit: 2, length: 2, total: 5, users: users(0, 2) } });
    const promise = makeClient(server()).users.list({ per_page: 2, include_totals: true });
    expect(promise).toBeInstanceOf(PagePromise);
    expect(await promise).toEqual({ start: 0, limit: 2, length: 2, total: 5, users: users(0, 2) });
    expect(server().requests).toHaveLength(1);
  });

  it("iterates 3 offset pages, stopping at total, passing include_totals only because the caller set it", async () => {
    server().on("GET", "/users", (request): Reply => {
      const page = Number(request.query.get("page"));
      const perPage = Number(request.query.get("per_page"));
      const start = page * perPage;
      const count = Math.max(0, Math.min(perPage, 7 - start));
      return { json: { start, limit: perPage, length: count, total: 7, users: users(start, count) } };
    });
    const seen: string[] = [];
    for await (const user of makeClient(server()).users.list({ per_page: 3, include_totals: true, q: 'email:"a@b.c"' })) seen.push(user.user_id);
    expect(seen).toEqual(["u0", "u1", "u2", "u3", "u4", "u5", "u6"]);
    // Three requests (7 items, 3 per page): the third page is short and reaches total. The first
    // request is sent as the caller wrote it (no page = the server's page 0).
    expect(server().requests.map((r) => r.query.get("page"))).toEqual([null, "1", "2"]);
    for (const request of server().requests) {
      expect(request.query.get("per_page")).toBe("3");
      expect(request.query.get("include_totals")).toBe("true");
      expect(request.query.get("q")).toBe('email:"a@b.c"');
    }
  });

  it("pages bare arrays from the caller's page, stops on a short page, never adds include_totals", async () => {
    server().enqueue({ json: users(10, 5) }, { json: users(15, 5) }, { json: users(20, 2) });
    const seen: string[] = [];
    for await (const user of makeClient(server()).users.list({ page: 2, per_page: 5 })) seen.push(user.user_id);
    expect(seen).toEqual(users(10, 12).map((u) => u.user_id));
    expect(server().requests.map((r) => r.query.get("page"))).toEqual(["2", "3", "4"]);
    expect(server().requests.every((r: RecordedRequest) => !r.query.has("include_totals"))).toBe(true);
  });

  it("uses the first page's length as the page size when the caller gave none, and stops on an empty page", async () => {
    server().enqueue({ json: users(0, 4) }, { json: users(4, 4) }, { json: [] });
    const seen: string[] = [];
    for await (const user of makeClient(server()).users.list()) seen.push(user.user_id);
    expect(seen).toHaveLength(8);
    expect(server().requests.map((r) => r.query.get("page"))).toEqual([null, "1", "2"]);
  });

  it("follows checkpoint `next` cursors across 3 pages", async () => {
    server().enqueue(
      { json: { client_grants: [{ id: "g1" }, { id: "g2" }], next: "cursor-2" } },
      { json: { client_grants: [{ id: "g3" }, { id: "g4" }], next: "cursor-3" } },
      { json: { client_grants: [{ id: "g5" }] } },
    );
    const ids: string[] = [];
    for await (const grant of makeClient(server()).clientGrants.list({ take: 2, audience: "https://api" })) ids.push(grant.id);
    expect(ids).toEqual(["g1", "g2", "g3", "g4", "g5"]);
    expect(server().requests.map((r) => r.query.get("from"))).toEqual([null, "cursor-2", "cursor-3"]);
    expect(server().requests.map((r) => r.query.get("take"))).toEqual(["2", "2", "2"]);
    expect(server().requests.map((r) => r.query.get("audience"))).toEqual(["https://api", "https://api", "https://api"]);
  });

  it("stops checkpoint paging on an empty next and on a repeated cursor", async () => {
    server().enqueue({ json: { client_grants: [{ id: "g1" }], next: "" } });
    const first: string[] = [];
    for await (const grant of makeClient(server()).clientGrants.list()) first.push(grant.id);
    expect(first).toEqual(["g1"]);

    server().reset();
    server().enqueue({ json: { client_grants: [{ id: "g1" }], next: "same" } }, { json: { client_grants: [{ id: "g2" }], next: "same" } });
    const second: string[] = [];
    for await (const grant of makeClient(server()).clientGrants.list()) second.push(grant.id);
    expect(second).toEqual(["g1", "g2"]);
    expect(server().requests).toHaveLength(2);
  });

  it('uses checkpoint paging for style "both" when the caller passed from or take', async () => {
    server().enqueue(
      { json: { logs: [{ log_id: "l1" }], next: "n2" } },
      { json: { logs: [{ log_id: "l2" }], next: "n3" } },
      { json: { logs: [{ log_id: "l3" }] } },
    );
    const ids: string[] = [];
    for await (const log of makeClient(server()).logs.list({ take: 1 })) ids.push(log.log_id);
    expect(ids).toEqual(["l1", "l2", "l3"]);
    expect(server().requests.map((r) => r.search)).toEqual(["take=1", "from=n2&take=1", "from=n3&take=1"]);
  });

  it('uses offset paging for style "both" otherwise', async () => {
    server().enqueue({ json: [{ log_id: "l1" }, { log_id: "l2" }] }, { json: [{ log_id: "l3" }, { log_id: "l4" }] }, { json: [{ log_id: "l5" }] });
    const ids: string[] = [];
    for await (const log of makeClient(server()).logs.list({ per_page: 2 })) ids.push(log.log_id);
    expect(ids).toEqual(["l1", "l2", "l3", "l4", "l5"]);
    expect(server().requests.map((r) => r.search)).toEqual(["per_page=2", "page=1&per_page=2", "page=2&per_page=2"]);
  });

  it("iterates page bodies with pages() and reuses the first request", async () => {
    server().enqueue({ json: { logs: [{ log_id: "l1" }], next: "n2" } }, { json: { logs: [{ log_id: "l2" }] } });
    const promise = makeClient(server()).logs.list({ from: "start" });
    const first = await promise;
    const pages = [];
    for await (const page of promise.pages()) pages.push(page);
    expect(pages).toEqual([first, { logs: [{ log_id: "l2" }] }]);
    expect(server().requests).toHaveLength(2);
  });

  it("treats a list call without a paging spec as a single page", async () => {
    server().enqueue({ json: { triggers: [{ id: "t1" }, { id: "t2" }] } });
    const ids: string[] = [];
    for await (const trigger of makeCore(server()).list<unknown, { id: string }>(op({ path: "/actions/triggers" }))) ids.push(trigger.id);
    expect(ids).toEqual(["t1", "t2"]);
    expect(server().requests).toHaveLength(1);
  });

  it("propagates an error from a later page to the loop", async () => {
    server().enqueue({ json: users(0, 2) }, { status: 404, json: { message: "gone" } });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const user of makeClient(server()).users.list({ per_page: 2 })) seen.push(user.user_id);
      })(),
    ).rejects.toThrow(/404/);
    expect(seen).toEqual(["u0", "u1"]);
  });

  it("reads items from arrays, the items key, or the only array property", () => {
    expect(pageItems([1, 2], "users")).toEqual([1, 2]);
    expect(pageItems({ users: [1], total: 1 }, "users")).toEqual([1]);
    expect(pageItems({ roles: [3], total: 1 }, undefined)).toEqual([3]);
    expect(pageItems({ a: [1], b: [2] }, undefined)).toEqual([]);
    expect(pageItems(undefined, "users")).toEqual([]);
  });
});
