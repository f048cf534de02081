// Shared setup for runtime tests: a fresh loopback server per test and clients pointed at it with
// retry delays shrunk so the suite stays fast.
import { afterEach, beforeEach } from "vitest";
import { Core, type ClientOptions, type OperationCall } from "../../templates/client/runtime/index.js";
import { startLoopbackServer, type LoopbackServer } from "../support/loopback-server.js";
import { createClient } from "./fixtures/sample-client.js";

export const CORE_CONFIG = {
  baseUrlForDomain: (domain: string) => `https://${domain}/api/v2`,
  defaultBaseUrl: "https://{TENANT}.auth0.com/api/v2",
};

/** Registers before/after hooks and returns a getter for the current test's server. */
export function useServer(): () => LoopbackServer {
  let server: LoopbackServer | undefined;
  beforeEach(async () => {
    server = await startLoopbackServer();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return () => {
    if (server === undefined) throw new Error("server not started");
    return server;
  };
}

/** Fast defaults: tiny backoff so retry tests take milliseconds unless they test server hints. */
export function clientOptions(server: LoopbackServer, options: ClientOptions = {}): ClientOptions {
  return { baseUrl: server.url, token: "test-token", ...options, retry: { baseDelayMs: 5, ...options.retry } };
}

export function makeCore(server: LoopbackServer, options: ClientOptions = {}): Core {
  return new Core(clientOptions(server, options), CORE_CONFIG);
}

export function makeClient(server: LoopbackServer, options: ClientOptions = {}) {
  return createClient(clientOptions(server, options));
}

/** An OperationCall with GET/JSON defaults. */
export function op(partial: Partial<OperationCall> & Pick<OperationCall, "path">): OperationCall {
  return { operationId: "test_op", method: "GET", bodyEncoding: "none", responseKind: "json", ...partial };
}
