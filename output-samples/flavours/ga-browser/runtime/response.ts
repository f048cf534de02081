// Reading response bodies. 204s and empty bodies become `undefined` whatever the spec promised
// (the spec declares bodies on some 204s and none on some 200s), and a non-JSON body comes back as
// text instead of failing, so a misdeclared content type never loses the server's answer.
import type { ResponseKind } from "./operation.js";

/** The parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
export async function readBody(response: Response): Promise<unknown> {
  if (
    response.status === 204 ||
    response.status === 205 ||
    response.status === 304
  ) {
    await discardBody(response);
    return undefined;
  }
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The success value for a `json`, `void`, `text` or `binary` operation. */
export async function readSuccess<T>(
  response: Response,
  kind: ResponseKind,
): Promise<T> {
  if (kind === "void") {
    // Read rather than cancel: a fully read body lets the keep-alive connection be reused. The
    // status already says the call succeeded, so a failure while reading changes nothing.
    await response.arrayBuffer().catch(() => undefined);
    return undefined as T;
  }
  if (kind === "text") return (await response.text()) as T;
  if (kind === "binary") return (await response.blob()) as T;
  return (await readBody(response)) as T;
}

/** Frees the connection when the body is not wanted (before a retry, for void operations). */
export async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body is being thrown away; a failure to cancel it changes nothing.
  }
}
