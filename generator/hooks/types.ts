// A hook as the pipeline receives it: a module file to import, or (from gen.config.mjs) the function.
import type { HookFunction } from "../config/types.js";

export interface HookReference {
  /** How errors name the hook: the module path, or `hook #2 of flavour "ga" in gen.config.mjs`. */
  label: string;
  /** Absolute path of a module exporting `transform` (or a default function). */
  file?: string;
  /** The function itself, for hooks written inline in gen.config.mjs. */
  transform?: HookFunction;
}
