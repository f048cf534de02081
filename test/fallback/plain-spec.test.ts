// A spec without the Auth0 extensions (Petstore-like, with tags and operationIds, plus one
// operation with neither) still gives a sensible client: groups from the first tag, methods from
// the operationId, a name derived from method and path when even that is missing; it compiles and
// works on the wire.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateInto, typeCheck, type GeneratedOutput } from "../helpers/generated.js";
import { TSC7 } from "../helpers/paths.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";

const pet = { type: "object", required: ["id", "name"], properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, tag: { type: "string" } } };
const spec = {
  openapi: "3.0.3",
  info: { title: "Pet shop", version: "1.0.0" },
  servers: [{ url: "http://localhost/v1" }],
  paths: {
    "/pets": {
      get: {
        tags: ["pets"],
        operationId: "listPets",
        parameters: [{ name: "limit", in: "query", schema: { type: "integer", maximum: 100 } }],
        responses: { "200": { description: "A page of pets", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } } } },
      },
      post: {
        tags: ["pets"],
        operationId: "createPets",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
        responses: { "201": { description: "Created" } },
      },
    },
    "/pets/{petId}": {
      get: {
        tags: ["pets"],
        operationId: "showPetById",
        parameters: [{ name: "petId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "One pet", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } }, default: { description: "error" } },
      },
    },
    "/store/inventory": {
      get: { responses: { "200": { description: "Counts by status", content: { "application/json": { schema: { type: "object", additionalProperties: { type: "integer" } } } } } } },
    },
  },
  components: { schemas: { Pet: pet } },
};

let output: GeneratedOutput;
let server: LoopbackServer;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "gen-plain-")), "petshop.json");
  writeFileSync(file, JSON.stringify(spec));
  output = await generateInto(file);
  server = await startLoopbackServer();
}, 60_000);
afterAll(() => server?.close());

describe("a spec without vendor extensions", () => {
  it("groups by first tag and names methods from operationIds, with a path-based fallback", () => {
    const surface = output.model.operations.map((o) => `${[...o.groupPath, o.name].join(".")} (${o.namingSource})`).sort();
    expect(surface).toEqual([
      "pets.createPets (tags-and-operation-id)",
      "pets.listPets (tags-and-operation-id)",
      "pets.showPetById (tags-and-operation-id)",
      expect.stringMatching(/^store\.\w+ \(tags-and-operation-id\)$/),
    ]);
  });

  it("compiles under strict TypeScript 7", () => {
    const { status, output: log } = typeCheck(TSC7, output.dir);
    expect(log).toBe("");
    expect(status).toBe(0);
  }, 60_000);

  it("calls the API on the wire", async () => {
    const { createClient } = await import(pathToFileURL(join(output.dir, "index.ts")).href);
    const client = createClient({ baseUrl: server.url });
    server.enqueue({ json: [{ id: 1, name: "Rex" }] }, { json: { id: 1, name: "Rex" } });
    expect(await client.pets.listPets({ limit: 10 })).toEqual([{ id: 1, name: "Rex" }]);
    expect(server.last().rawPath).toBe("/pets?limit=10");
    expect(await client.pets.showPetById("a b/c")).toEqual({ id: 1, name: "Rex" });
    expect(server.last().rawPath).toBe("/pets/a%20b%2Fc");
  });
});
