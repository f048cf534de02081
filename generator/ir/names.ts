// The naming convention, in one place: casing, reserved words, identifier safety. The normalizer
// calls these once while building the IR; emitters only print what the IR holds.

/** Words that cannot be a binding name (variable, parameter, function) in strict-mode ES modules. */
const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false " +
    "finally for function if import in instanceof new null return super switch this throw true try " +
    "typeof var void while with yield let static implements interface package private protected public " +
    "await arguments eval"
  ).split(" "),
);

/** Names a TypeScript type alias or interface cannot take. */
const RESERVED_TYPE_NAMES = new Set(
  "any unknown never void object string number boolean symbol bigint undefined null".split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** True when `text` can stand as a variable or parameter name. */
export function isBindingName(text: string): boolean {
  return isIdentifier(text) && !RESERVED_WORDS.has(text);
}

/** Splits `x5t#S256`, `per_page`, `actionId`, `pre-user-registration` into words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

export function camelCase(text: string): string {
  const parts = words(text);
  return parts.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : capitalize(w))).join("");
}

export function pascalCase(text: string): string {
  return words(text).map(capitalize).join("");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A binding name for arbitrary text: camelCased, prefixed with `_` when it starts with a digit
 * or is empty, suffixed with `_` when it is a reserved word (`delete` → `delete_`).
 */
export function toBindingName(text: string): string {
  let name = camelCase(text);
  if (name === "" || /^[0-9]/.test(name)) name = `_${name}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** A type name for arbitrary text: PascalCase, never starting with a digit, never a builtin. */
export function toTypeName(text: string): string {
  let name = isIdentifier(text) && /^[A-Z]/.test(text) ? text : pascalCase(text);
  if (name === "" || /^[0-9]/.test(name)) name = `T${name}`;
  return RESERVED_TYPE_NAMES.has(name) ? `${name}Type` : name;
}

/** Gives each name a unique spelling by appending 2, 3, … to later duplicates (case-insensitively). */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Type names generated code refers to besides the spec's own: TypeScript/web globals and the
 * runtime's exports. A schema with one of these names is renamed (`Response` → `ResponseModel`)
 * so the generated files never shadow what they use. Globals the generated code does not use
 * (the DOM's `PublicKeyCredential`, say) keep the spec's name: shadowing them inside the types
 * module is harmless and users expect the spec's names.
 */
export const NAMES_USED_BY_GENERATED_CODE = new Set(
  (
    "Array ReadonlyArray Record Partial Readonly Pick Omit Exclude Promise PromiseLike AsyncIterable " +
    "AsyncIterableIterator Iterable Error TypeError Response Request Headers Blob File FormData URL " +
    "URLSearchParams AbortSignal AbortController ReadableStream Uint8Array ArrayBuffer Date Object String " +
    "Number Boolean Map Set JSON Symbol Function " +
    // The runtime's exports (a test keeps this list equal to templates/client/runtime/index.ts).
    "ApiClient createClient Core fillPath queryString ClientOptions CoreConfig RequestOptions BodyEncoding HttpMethod " +
    "OperationCall PagingSpec PagingStyle QueryValue ResponseKind ApiPromise RawResponse WithRawResponse PagePromise " +
    "pageItems EventStream SseParser RawServerSentEvent ServerSentEvent ApiError BadRequestError ConflictError " +
    "ConnectionError ForbiddenError NotFoundError RateLimitError ServerError TimeoutError UnauthorizedError ApiErrorInit " +
    "RateLimitInfo RequestContext ClientCredentials TokenContext TokenSupplier RetryOptions Hooks Logger RequestEvent " +
    "ResponseEvent RetryEvent SdkInfo TelemetryOptions FetchFunction FileData FileFromPath FileWithMetadata Uploadable " +
    "RequestValidationError ResponseValidationError SchemaValidationError OperationChecks ValidationIssue ValidationMode " +
    "ValidatorLoader KeyShape KeyMapping keyMapping toWire fromWire"
  ).split(" "),
);
