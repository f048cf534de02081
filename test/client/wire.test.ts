// Every Auth0 operation goes over the wire to a real HTTP server on loopback: the generated client
// sends the right method, encoded path, query, auth header and body, and decodes the reply.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiModel, Operation, Schema } from "../../generator/ir/types.js";
import { generateInto } from "../helpers/generated.js";
import { AUTH0_SPEC } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";

// it.each needs the IR while tests are collected, so the client is generated with a top-level await.
const generated = await generateInto(AUTH0_SPEC);
const model: ApiModel = generated.model;
const operations: Operation[] = model.operations;

const spec = JSON.parse(readFileSync(AUTH0_SPEC, "utf8"));
const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const specOperationIds: string[] = Object.values<any>(spec.paths).flatMap((item) =>
  Object.entries<any>(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([, op]) => op.operationId as string),
);

function resolve(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 20 && current.kind === "ref"; i++) {
    const name = current.name;
    const named = model.schemas.find((s) => s.name === name);
    if (named === undefined) break;
    current = named.schema;
  }
  return current;
}

/** A representative query value for a parameter schema. */
function sampleValue(schema: Schema): string | number | boolean | Array<string | number | boolean> {
  const s = resolve(schema);
  switch (s.kind) {
    case "string":
      return "v";
    case "number":
      return 2;
    case "boolean":
      return true;
    case "enum":
      return s.values.find((v) => v !== null) as string | number | boolean;
    case "const":
      return s.value as string;
    case "array": {
      const item = resolve(s.items);
      if (item.kind === "enum") {
        const values = item.values.filter((v) => v !== null) as Array<string | number | boolean>;
        return [values[0], values[1] ?? values[0]];
      }
      if (item.kind === "number") return [1, 2];
      return ["a", "b"];
    }
    default:
      return "v";
  }
}

interface Case {
  operationId: string;
  op: Operation;
  pathArgs: string[];
  body?: unknown;
  params?: Record<string, unknown>;
  expectedPath: string;
  expectedQuery: Record<string, string[]>;
}

function buildCase(op: Operation): Case {
  const pathArgs = op.pathParameters.map((p) => `auth0|${p.codeName}/../x?#`);
  let filled = op.path;
  op.pathParameters.forEach((p, i) => {
    filled = filled.replace(`{${p.wireName}}`, encodeURIComponent(pathArgs[i]));
  });
  let body: unknown;
  if (op.requestBody !== undefined) {
    if (op.requestBody.defaultEncoding === "multipart") {
      body = { users: new Blob(["[]"], { type: "application/json" }), connection_id: "con_1" };
    } else if (resolve(op.requestBody.schema).kind === "array") {
      body = ["x"];
    } else {
      body = { probe: op.operationId };
    }
  }
  let params: Record<string, unknown> | undefined;
  const expectedQuery: Record<string, string[]> = {};
  const members = op.requestParameters?.parameters ?? [];
  if (op.requestParameters !== undefined) {
    params = {};
    const chosen = members.filter((p, i) => p.in === "query" && (i === 0 || p.required));
    const first = members.find((p) => p.in === "query");
    if (first !== undefined && !chosen.includes(first)) chosen.unshift(first);
    for (const p of chosen) {
      const value = sampleValue(p.schema);
      params[p.codeName] = value;
      expectedQuery[p.wireName] = (Array.isArray(value) ? value : [value]).map(String);
    }
  }
  return { operationId: op.operationId, op, pathArgs, body, params, expectedPath: `/api/v2${filled}`, expectedQuery };
}

const cases: Case[] = operations.map(buildCase);

let server: LoopbackServer;
let client: any;

beforeAll(async () => {
  server = await startLoopbackServer();
  const { createClient } = await import(pathToFileURL(join(generated.dir, "index.ts")).href);
  client = createClient({ baseUrl: `${server.url}/api/v2`, token: "test-token", retry: { maxRetries: 0 } });
});

afterAll(async () => {
  await server?.close();
});

describe("wire: every Auth0 operation against a loopback server", () => {
  it("covers all 452 operations of the spec", () => {
    expect(cases.length).toBe(452);
    expect(specOperationIds.length).toBe(452);
    expect(cases.map((c) => c.operationId).sort()).toEqual([...specOperationIds].sort());
  });

  it.each(cases.map((c) => [c.operationId, c] as const))("%s", async (operationId, c) => {
    const { op } = c;
    const before = server.requests.length;
    if (op.result.kind === "void") server.enqueue({ status: 204 });
    else if (op.result.kind === "sse")
      server.enqueue({
        headers: { "content-type": "text/event-stream" },
        chunks: [`event: user.created\nid: evt_1\ndata: {"probe":"${operationId}"}\n\n`],
      });
    else server.enqueue({ json: { echo: operationId } });

    let target = client;
    for (const segment of op.groupPath) target = target[segment];
    const args: unknown[] = [...c.pathArgs];
    if (op.requestBody !== undefined) args.push(c.body);
    if (op.requestParameters !== undefined) args.push(c.params);
    const result = await target[op.name](...args);

    if (op.result.kind === "sse") {
      let first: any;
      for await (const event of result) {
        first = event;
        break;
      }
      expect(first).toMatchObject({ event: "user.created", id: "evt_1", data: { probe: operationId } });
    } else if (op.result.kind === "void") {
      expect(result).toBeUndefined();
    } else {
      expect(result).toEqual({ echo: operationId });
    }

    expect(server.requests.length).toBe(before + 1);
    const received = server.requests[before];
    expect(received.method).toBe(op.method);
    expect(received.pathname).toBe(c.expectedPath);
    expect(received.pathname).not.toContain("/..");
    // Each path parameter arrives as exactly one segment.
    expect(received.pathname.split("/").length).toBe(`/api/v2${op.path}`.split("/").length);
    for (const [key, values] of Object.entries(c.expectedQuery)) {
      expect(received.query.getAll(key), `query ${key}`).toEqual(values);
    }
    if (op.requestParameters === undefined) expect(received.search).toBe("");
    expect(received.headers.authorization).toBe("Bearer test-token");

    if (op.requestBody === undefined) {
      expect(received.body.length).toBe(0);
    } else if (op.requestBody.defaultEncoding === "multipart") {
      expect(String(received.headers["content-type"])).toMatch(/^multipart\/form-data; *boundary=/);
      const parts = received.multipart();
      expect(parts.map((p) => p.name).sort()).toEqual(["connection_id", "users"]);
      const users = parts.find((p) => p.name === "users")!;
      expect(users.filename).toBeDefined();
      expect(users.contentType).toBe("application/json");
      expect(users.text()).toBe("[]");
      expect(parts.find((p) => p.name === "connection_id")!.text()).toBe("con_1");
    } else {
      expect(String(received.headers["content-type"])).toMatch(/^application\/json/);
      expect(received.json()).toEqual(c.body);
    }
  });
});
