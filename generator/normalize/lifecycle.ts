// `x-release-lifecycle` (GA, EA, beta, deprecated) and `deprecated: true`, read in one place.
import type { Lifecycle } from "../ir/types.js";
import type { JsonObject } from "../openapi/document.js";

const LIFECYCLES: Record<string, Lifecycle> = { ga: "GA", ea: "EA", beta: "beta", deprecated: "deprecated" };

/** The stage a node declares; `deprecated: true` counts as deprecated when no stage is given. */
export function readLifecycle(node: JsonObject): Lifecycle | undefined {
  const raw = node["x-release-lifecycle"];
  const declared = typeof raw === "string" ? LIFECYCLES[raw.toLowerCase()] : undefined;
  if (declared) return declared;
  return node.deprecated === true ? "deprecated" : undefined;
}

export function isDeprecated(node: JsonObject): boolean {
  return node.deprecated === true || readLifecycle(node) === "deprecated";
}
