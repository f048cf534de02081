// The validators target: IR → one check function per component schema (`schemas.ts`), request and
// response checks per operation (`operations.ts`), and the public `validateX` / `isX` surface
// (`index.ts`), each printed by a template from the view of view.ts. The client target embeds the
// same files under `validators/`.
import type { DiagnosticSink } from "../../diagnostics.js";
import type { ApiModel } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { typesFile } from "../client/typesFile.js";
import { buildTypesView } from "../client/views.js";
import { buildValidatorsView } from "./view.js";

/** The files printed from templates (the rest of templates/validators/ is copied as is). */
const RENDERED_FILES = ["schemas.ts", "operations.ts", "index.ts"];

export interface ValidatorsOptions {
  /** Module specifier of the generated types, relative to the validators folder. */
  typesModule: string;
  sink: DiagnosticSink;
}

/** The validator files; `templates` also supplies runtime.ts and formats.ts, copied as they are. */
export function emitValidatorFiles(model: ApiModel, templates: TemplateSet, options: ValidatorsOptions): GeneratedFile[] {
  const view = buildValidatorsView(model, options.typesModule, options.sink);
  // The check files come out of the view already in prettier's layout (code/): a prettier pass
  // would change nothing in them and take ~10 s on Auth0's 5 MB of checks.
  const rendered = RENDERED_FILES.map((path) => ({ path, contents: templates.render(path, view, { model }), verbatim: true as const }));
  return [...rendered, ...templates.staticFiles()];
}

/**
 * The standalone target: validators plus the types their guards narrow to. The checks read wire
 * data, so those types keep the spec's property names whatever `naming.properties` says.
 */
export function emitValidators(model: ApiModel, templates: TemplateSet, clientTemplates: TemplateSet, sink: DiagnosticSink): GeneratedFile[] {
  return [
    ...emitValidatorFiles(model, templates, { typesModule: "./types.js", sink }),
    typesFile("types.ts", clientTemplates, buildTypesView(model, "./runtime.js", true)),
  ];
}
