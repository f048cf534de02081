// The `format` registry. Standard JSON Schema formats are checked here; any other format (specs
// define their own, such as Auth0's `connection-id`) passes until you register a check for it:
//
//   registerFormat("connection-id", (value) => value.startsWith("con_"));
//
// Formats apply to strings only; a number with `format: int32` is checked by its type and bounds.

export type FormatCheck = (value: string) => boolean;

const registry = new Map<string, FormatCheck>();

/** Adds or replaces the check for a format name. */
export function registerFormat(name: string, check: FormatCheck): void {
  registry.set(name, check);
}

/** Removes a format's check, so values of that format are accepted unchecked. */
export function unregisterFormat(name: string): void {
  registry.delete(name);
}

/** True when the value satisfies the format, or when no check is registered for it. */
export function checkFormat(name: string, value: string): boolean {
  const check = registry.get(name);
  return check === undefined || check(value);
}

/** The names that currently have a check. */
export function registeredFormats(): string[] {
  return [...registry.keys()].sort();
}

// --- Dates and times (RFC 3339) -------------------------------------------------------------

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:z|([+-])(\d{2}):(\d{2}))$/i;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return (
    day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)
  );
}

function isTime(value: string): boolean {
  const match = TIME.exec(value);
  if (match === null) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  if (
    match[5] !== undefined &&
    (Number(match[5]) > 23 || Number(match[6]) > 59)
  )
    return false;
  if (hour > 23 || minute > 59) return false;
  // 60 is a leap second, which RFC 3339 allows.
  return second <= 60;
}

function isDateTime(value: string): boolean {
  const separator = value.search(/[Tt ]/);
  return (
    separator === 10 && isDate(value.slice(0, 10)) && isTime(value.slice(11))
  );
}

const DURATION =
  /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

// --- Internet names and addresses -------------------------------------------------------------

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const name = value.endsWith(".") ? value.slice(0, -1) : value;
  return name.split(".").every((label) => LABEL.test(label));
}

const EMAIL_LOCAL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;

function isEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0 || at > 64) return false;
  const domain = value.slice(at + 1);
  return (
    EMAIL_LOCAL.test(value.slice(0, at)) &&
    domain.includes(".") &&
    !domain.endsWith(".") &&
    isHostname(domain)
  );
}

const IPV4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

function isIpv6(value: string): boolean {
  let groups = 8;
  let text = value;
  // An embedded IPv4 address stands for the last two groups.
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".")) {
    if (!IPV4.test(text.slice(lastColon + 1))) return false;
    text = text.slice(0, lastColon + 1) + "0";
    groups = 7;
  }
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const parts = (half: string) => (half === "" ? [] : half.split(":"));
  const head = parts(halves[0]!);
  const tail = halves.length === 2 ? parts(halves[1]!) : [];
  const all = [...head, ...tail];
  if (!all.every((group) => HEX_GROUP.test(group))) return false;
  return halves.length === 2 ? all.length < groups : all.length === groups;
}

// --- URIs (RFC 3986) ---------------------------------------------------------------------------

const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function isUriReference(value: string): boolean {
  return URI_CHARS.test(value);
}

function isUri(value: string): boolean {
  const scheme = SCHEME.exec(value);
  if (scheme === null || !URI_CHARS.test(value)) return false;
  const rest = value.slice(scheme[0].length);
  // With an authority (`//host`), the host part cannot be empty unless a path follows directly.
  if (rest.startsWith("//")) {
    const authority = rest.slice(2).split(/[/?#]/)[0]!;
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    return host.length > 0 || rest.slice(2).startsWith("/");
  }
  return true;
}

function isUrl(value: string): boolean {
  if (!/^(?:https?|ftp):\/\/[^\s/?#]+[^\s]*$/i.test(value) || !isUri(value))
    return false;
  const host = value
    .replace(/^[a-z]+:\/\/(?:[^@/?#]*@)?/i, "")
    .split(/[:/?#]/)[0]!;
  return (
    host === "localhost" ||
    (host.includes(".") && isHostname(host)) ||
    IPV4.test(host)
  );
}

// --- Everything else ---------------------------------------------------------------------------

const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const JSON_POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

function isRegex(value: string): boolean {
  try {
    new RegExp(value, "u");
    return true;
  } catch {
    return false;
  }
}

registerFormat("date", isDate);
registerFormat("time", isTime);
registerFormat("date-time", isDateTime);
registerFormat("duration", (value) => DURATION.test(value));
registerFormat("email", isEmail);
registerFormat("hostname", isHostname);
registerFormat("ipv4", (value) => IPV4.test(value));
registerFormat("ipv6", isIpv6);
registerFormat("uri", isUri);
registerFormat("uri-reference", isUriReference);
registerFormat("url", isUrl);
registerFormat("uuid", (value) => UUID.test(value));
registerFormat("byte", (value) => BASE64.test(value));
registerFormat("json-pointer", (value) => JSON_POINTER.test(value));
registerFormat("regex", isRegex);
