// Bearer tokens for the Management API, from one of three sources:
//   - `token: "eyJ…"`                       a static token, sent as is;
//   - `token: ({ forceRefresh }) => …`      a supplier (sync or async), asked before every attempt
//                                           (cache inside it); after a 401 it is asked once more
//                                           with `forceRefresh: true` and the call retried;
//   - `clientCredentials: { clientId, … }`  the runtime runs the OAuth client-credentials grant
//                                           itself, caches the token until shortly before it
//                                           expires, shares one in-flight token request between
//                                           concurrent calls, and after a 401 drops the token,
//                                           fetches a new one and retries the call once.
import { createApiError, type RequestContext } from "./errors.js";
import { redactValue } from "./redact.js";
import type { ResolvedRetryOptions } from "./retry.js";
import { raceSignal } from "./signals.js";
import { send, type Authenticator, type Transport } from "./transport.js";
import { normalizeDomain } from "./url.js";

export interface TokenContext {
  /** True when the previous token was just rejected with 401: return a fresh one. */
  forceRefresh: boolean;
}

/** A static token, or a function returning one (it may be async). */
export type TokenSupplier =
  string | ((context: TokenContext) => string | Promise<string>);

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** The tenant's domain, e.g. `tenant.auth0.com`; defaults to `ClientOptions.domain`. */
  domain?: string;
  /** Default `https://{domain}/api/v2/` (the Management API's identifier). */
  audience?: string;
  /**
   * Where to POST the grant. Default `https://{domain}/oauth/token`; with no domain, the origin of
   * `ClientOptions.baseUrl` + `/oauth/token` (which is what points tests at a loopback server).
   */
  tokenUrl?: string;
  /** How the grant is encoded. Default `form` (RFC 6749); Auth0 also accepts `json`. */
  encoding?: "form" | "json";
}

export function staticTokenAuth(token: string): Authenticator {
  return {
    refreshable: false,
    token: async () => token,
    invalidate: () => {},
  };
}

export function supplierAuth(
  supplier: (context: TokenContext) => string | Promise<string>,
): Authenticator {
  return {
    refreshable: true,
    token: ({ forceRefresh, signal }) =>
      raceSignal(
        Promise.resolve().then(() => supplier({ forceRefresh })),
        signal,
      ),
    invalidate: () => {},
  };
}

export interface ClientCredentialsSettings {
  credentials: ClientCredentials;
  /** The resolved token URL and audience (see `resolveClientCredentials`). */
  tokenUrl: string;
  audience: string;
  transport: Transport;
  headers: Headers;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
}

/** Works out the token URL and audience from the credentials, the client domain or the base URL. */
export function resolveClientCredentials(
  credentials: ClientCredentials,
  clientDomain: string | undefined,
  baseUrl: string,
): { tokenUrl: string; audience: string } {
  const domain = credentials.domain ?? clientDomain;
  const origin =
    domain !== undefined
      ? `https://${normalizeDomain(domain)}`
      : new URL(baseUrl).origin;
  return {
    tokenUrl: credentials.tokenUrl ?? `${origin}/oauth/token`,
    audience: credentials.audience ?? `${origin}/api/v2/`,
  };
}

interface CachedToken {
  value: string;
  /** When to stop using it: expiry minus a safety margin. */
  refreshAt: number;
}

export class ClientCredentialsAuth implements Authenticator {
  readonly refreshable = true;
  readonly #settings: ClientCredentialsSettings;
  #cached: CachedToken | undefined;
  #inFlight: Promise<CachedToken> | undefined;

  constructor(settings: ClientCredentialsSettings) {
    this.#settings = settings;
  }

  // `forceRefresh` is not needed here: `invalidate` already dropped the rejected token, and a
  // concurrent call may have fetched a new one worth reusing.
  async token({
    signal,
  }: {
    forceRefresh: boolean;
    signal?: AbortSignal | undefined;
  }): Promise<string> {
    const cached = this.#cached;
    if (cached !== undefined && Date.now() < cached.refreshAt)
      return cached.value;
    // The shared request runs without any one caller's signal: one caller giving up must not fail
    // the others waiting on the same token. Each caller stops waiting on its own abort instead.
    this.#inFlight ??= this.#fetchToken().finally(() => {
      this.#inFlight = undefined;
    });
    return (await raceSignal(this.#inFlight, signal)).value;
  }

  invalidate(token: string): void {
    if (this.#cached?.value === token) this.#cached = undefined;
  }

  async #fetchToken(): Promise<CachedToken> {
    const { credentials, tokenUrl, audience, transport, timeoutMs, retry } =
      this.#settings;
    const grant = {
      grant_type: "client_credentials",
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
      audience,
    };
    const json = credentials.encoding === "json";
    const headers = new Headers(this.#settings.headers);
    headers.set(
      "content-type",
      json ? "application/json" : "application/x-www-form-urlencoded",
    );
    headers.set("accept", "application/json");
    const url = new URL(tokenUrl);
    const context: RequestContext = {
      operationId: "oauth_token",
      method: "POST",
      path: url.pathname,
      url: tokenUrl,
    };
    const requestedAt = Date.now();
    const { data } = await send(
      transport,
      {
        context,
        headers,
        body: json
          ? JSON.stringify(grant)
          : new URLSearchParams(grant).toString(),
        bodyPreview: redactValue(grant),
        signal: undefined,
        timeoutMs,
        // The grant has no side effects, so 5xx and dropped connections are safe to retry.
        retry: { ...retry, retryNonIdempotent: true },
        auth: undefined,
      },
      async (response) => {
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      },
    );
    const accessToken = (data as { access_token?: unknown } | undefined)
      ?.access_token;
    if (typeof accessToken !== "string" || accessToken === "") {
      // Say what was wrong without echoing the body, which may hold a token after all.
      throw createApiError({
        ...context,
        status: 200,
        body: {
          message: "The token endpoint answered without an access_token",
        },
        headers: new Headers(),
      });
    }
    const expiresIn = Number((data as { expires_in?: unknown }).expires_in);
    const lifetimeMs =
      Number.isFinite(expiresIn) && expiresIn > 0
        ? expiresIn * 1000
        : 5 * 60_000;
    // Refresh a little early so a token never expires mid-request: a tenth of its life, at most a minute.
    const marginMs = Math.min(60_000, lifetimeMs / 10);
    const cached = {
      value: accessToken,
      refreshAt: requestedAt + lifetimeMs - marginMs,
    };
    this.#cached = cached;
    return cached;
  }
}
