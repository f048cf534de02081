// The few helpers the generated validators call. Everything else is straight-line generated code:
// no schema is walked at run time.

/** One reason a value was rejected. */
export interface ValidationError {
  /** JSON pointer into the validated value, e.g. `/users/0/email`; `""` is the value itself. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `maxLength`, `oneOf`. */
  keyword: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationError[];
}

/**
 * Records a failure and returns false. Checks call it only when collecting errors (`errors` is
 * not null); a type guard passes null and stops at the first failure instead.
 */
export function fail(
  errors: ValidationError[],
  path: string,
  keyword: string,
  message: string,
): false {
  errors.push({ path, keyword, message });
  return false;
}

/** A plain JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * String length in Unicode code points, as JSON Schema counts it (`"😀".length` is 2 in
 * JavaScript, 1 in JSON Schema).
 */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** JSON equality: same type, same primitive value, same keys and items recursively. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null
  )
    return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++)
      if (!deepEqual(a[i], other[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) {
    if (
      !Object.prototype.hasOwnProperty.call(right, key) ||
      !deepEqual(left[key], right[key])
    )
      return false;
  }
  return true;
}

/** `uniqueItems`: true when two items are JSON-equal. */
export function hasDuplicates(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return true;
  }
  return false;
}

/** Escapes a key for use as one JSON pointer segment (RFC 6901). */
export function pointerSegment(key: string): string {
  return key.indexOf("~") === -1 && key.indexOf("/") === -1
    ? key
    : key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Own enumerable property test, for keys such as `constructor` that plain objects inherit. */
export function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** A generated check: value, its pointer, and where errors go (null: stop at the first). */
export type Check = (
  value: unknown,
  path: string,
  errors: ValidationError[] | null,
) => boolean;

/** Runs a check collecting every error. */
export function collect(check: Check, value: unknown): ValidationResult {
  const errors: ValidationError[] = [];
  check(value, "", errors);
  return { valid: errors.length === 0, errors };
}

/** The parts of a request as the client sends them: decoded, typed values by wire name. */
export interface OperationRequest {
  path?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
  headers?: Record<string, unknown> | undefined;
  body?: unknown | undefined;
}

/** Checks one operation's requests and responses. Error paths start `/path`, `/query`, `/headers`, `/body`. */
export interface OperationValidator {
  readonly operationId: string;
  readonly method: string;
  /** The path template, e.g. `/users/{id}`. */
  readonly path: string;
  validateRequest(request: OperationRequest): ValidationResult;
  isValidRequest(request: OperationRequest): boolean;
  /** Checks a response body against the schema the spec declares for its status (JSON bodies only). */
  validateResponse(status: number, body: unknown): ValidationResult;
  isValidResponse(status: number, body: unknown): boolean;
}

export function operationValidator(
  operationId: string,
  method: string,
  path: string,
  checkRequest: (
    request: OperationRequest,
    errors: ValidationError[] | null,
  ) => boolean,
  checkResponse: (
    status: number,
    body: unknown,
    errors: ValidationError[] | null,
  ) => boolean,
): OperationValidator {
  const run = (
    check: (errors: ValidationError[]) => boolean,
  ): ValidationResult => {
    const errors: ValidationError[] = [];
    check(errors);
    return { valid: errors.length === 0, errors };
  };
  return {
    operationId,
    method,
    path,
    validateRequest: (request) =>
      run((errors) => checkRequest(request, errors)),
    isValidRequest: (request) => checkRequest(request, null),
    validateResponse: (status, body) =>
      run((errors) => checkResponse(status, body, errors)),
    isValidResponse: (status, body) => checkResponse(status, body, null),
  };
}

/**
 * A file field, as the generated types name it. In JSON data a file's contents are a string (the
 * spec types them `string` with a `contentMediaType`), which is what the validators check.
 */
export type Uploadable = string;
