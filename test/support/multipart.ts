// A small multipart/form-data parser for tests: the server side of upload tests needs to see each
// part's headers and exact bytes, and no dependency is wanted for that.

export interface MultipartPart {
  /** The `name` from Content-Disposition. */
  name: string;
  /** The `filename` from Content-Disposition, for file parts. */
  filename: string | undefined;
  /** The part's Content-Type, if it sent one. */
  contentType: string | undefined;
  /** All part headers, lower-cased names. */
  headers: Record<string, string>;
  /** The part's body, byte for byte. */
  data: Buffer;
  text(): string;
}

/** Splits a multipart body using the boundary from its Content-Type header. */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartPart[] {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (!match) throw new Error(`Not a multipart content type: ${contentType}`);
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(boundary);
  if (position < 0) throw new Error("Multipart boundary not found in body");
  for (;;) {
    position += boundary.length;
    // `--` after a boundary marks the end of the body.
    if (body.subarray(position, position + 2).toString() === "--") break;
    position += 2; // CRLF after the boundary line
    const headerEnd = body.indexOf("\r\n\r\n", position);
    if (headerEnd < 0) throw new Error("Unterminated multipart part headers");
    const headers: Record<string, string> = {};
    for (const line of body.subarray(position, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), boundary]), headerEnd + 4);
    if (next < 0) throw new Error("Unterminated multipart part body");
    const data = body.subarray(headerEnd + 4, next);
    const disposition = headers["content-disposition"] ?? "";
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? "";
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    parts.push({
      name,
      filename,
      contentType: headers["content-type"],
      headers,
      data: Buffer.from(data),
      text: () => data.toString("utf8"),
    });
    position = next + 2;
  }
  return parts;
}
