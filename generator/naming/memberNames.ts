// What a group or method name set by a naming override may be: an identifier (a reserved word is
// fine, `client.users.delete()`), and not a member every object already has — a class field named
// `constructor` or `__proto__` breaks the class (the normalizer renames those in spec names; an
// override asked for them explicitly, so it is refused instead).
import { isIdentifier } from "../ir/names.js";

const OBJECT_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Why `name` cannot be a member name, or undefined when it can. */
export function memberNameProblem(name: string): string | undefined {
  if (!isIdentifier(name)) return `"${name}" is not a JavaScript identifier`;
  if (OBJECT_MEMBER_NAMES.has(name)) return `"${name}" is a member every JavaScript object has`;
  return undefined;
}
