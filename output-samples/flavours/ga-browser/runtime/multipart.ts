// `multipart/form-data` bodies (the spec's one upload: POST /jobs/users-imports). The body object's
// properties become parts. A property whose value is an `Uploadable` becomes a file part; every
// other value follows the form rules in form.ts (arrays repeat the field, objects become JSON).
//
// Accepted file values (`Uploadable`):
//   - Blob or File                       → sent as is (a File's name is the part's filename)
//   - Uint8Array / Buffer / ArrayBuffer / any ArrayBufferView
//   - ReadableStream<Uint8Array>, or any AsyncIterable of bytes or strings (e.g. a Node `Readable`
//     such as `fs.createReadStream(...)`)
//   - `{ path: "./users.json" }`         → read from disk (Node, Deno and Bun only)
//   - `{ data: <any of the above but path>, filename?: "users.json", contentType?: "application/json" }`
//     to name the part or set its type; `{ path, filename?, contentType? }` works the same way.
// Streams and files are read into memory before sending: the request then has a known length, and
// can be replayed on a retry (a consumed stream cannot). Auth0 caps import files at 500 KB.
// The part's filename defaults to the File's name, the path's base name, or the field name.
import { formText } from "./form.js";

export type FileData =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

export interface FileFromPath {
  path: string;
  filename?: string;
  contentType?: string;
}

export interface FileWithMetadata {
  data: FileData;
  filename?: string;
  contentType?: string;
}

/** What a file field of a multipart body accepts. */
export type Uploadable = FileData | FileFromPath | FileWithMetadata;

/** A redaction-free summary for logs: field names and file sizes, never contents. */
export interface MultipartSummary {
  multipart: true;
  fields: string[];
  files: Array<{
    field: string;
    filename: string;
    size: number;
    contentType: string;
  }>;
}

export async function encodeMultipart(
  body: unknown,
): Promise<{ form: FormData; summary: MultipartSummary }> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TypeError("A multipart body must be a plain object of fields");
  }
  if (typeof FormData === "undefined" || typeof Blob === "undefined") {
    throw new TypeError(
      "multipart/form-data bodies need the global FormData and Blob (Node 18+, browsers, Deno, Bun)",
    );
  }
  const form = new FormData();
  const summary: MultipartSummary = { multipart: true, fields: [], files: [] };
  for (const [field, value] of Object.entries(
    body as Record<string, unknown>,
  )) {
    if (value === undefined) continue;
    // An array of files repeats the field; a bare byte array is one file, not a list.
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (item === undefined) continue;
      if (isUploadable(item)) {
        const file = await toBlob(item, field);
        form.append(field, file.blob, file.filename);
        summary.files.push({
          field,
          filename: file.filename,
          size: file.blob.size,
          contentType: file.blob.type,
        });
      } else {
        form.append(field, formText(item));
        summary.fields.push(field);
      }
    }
  }
  return { form, summary };
}

/** Whether a multipart field value is a file (see the file comment for the accepted shapes). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    isFileData(value) || isFileFromPath(value) || isFileWithMetadata(value)
  );
}

function isFileData(value: unknown): value is FileData {
  if (typeof value !== "object" || value === null) return false;
  if (typeof Blob !== "undefined" && value instanceof Blob) return true;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (typeof (value as { getReader?: unknown }).getReader === "function")
    return true;
  return (
    typeof (value as { [Symbol.asyncIterator]?: unknown })[
      Symbol.asyncIterator
    ] === "function"
  );
}

// `{ path }` and `{ data }` wrappers are recognised only when they carry no other keys, so an
// ordinary object field that happens to have a `path` property is still sent as JSON.
function hasOnlyKeys(value: object, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isFileFromPath(value: unknown): value is FileFromPath {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { path?: unknown }).path === "string" &&
    hasOnlyKeys(value, ["path", "filename", "contentType"])
  );
}

function isFileWithMetadata(value: unknown): value is FileWithMetadata {
  return (
    typeof value === "object" &&
    value !== null &&
    isFileData((value as { data?: unknown }).data) &&
    hasOnlyKeys(value, ["data", "filename", "contentType"])
  );
}

async function toBlob(
  value: Uploadable,
  field: string,
): Promise<{ blob: Blob; filename: string }> {
  if (isFileFromPath(value)) {
    const bytes = await readFileBytes(value.path);
    const filename = value.filename ?? baseName(value.path);
    return {
      blob: new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: value.contentType ?? "application/octet-stream",
      }),
      filename,
    };
  }
  if (isFileWithMetadata(value)) {
    const inner = await toBlob(value.data, field);
    const type = value.contentType ?? inner.blob.type;
    const blob =
      type === inner.blob.type ? inner.blob : new Blob([inner.blob], { type });
    return { blob, filename: value.filename ?? inner.filename };
  }
  if (value instanceof Blob) {
    const name = (value as { name?: unknown }).name;
    const blob =
      value.type === ""
        ? new Blob([value], { type: "application/octet-stream" })
        : value;
    return {
      blob,
      filename: typeof name === "string" && name !== "" ? name : field,
    };
  }
  const type = { type: "application/octet-stream" };
  if (value instanceof ArrayBuffer)
    return { blob: new Blob([value], type), filename: field };
  if (ArrayBuffer.isView(value)) {
    const view = new Uint8Array(
      value.buffer,
      value.byteOffset,
      value.byteLength,
    );
    return {
      blob: new Blob([view as Uint8Array<ArrayBuffer>], type),
      filename: field,
    };
  }
  const chunks = await collectChunks(value);
  return {
    blob: new Blob(chunks as Uint8Array<ArrayBuffer>[], type),
    filename: field,
  };
}

async function collectChunks(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>,
): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const push = (chunk: unknown) => {
    if (typeof chunk === "string") chunks.push(encoder.encode(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(chunk);
    else if (ArrayBuffer.isView(chunk))
      chunks.push(
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
      );
    else if (chunk instanceof ArrayBuffer) chunks.push(new Uint8Array(chunk));
    else
      throw new TypeError(
        `Upload streams must yield bytes or strings, got ${typeof chunk}`,
      );
  };
  // Prefer the reader: browsers' ReadableStream is not async-iterable everywhere yet.
  if (typeof (source as { getReader?: unknown }).getReader === "function") {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        push(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>)
      push(chunk);
  }
  return chunks;
}

// Loaded lazily through a computed specifier so bundlers for the browser leave it alone and the
// runtime needs no Node typings; outside Node-compatible runtimes the import fails with a clear error.
async function readFileBytes(path: string): Promise<Uint8Array> {
  const specifier = "node:fs/promises";
  let fs: { readFile(path: string): Promise<Uint8Array> };
  try {
    fs = (await import(
      /* @vite-ignore */ /* webpackIgnore: true */ specifier
    )) as typeof fs;
  } catch (error) {
    throw new TypeError(
      `Uploading { path: "${path}" } needs a runtime with node:fs (Node, Deno, Bun); pass a Blob or bytes instead`,
      {
        cause: error,
      },
    );
  }
  return fs.readFile(path);
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || "file";
}
