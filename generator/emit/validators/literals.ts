// How spec patterns compile (shared/patterns.ts), under the name the validator compiler uses.
// String and number literals are printed by code/expressions.ts, in prettier's quotes.
export { patternFlags, type PatternFlags } from "../shared/patterns.js";
