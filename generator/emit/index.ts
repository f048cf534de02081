// The data every built-in template receives, as one public entry: `import type { ClientView } from
// "gen/templates"` (package.json "exports"). Types only: they describe what `--templates` overrides
// can print, and change only by gaining fields. The IR these views point into is `gen/ir`.
//
// A template's view is its Handlebars context (`{{titleComment}}`, `{{#each methods}}`); partials
// see the context they are included with. Templates that walk the IR also get the whole model as
// `@model` where noted.

/**
 * The client target, class style (`templates/client/`):
 * - `client.ts.hbs` → {@link ClientView}
 * - `resource.ts.hbs` → {@link ResourceView}, one per group; its `methods` are the
 *   {@link MethodView}s the `_method.ts.hbs` partial prints
 * - `types.ts.hbs` → {@link TypesView} (also the validators target's `types.ts`)
 * - `keyShapes.ts.hbs` → {@link KeyShapesView}, only with `naming.properties: "camel"`
 * - `index.ts.hbs` → `{}`
 *
 * Functions style (`templates/client/functions/`):
 * - `functions/client.ts.hbs` → {@link ClientView}
 * - `functions/module.ts.hbs` → {@link FunctionModuleView}, one per group with operations; its
 *   `functions` are the {@link FunctionView}s the `functions/_function.ts.hbs` partial prints
 * - `functions/index.ts.hbs` → {@link FunctionsIndexView}
 */
export type { ChildView, ClientView, MethodView, ResourceView, TypesView } from "./client/views.js";
export type { FunctionModuleView, FunctionsIndexView, FunctionView } from "./client/functionViews.js";
export type { KeyShapesView } from "./client/keyShapesFile.js";

/**
 * The validators target (`templates/validators/`), also embedded by the client with
 * `--client-validators`: `schemas.ts.hbs`, `operations.ts.hbs` and `index.ts.hbs` each get the
 * {@link ValidatorsView}, and the model as `@model` (an `ApiModel` from `gen/ir`).
 */
export type { CompiledModuleView, OperationValidatorView, SchemaValidatorView, ValidatorsView } from "./validators/view.js";

/**
 * The docs target (`templates/docs/markdown/` and `templates/docs/html/`; the HTML pages wrap
 * themselves in the `_page.html.hbs` layout, which includes the `_html-head.html.hbs`,
 * `_html-brand.html.hbs` and `_html-footer.html.hbs` partials, all with the page's view):
 * - `index.md.hbs` / `index.html.hbs` → {@link IndexView}
 * - `group.md.hbs` / `group.html.hbs` → {@link GroupView}
 * - `operation.md.hbs` / `operation.html.hbs` → {@link OperationView}
 * - `type.md.hbs` / `type.html.hbs` → {@link TypeView}
 * - `reference.md.hbs` (Markdown only) → {@link ReferenceView}
 * Every page view but the reference extends {@link PageFrame}; strings are finished output for the
 * page's format, spec text already escaped.
 */
export type { GroupView, IndexView, OperationView, PageFrame, ReferenceView, Section, TypeView } from "./docs/views.js";
