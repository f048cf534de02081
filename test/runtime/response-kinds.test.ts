// Operations whose success body is text or a file: the runtime returns a string or a Blob, as the
// generated return types promise, without trying to parse JSON.
import { describe, expect, it } from "vitest";
import { makeCore, useServer } from "./helpers.js";

describe("text and binary responses", () => {
  const server = useServer();

  it("returns a text body as a string, even when it looks like JSON", async () => {
    server().enqueue({ headers: { "content-type": "text/plain" }, body: '{"not":"parsed"}' });
    const text = await makeCore(server()).request<string>({ operationId: "get_text", method: "GET", path: "/text", bodyEncoding: "none", responseKind: "text" });
    expect(text).toBe('{"not":"parsed"}');
  });

  it("returns a binary body as a Blob with the exact bytes", async () => {
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13]);
    server().enqueue({ headers: { "content-type": "application/octet-stream" }, body: bytes });
    const blob = await makeCore(server()).request<Blob>({ operationId: "get_file", method: "GET", path: "/file", bodyEncoding: "none", responseKind: "binary" });
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});
