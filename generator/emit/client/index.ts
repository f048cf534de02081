// The client target: IR → TypeScript client files (types, the operations in the chosen style, the
// runtime copied verbatim, the validators it loads on demand).
//   classes:   client.ts (ApiClient) + resources/<Group>.ts, one class per group
//   functions: client.ts (createClient) + functions/<Group>.ts, one exported function per operation
import type { DiagnosticSink } from "../../diagnostics.js";
import type { ApiModel, Group } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { emitValidatorFiles } from "../validators/index.js";
import { buildFunctionModuleView, buildFunctionsIndexView, functionModules, functionNames } from "./functionViews.js";
import { DEFAULT_CLIENT_OPTIONS, type ClientTargetOptions } from "./options.js";
import { buildClientView, buildResourceView, buildTypesView, indexModel } from "./views.js";

/**
 * `validatorTemplates`: the validators target's templates; with `options.validators` their output
 * goes under `validators/` and is loaded only when a client is created with `validate` on.
 */
export function emitClient(
  model: ApiModel,
  templates: TemplateSet,
  validatorTemplates: TemplateSet,
  sink: DiagnosticSink,
  options: ClientTargetOptions = DEFAULT_CLIENT_OPTIONS,
): GeneratedFile[] {
  const files: GeneratedFile[] = [
    ...(options.style === "functions" ? functionFiles(model, templates, options.validators) : classFiles(model, templates, options.validators)),
    { path: "types.ts", contents: templates.render("types.ts", buildTypesView(model)) },
  ];
  for (const file of templates.staticFiles()) files.push(file);
  if (options.validators) {
    for (const file of emitValidatorFiles(model, validatorTemplates, { typesModule: "../types.js", sink })) {
      files.push({ ...file, path: `validators/${file.path}` });
    }
  }
  return files;
}

function classFiles(model: ApiModel, templates: TemplateSet, embedsValidators: boolean): GeneratedFile[] {
  const index = indexModel(model);
  const files: GeneratedFile[] = [
    { path: "index.ts", contents: templates.render("index.ts", {}) },
    { path: "client.ts", contents: templates.render("client.ts", buildClientView(model, embedsValidators)) },
  ];
  for (const group of allGroups(model.rootGroup)) {
    files.push({ path: `resources/${group.pascalName}.ts`, contents: templates.render("resource.ts", buildResourceView(group, index)) });
  }
  return files;
}

function functionFiles(model: ApiModel, templates: TemplateSet, embedsValidators: boolean): GeneratedFile[] {
  const index = indexModel(model);
  const names = functionNames(model);
  const modules = functionModules(model.rootGroup);
  return [
    { path: "index.ts", contents: templates.render("functions/index.ts", buildFunctionsIndexView(modules.map((m) => m.path))) },
    { path: "client.ts", contents: templates.render("functions/client.ts", buildClientView(model, embedsValidators)) },
    ...modules.map(({ group, path }) => ({
      path: `${path}.ts`,
      contents: templates.render("functions/module.ts", buildFunctionModuleView(group, index, names)),
    })),
  ];
}

function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}
