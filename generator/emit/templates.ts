// Loads a target's Handlebars templates: the built-in folder, optionally shadowed by a user folder
// with the same relative paths. Files starting with `_` are partials, registered by their name
// without the extension (`_method.ts.hbs` → `{{> _method}}`).
//
// Templates only interpolate, loop and include partials; every decision is made in the view
// builders, and output is TypeScript, so HTML escaping is off. The helpers of templateHelpers.ts
// (`eq`, `json`, `key`, `lookupSchema`, …) are registered for override templates that walk IR data.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type HandlebarsNamespace from "handlebars";
import { registerTemplateHelpers, type TemplateContext } from "./templateHelpers.js";

/** The folder holding the built-in templates of every target. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL("../../templates", import.meta.url));

export interface TemplateSet {
  /** Renders `name` (a path without `.hbs`) with `data` as its view; `context.model` becomes `@model`. */
  render(name: string, data: unknown, context?: TemplateContext): string;
  /** Files under the target folder that are copied verbatim (not `.hbs`), by relative path. */
  staticFiles(): Array<{ path: string; contents: string; verbatim: true }>;
}

// Loaded on first use (~60 ms): a regeneration that finds nothing changed never renders a template.
let handlebarsModule: typeof HandlebarsNamespace | undefined;
function handlebarsLibrary(): typeof HandlebarsNamespace {
  return (handlebarsModule ??= createRequire(import.meta.url)("handlebars") as typeof HandlebarsNamespace);
}

export function loadTemplates(target: string, overrideDir?: string): TemplateSet {
  const handlebars = handlebarsLibrary().create();
  registerTemplateHelpers(handlebars);
  const files = new Map<string, string>();
  for (const dir of [join(BUILTIN_TEMPLATES_DIR, target), overrideDir && join(overrideDir, target)]) {
    if (!dir || !existsSync(dir)) continue;
    for (const file of listFiles(dir)) files.set(relative(dir, file).split(sep).join("/"), file);
  }
  const compiled = new Map<string, HandlebarsNamespace.TemplateDelegate>();
  for (const [path, file] of files) {
    if (!path.endsWith(".hbs")) continue;
    const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.[^.]+\.hbs$|\.hbs$/, "");
    const source = readFileSync(file, "utf8");
    if (name.startsWith("_")) handlebars.registerPartial(name, source);
    else compiled.set(path.replace(/\.hbs$/, ""), handlebars.compile(source, { noEscape: true, strict: true }));
  }
  return {
    render(name, data, context) {
      const template = compiled.get(name);
      if (!template) throw new Error(`No template "${name}" for target "${target}".`);
      return template(data, context ? { data: { ...context } } : undefined);
    },
    staticFiles() {
      return [...files]
        .filter(([path]) => !path.endsWith(".hbs"))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([path, file]) => ({ path, contents: readFileSync(file, "utf8"), verbatim: true }));
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
