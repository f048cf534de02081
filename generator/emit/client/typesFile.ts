// A types module (the client's types.ts, the validators' types.ts): every declaration in it is laid
// out as prettier prints it (emit/shared/layout.ts), so the format stage keeps them as they are.
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import type { TypesView } from "./views.js";

export function typesFile(path: string, templates: TemplateSet, view: TypesView): GeneratedFile {
  return { path, contents: templates.render("types.ts", view), laidOut: view.declarations };
}
