// Request bodies on the wire: JSON, form-urlencoded and multipart uploads.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { encodeForm } from "../../templates/client/runtime/form.js";
import { makeClient, makeCore, op, useServer } from "./helpers.js";

/** Bytes covering every value 0–255 plus a fake boundary and CRLFs, to catch any re-encoding. */
function awkwardBytes(size = 4096): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set(new TextEncoder().encode("\r\n------formdata-undici-0\r\n\r\n"), 100);
  return bytes;
}

describe("bodies", () => {
  const server = useServer();

  it("sends JSON by default", async () => {
    server().enqueue({ status: 201, json: { user_id: "u1" } });
    await makeClient(server()).users.create({ email: "a@b.c", connection: "db", app_metadata: { plan: "pro" } });
    const request = server().last();
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.json()).toEqual({ email: "a@b.c", connection: "db", app_metadata: { plan: "pro" } });
  });

  it("sends application/x-www-form-urlencoded when selected per request", async () => {
    server().enqueue({ status: 201, json: { user_id: "u1" } });
    await makeClient(server()).users.create(
      { email: "a+b@c.d", connection: "db", roles: ["admin", "viewer"], app_metadata: { plan: "pro", n: 1 } },
      { bodyEncoding: "form" },
    );
    const request = server().last();
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const form = request.form();
    expect(form.get("email")).toBe("a+b@c.d");
    expect(form.getAll("roles")).toEqual(["admin", "viewer"]);
    expect(JSON.parse(form.get("app_metadata")!)).toEqual({ plan: "pro", n: 1 });
  });

  it("encodes form scalars, nulls and dates by the documented rules", () => {
    const form = encodeForm({ yes: true, n: 3, nothing: null, skipped: undefined, at: new Date(Date.UTC(2026, 0, 2)), list: [1, { a: 1 }] });
    expect(form.toString()).toBe("yes=true&n=3&nothing=&at=2026-01-02T00%3A00%3A00.000Z&list=1&list=%7B%22a%22%3A1%7D");
  });

  it("refuses an encoding the operation does not accept", async () => {
    await expect(makeClient(server()).users.get("u1", undefined, { bodyEncoding: "form" })).rejects.toThrow(/does not accept a form body/);
    await expect(
      makeClient(server()).jobs.importUsers({ users: new Uint8Array([1]), connection_id: "c" }, { bodyEncoding: "json" }),
    ).rejects.toThrow(/accepts multipart/);
    expect(server().requests).toHaveLength(0);
  });

  it("uploads a multipart file received byte for byte, with the other fields", async () => {
    const bytes = awkwardBytes();
    server().enqueue({ status: 202, json: { id: "job_1", status: "pending" } });
    const job = await makeClient(server()).jobs.importUsers({
      users: { data: bytes, filename: "users.json", contentType: "application/json" },
      connection_id: "con_123",
      upsert: true,
      external_id: undefined,
    });
    expect(job).toEqual({ id: "job_1", status: "pending" });
    const request = server().last();
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const parts = request.multipart();
    expect(parts.map((p) => p.name)).toEqual(["users", "connection_id", "upsert"]);
    const file = parts[0]!;
    expect(file.filename).toBe("users.json");
    expect(file.contentType).toBe("application/json");
    expect(Buffer.compare(file.data, Buffer.from(bytes))).toBe(0);
    expect(parts[1]!.text()).toBe("con_123");
    expect(parts[2]!.text()).toBe("true");
  });

  it("accepts Blob, File, Buffer, ArrayBuffer, Node Readable, ReadableStream and { path } as files", async () => {
    const bytes = awkwardBytes(2000);
    const dir = await mkdtemp(join(tmpdir(), "runtime-upload-"));
    const filePath = join(dir, "import-users.json");
    await writeFile(filePath, bytes);
    try {
      const inputs: Array<[string, unknown, string]> = [
        ["Blob", new Blob([bytes]), "users"],
        ["File", new File([bytes], "named.json", { type: "application/json" }), "named.json"],
        ["Buffer", Buffer.from(bytes), "users"],
        ["ArrayBuffer", bytes.slice().buffer, "users"],
        ["Readable", Readable.from([Buffer.from(bytes.subarray(0, 700)), Buffer.from(bytes.subarray(700))]), "users"],
        [
          "ReadableStream",
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes.subarray(0, 1000));
              controller.enqueue(bytes.subarray(1000));
              controller.close();
            },
          }),
          "users",
        ],
        ["path", { path: filePath }, "import-users.json"],
      ];
      for (const [label, users, filename] of inputs) {
        server().enqueue({ status: 202, json: { id: label, status: "pending" } });
        await makeClient(server()).jobs.importUsers({ users: users as Blob, connection_id: "con_1" });
        const file = server().last().multipart().find((p) => p.name === "users");
        expect(file?.filename, label).toBe(filename);
        expect(Buffer.compare(file!.data, Buffer.from(bytes)), label).toBe(0);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("replays a multipart body built from a stream on retry", async () => {
    const bytes = awkwardBytes(1500);
    server().enqueue({ status: 429, headers: { "retry-after": "0" } }, { status: 202, json: { id: "j", status: "pending" } });
    await makeClient(server()).jobs.importUsers({ users: Readable.from([Buffer.from(bytes)]), connection_id: "c" });
    expect(server().requests).toHaveLength(2);
    for (const request of server().requests) {
      expect(Buffer.compare(request.multipart()[0]!.data, Buffer.from(bytes))).toBe(0);
    }
  });

  it("sends no body and no content-type for bodiless calls", async () => {
    server().enqueue({ status: 204 });
    await makeClient(server()).users.delete("u1");
    const request = server().last();
    expect(request.body.length).toBe(0);
    expect(request.headers["content-type"]).toBeUndefined();
  });

  it("sends a JSON body on DELETE when the operation has one", async () => {
    server().enqueue({ status: 204 });
    await makeCore(server()).request(op({ path: "/roles/r1/users", method: "DELETE", body: { users: ["u1"] }, bodyEncoding: "json", responseKind: "void" }));
    expect(server().last().json()).toEqual({ users: ["u1"] });
  });
});
