// The Handlebars helpers every template can use. Built-in templates need almost none of them (their
// views hand over finished strings); they exist for override templates that walk IR data
// themselves, above all recursive partials over an IR `Schema` (see
// flavours/zod-validators/templates/validators/). Each helper is small, pure and prints only
// ASCII-safe JavaScript, so a template cannot turn spec text into code by accident.
//
//   {{#if (eq kind "string")}}…{{/if}}         strict equality
//   {{#if (not required)}}…{{/if}}             negation
//   {{#if (or minimum maximum)}}…{{/if}}       the first truthy argument (any number of them), else false
//   {{#if (and open closed)}}…{{/if}}          true when every argument is truthy
//   {{#if (includes list value)}}…{{/if}}      Array.prototype.includes
//   {{{json value}}}                           a JSON value as a JavaScript expression
//   {{{key wireName}}}                         an object-literal key: `id`, `"x5t#S256"`, `["__proto__"]`
//   {{{identifier text}}}                      a binding name for arbitrary text: `per_page` → `perPage`, `delete` → `delete_`
//   {{{regexp pattern}}}                       `new RegExp("…", "u")`, or "" when there is no pattern or JavaScript cannot compile it
//   {{#with (lookupSchema name)}}…{{/with}}    the component schema (IR `NamedSchema`) called `name`; needs `@model`
//
// `@model` is the IR (`ApiModel`), passed by emitters whose templates may read it (validators).
import type Handlebars from "handlebars";
import { isIdentifier, toBindingName } from "../ir/names.js";
import type { ApiModel, NamedSchema } from "../ir/types.js";
import { jsString, jsValue } from "./shared/literals.js";
import { patternFlags } from "./shared/patterns.js";

/** The data frame emitters may pass with a render: `@model` in templates. */
export interface TemplateContext {
  model?: ApiModel;
}

export function registerTemplateHelpers(handlebars: typeof Handlebars): void {
  // Every helper receives Handlebars' options object as its last argument; `args` drops it.
  const args = (values: unknown[]) => values.slice(0, -1);
  handlebars.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  handlebars.registerHelper("not", (value: unknown) => !value);
  handlebars.registerHelper("or", (...values: unknown[]) => args(values).find(Boolean) ?? false);
  handlebars.registerHelper("and", (...values: unknown[]) => args(values).every(Boolean));
  handlebars.registerHelper("includes", (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value));
  handlebars.registerHelper("json", (value: unknown) => jsValue(value));
  handlebars.registerHelper("key", (name: unknown) => propertyKey(String(name)));
  handlebars.registerHelper("identifier", (text: unknown) => toBindingName(String(text)));
  handlebars.registerHelper("regexp", (pattern: unknown) => (typeof pattern === "string" ? regexpExpression(pattern) : ""));
  handlebars.registerHelper("lookupSchema", (name: unknown, options: Handlebars.HelperOptions) => {
    const model = (options.data as { model?: ApiModel } | undefined)?.model;
    if (!model) throw new Error("lookupSchema needs @model: this target does not pass the IR to its templates.");
    return schemaIndex(model).get(String(name));
  });
}

/**
 * A key in an object literal. `__proto__` is computed (`["__proto__"]`): written bare or quoted it
 * would set the object's prototype instead of adding a property.
 */
export function propertyKey(name: string): string {
  if (name === "__proto__") return `[${jsString(name)}]`;
  return isIdentifier(name) ? name : jsString(name);
}

/** JSON Schema patterns are ECMA-262 with the `u` flag; see shared/patterns.ts for the fallback. */
function regexpExpression(pattern: string): string {
  const flags = patternFlags(pattern);
  return flags === undefined ? "" : `new RegExp(${jsString(pattern)}, ${jsString(flags)})`;
}

const indexes = new WeakMap<ApiModel, Map<string, NamedSchema>>();

function schemaIndex(model: ApiModel): Map<string, NamedSchema> {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new Map(model.schemas.map((s) => [s.name, s]))));
  return index;
}
