// The one content hash gen uses: manifests, spec identity, formatting reuse.
import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
