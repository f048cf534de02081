// Choosing and producing the request body. The generated call names its default encoding and the
// ones the operation accepts; the caller may switch per request (`RequestOptions.bodyEncoding`) to
// another accepted one. The body is encoded once per call and reused by every retry, so it must be
// replayable (strings and FormData of Blobs are).
import { encodeForm } from "./form.js";
import { encodeMultipart } from "./multipart.js";
import type { BodyEncoding, OperationCall } from "./operation.js";
import { redactValue } from "./redact.js";

export interface EncodedBody {
  body: string | FormData | undefined;
  /** Undefined for multipart: fetch writes `multipart/form-data; boundary=…` itself. */
  contentType: string | undefined;
  /** What hooks and logs see: secrets redacted, file contents summarised. */
  preview: unknown;
}

export async function encodeBody(
  call: OperationCall,
  requested: Exclude<BodyEncoding, "none"> | undefined,
): Promise<EncodedBody> {
  const encoding = chooseEncoding(call, requested);
  if (encoding === "none" || call.body === undefined)
    return { body: undefined, contentType: undefined, preview: undefined };
  switch (encoding) {
    case "json":
      return {
        body: JSON.stringify(call.body),
        contentType: "application/json",
        preview: redactValue(call.body),
      };
    case "form":
      return {
        body: encodeForm(call.body).toString(),
        contentType: "application/x-www-form-urlencoded",
        preview: redactValue(call.body),
      };
    case "multipart": {
      const { form, summary } = await encodeMultipart(call.body);
      return {
        body: form,
        contentType: undefined,
        preview: redactValue(summary),
      };
    }
  }
}

function chooseEncoding(
  call: OperationCall,
  requested: BodyEncoding | undefined,
): BodyEncoding {
  if (requested === undefined || requested === call.bodyEncoding)
    return call.bodyEncoding;
  const accepted = call.bodyEncodings ?? [call.bodyEncoding];
  if (!accepted.includes(requested)) {
    throw new TypeError(
      `${call.operationId} (${call.method} ${call.path}) does not accept a ${requested} body; it accepts ${accepted.join(", ")}`,
    );
  }
  return requested;
}
