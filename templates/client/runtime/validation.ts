// Optional schema validation of requests and responses (`createClient({ validate })`).
//
// The checks themselves are the generated validators (the client's `validators/` folder). They
// are loaded with a dynamic import the first time validation is needed, so a client that keeps
// the default `validate: "off"` never loads them, and bundlers can leave them in a separate chunk.

/** What to check: nothing (default), outgoing requests, decoded responses, or both. */
export type ValidationMode = "off" | "requests" | "responses" | "both";

/** One reason a value was rejected, with a JSON pointer into the request or response. */
export interface ValidationIssue {
  path: string;
  keyword: string;
  message: string;
}

/** The slice of a generated operation validator the client calls. */
export interface OperationChecks {
  validateRequest(request: {
    path?: Record<string, unknown> | undefined;
    query?: Record<string, unknown> | undefined;
    headers?: Record<string, unknown> | undefined;
    body?: unknown | undefined;
  }): { valid: boolean; errors: ValidationIssue[] };
  validateResponse(
    status: number,
    body: unknown,
  ): { valid: boolean; errors: ValidationIssue[] };
}

/** Loads the validators by operationId; the generated client passes `() => import(...)`. */
export type ValidatorLoader = () => Promise<
  Record<string, OperationChecks | undefined>
>;

/** A request or response did not match the API's schema. `issues` lists every problem. */
export class SchemaValidationError extends Error {
  readonly operationId: string;
  readonly issues: ValidationIssue[];

  constructor(
    direction: "request" | "response",
    operationId: string,
    issues: ValidationIssue[],
  ) {
    const first = issues[0];
    const where = first
      ? ` at ${first.path || "(root)"}: ${first.message}`
      : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid ${direction} for ${operationId}${where}${more}`);
    this.name = new.target.name;
    this.operationId = operationId;
    this.issues = issues;
  }
}

/** Thrown before anything is sent: the request breaks the API's schema. */
export class RequestValidationError extends SchemaValidationError {
  constructor(operationId: string, issues: ValidationIssue[]) {
    super("request", operationId, issues);
  }
}

/** The server answered with a body that breaks the API's schema. `data` is the decoded body. */
export class ResponseValidationError extends SchemaValidationError {
  readonly status: number;
  readonly data: unknown;

  constructor(
    operationId: string,
    status: number,
    data: unknown,
    issues: ValidationIssue[],
  ) {
    super("response", operationId, issues);
    this.status = status;
    this.data = data;
  }
}

/** Decides, per call, whether and how to validate; loads the validators once. */
export class Validation {
  readonly #mode: ValidationMode;
  readonly #load: ValidatorLoader | undefined;
  #loaded: ReturnType<ValidatorLoader> | undefined;

  constructor(mode: ValidationMode = "off", load?: ValidatorLoader) {
    if (!["off", "requests", "responses", "both"].includes(mode)) {
      throw new TypeError(
        `validate must be "off", "requests", "responses" or "both", not ${JSON.stringify(mode)}`,
      );
    }
    if (mode !== "off" && load === undefined) {
      throw new TypeError(
        'This client was generated without validators: regenerate it with --client-validators (or client.validators in the config), or use validate: "off"',
      );
    }
    this.#mode = mode;
    this.#load = load;
  }

  get requests(): boolean {
    return this.#mode === "requests" || this.#mode === "both";
  }

  get responses(): boolean {
    return this.#mode === "responses" || this.#mode === "both";
  }

  async #checks(operationId: string): Promise<OperationChecks | undefined> {
    this.#loaded ??= this.#load!();
    return (await this.#loaded)[operationId];
  }

  async checkRequest(
    operationId: string,
    request: Parameters<OperationChecks["validateRequest"]>[0],
  ): Promise<void> {
    const checks = await this.#checks(operationId);
    const result = checks?.validateRequest(request);
    if (result && !result.valid) {
      throw new RequestValidationError(operationId, result.errors);
    }
  }

  async checkResponse(
    operationId: string,
    status: number,
    data: unknown,
  ): Promise<void> {
    const checks = await this.#checks(operationId);
    const result = checks?.validateResponse(status, data);
    if (result && !result.valid) {
      throw new ResponseValidationError(
        operationId,
        status,
        data,
        result.errors,
      );
    }
  }
}
