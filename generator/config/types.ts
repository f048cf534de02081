// The shape of gen.config.{json,yaml,yml,mjs}. `config.schema.json` at the repository root describes
// the same shape for editors and is what the config is checked against; keep the two in step (a
// test compares their property names).
import type { ApiModel, Lifecycle } from "../ir/types.js";

/** The whole config file. */
export interface GenConfig {
  /** Where editors find the JSON Schema; ignored by gen. */
  $schema?: string;
  /** The spec every flavour reads unless it names its own. Default: the embedded example spec. */
  spec?: string;
  /** Flavours by name; at least one. */
  flavours: Record<string, FlavourConfig>;
}

export type ConfigTarget = "client" | "validators" | "docs";

/** One SDK flavour. Relative paths are resolved against the config file's folder. */
export interface FlavourConfig {
  /** What to generate; at least one target. One target writes to `out`, several to `out/<target>`. */
  targets: ConfigTarget[];
  /** Output folder. Default: `generated/<flavour name>`. */
  out?: string;
  /** This flavour's spec. Default: the top-level `spec`. */
  spec?: string;
  /** A folder whose `<target>/…` templates shadow the built-in ones. Default: none. */
  templates?: string;
  /** Which operations to keep. Default: all. */
  filters?: FilterConfig;
  /** Name overrides. Default: the names the normalizer decided. */
  naming?: NamingConfig;
  /** Options of the client target. */
  client?: { style?: "classes" | "functions"; validators?: boolean };
  /** Options of the docs target. */
  docs?: { format?: "markdown" | "html" | "both" };
  /** Modules exporting `transform(ir)` (paths), or, in gen.config.mjs, the functions themselves. Default: none. */
  hooks?: Array<string | HookFunction>;
}

/** An IR hook: receives a mutable deep copy of the model; returns a model, or nothing to keep the copy. */
export type HookFunction = (model: ApiModel) => ApiModel | void | Promise<ApiModel | void>;

export interface FilterConfig {
  /** Keep only what matches. Default: everything. */
  include?: OperationSelector;
  /** Drop what matches, even if included. Default: nothing. */
  exclude?: OperationSelector;
}

export interface OperationSelector {
  /** Dotted group patterns: a pattern selects a group and its sub-groups; `*` one segment, `**` any number. */
  groups?: string[];
  /** Tags as the spec writes them. */
  tags?: string[];
  /** operationIds. */
  operations?: string[];
  /** Release stages; an operation without one counts as GA. */
  lifecycles?: Lifecycle[];
}

export interface NamingConfig {
  /** Dotted group path → new member name for its last segment. */
  groups?: Record<string, string>;
  /** operationId → method name. */
  methods?: Record<string, string>;
  /** Component schema name or request-parameters type name → type name. */
  types?: Record<string, string>;
  /** `wire` (default): property names as the spec writes them; `camel`: camelCased in the client, which renames keys at run time. */
  properties?: "wire" | "camel";
}
