// The client target: IR → TypeScript client files (types, one resource class per group, the
// client class, the runtime copied verbatim).
import type { DiagnosticSink } from "../../diagnostics.js";
import type { ApiModel, Group } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { emitValidatorFiles } from "../validators/index.js";
import { buildClientView, buildResourceView, buildTypesView, indexModel } from "./views.js";

/**
 * `validatorTemplates`: the validators target's templates; their output goes under `validators/`
 * and is loaded only when a client is created with `validate` on.
 */
export function emitClient(model: ApiModel, templates: TemplateSet, validatorTemplates: TemplateSet, sink: DiagnosticSink): GeneratedFile[] {
  const index = indexModel(model);
  const files: GeneratedFile[] = [
    { path: "index.ts", contents: templates.render("index.ts", {}) },
    { path: "client.ts", contents: templates.render("client.ts", buildClientView(model)) },
    { path: "types.ts", contents: templates.render("types.ts", buildTypesView(model)) },
  ];
  for (const group of allGroups(model.rootGroup)) {
    files.push({ path: `resources/${group.pascalName}.ts`, contents: templates.render("resource.ts", buildResourceView(group, index)) });
  }
  for (const file of templates.staticFiles()) files.push(file);
  for (const file of emitValidatorFiles(model, validatorTemplates, { typesModule: "../types.js", sink })) {
    files.push({ ...file, path: `validators/${file.path}` });
  }
  return files;
}

function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}
