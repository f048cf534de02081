// Authentication: which schemes the API accepts, and the OAuth2 scopes each operation needs.
import { compareStrings } from "../ir/order.js";
import type { AuthModel } from "../ir/types.js";
import { isObject, type Json, type OpenApiDocument } from "../openapi/document.js";

export function normalizeAuth(document: OpenApiDocument): AuthModel {
  const schemes = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const auth: AuthModel = { bearer: false };
  for (const [name, scheme] of Object.entries(schemes).sort(([a], [b]) => compareStrings(a, b))) {
    if (!isObject(scheme)) continue;
    if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer") auth.bearer = true;
    if (scheme.type === "oauth2" && isObject(scheme.flows) && isObject(scheme.flows.clientCredentials) && !auth.clientCredentials) {
      const flow = scheme.flows.clientCredentials;
      const extra = isObject(flow["x-form-parameters"]) ? flow["x-form-parameters"] : {};
      auth.clientCredentials = {
        schemeName: name,
        tokenUrl: typeof flow.tokenUrl === "string" ? flow.tokenUrl : "/oauth/token",
        extraParameters: Object.fromEntries(Object.entries(extra).filter((e): e is [string, string] => typeof e[1] === "string")),
        scopes: isObject(flow.scopes) ? (Object.fromEntries(Object.entries(flow.scopes).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {},
      };
    }
  }
  return auth;
}

/**
 * The scopes of every oauth2 requirement in the operation's `security` (or the document's).
 * The spec, not prose in 403 descriptions, is the source: those texts disagree with it.
 */
export function operationScopes(document: OpenApiDocument, security: Json | undefined): string[] {
  const requirements = Array.isArray(security) ? security : Array.isArray(document.security) ? document.security : [];
  const schemes = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const scopes = new Set<string>();
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    for (const [schemeName, list] of Object.entries(requirement)) {
      const scheme = schemes[schemeName];
      if (!isObject(scheme) || (scheme.type !== "oauth2" && scheme.type !== "openIdConnect")) continue;
      if (Array.isArray(list)) for (const scope of list) if (typeof scope === "string") scopes.add(scope);
    }
  }
  return [...scopes];
}
