// Spec values printed as JavaScript source, ASCII-safe, and how spec patterns compile: the shared
// printers (shared/literals.ts, shared/patterns.ts), under the names the validator compiler uses.
export { jsString, jsValue } from "../shared/literals.js";
export { patternFlags, type PatternFlags } from "../shared/patterns.js";
