// Error classes: one per documented status, with the parsed body and a message worth reading.
import { describe, expect, it } from "vitest";
import {
  ApiError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
} from "../../templates/client/runtime/index.js";
import { makeClient, useServer } from "./helpers.js";

describe("errors", () => {
  const server = useServer();

  const cases = [
    [400, BadRequestError, "Bad Request"],
    [401, UnauthorizedError, "Unauthorized"],
    [403, ForbiddenError, "Forbidden"],
    [404, NotFoundError, "Not Found"],
    [409, ConflictError, "Conflict"],
    [429, RateLimitError, "Too Many Requests"],
    [500, ServerError, "Internal Server Error"],
    [503, ServerError, "Service Unavailable"],
    [410, ApiError, "Gone"],
  ] as const;

  for (const [status, ErrorClass, statusText] of cases) {
    it(`maps ${status} to ${ErrorClass.name} with the parsed body`, async () => {
      const body = { statusCode: status, error: statusText, message: `Problem number ${status}`, errorCode: `code_${status}` };
      server().fallback({ status, headers: { "x-request-id": `r${status}` }, json: body });
      const error = await makeClient(server(), { retry: { maxRetries: 0 } })
        .users.get("auth0|abc")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(Error);
      const apiError = error as ApiError;
      expect(apiError.name).toBe(ErrorClass.name);
      expect(apiError.status).toBe(status);
      expect(apiError.body).toEqual(body);
      expect(apiError.errorCode).toBe(`code_${status}`);
      expect(apiError.headers.get("x-request-id")).toBe(`r${status}`);
      expect(apiError.method).toBe("GET");
      expect(apiError.path).toBe("/users/auth0%7Cabc");
      expect(apiError.url).toBe(`${server().url}/users/auth0%7Cabc`);
      expect(apiError.operationId).toBe("get_users_by_id");
      expect(apiError.message).toBe(
        `GET /users/auth0%7Cabc failed with ${status} ${statusText}: Problem number ${status} [code_${status}] (get_users_by_id)`,
      );
    });
  }

  it("keeps a non-JSON error body as text in the message", async () => {
    server().enqueue({ status: 502, headers: { "content-type": "text/html" }, body: "<h1>Bad gateway</h1>" });
    const error = (await makeClient(server(), { retry: { maxRetries: 0 } })
      .users.get("u1")
      .catch((e: unknown) => e)) as ServerError;
    expect(error.body).toBe("<h1>Bad gateway</h1>");
    expect(error.message).toBe("GET /users/u1 failed with 502 Bad Gateway: <h1>Bad gateway</h1> (get_users_by_id)");
  });

  it("handles an empty error body", async () => {
    server().enqueue({ status: 404 });
    const error = (await makeClient(server())
      .users.get("u1")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error.body).toBeUndefined();
    expect(error.message).toBe("GET /users/u1 failed with 404 Not Found (get_users_by_id)");
  });
});
