// The client target: IR → TypeScript client files (types, the operations in the chosen style, the
// runtime copied verbatim, the validators it loads on demand).
//   classes:   client.ts (ApiClient) + resources/<Group>.ts, one class per group
//   functions: client.ts (createClient) + functions/<Group>.ts, one exported function per operation
// With camelCase property names, keyShapes.ts tells the runtime how to rename keys (keyShapes.ts
// and keyShapesFile.ts here, runtime/key-mapping.ts there).
import type { DiagnosticSink } from "../../diagnostics.js";
import type { ApiModel, Group } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { emitValidatorFiles } from "../validators/index.js";
import { buildFunctionModuleView, buildFunctionsIndexView, functionModules, functionNames } from "./functionViews.js";
import { DEFAULT_CLIENT_OPTIONS, type ClientTargetOptions } from "./options.js";
import { buildKeyShapesView } from "./keyShapesFile.js";
import { buildClientView, buildResourceView, buildTypesView, indexModel, type ClientView, type ModelIndex } from "./views.js";
import { typesFile } from "./typesFile.js";

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
  const index = indexModel(model);
  // Component types with renamed keys; calls may rename keys of inline schemas even without any.
  const renamesKeys = index.keyShapes.shapes.size > 0;
  const client = buildClientView(model, options.validators, index.keyShapes.mapsKeys(model.operations));
  const files: GeneratedFile[] = [
    ...(options.style === "functions" ? functionFiles(model, index, templates, client) : classFiles(model, index, templates, client)),
    typesFile("types.ts", templates, buildTypesView(model)),
  ];
  if (renamesKeys) {
    // Data, one constant per schema, and long: laid out here, not by prettier (like the validators' checks).
    files.push({ path: "keyShapes.ts", contents: templates.render("keyShapes.ts", buildKeyShapesView(index.keyShapes, index.shapeNames)), verbatim: true });
  }
  for (const file of templates.staticFiles()) files.push(file);
  if (options.validators) {
    // The validators check wire data, so their guards narrow to wire-named types: with camelCase
    // property names those are not the client's types.ts but their own validators/types.ts.
    const typesModule = renamesKeys ? "./types.js" : "../types.js";
    for (const file of emitValidatorFiles(model, validatorTemplates, { typesModule, sink })) {
      files.push({ ...file, path: `validators/${file.path}` });
    }
    if (renamesKeys) files.push(typesFile("validators/types.ts", templates, buildTypesView(model, "./runtime.js", true)));
  }
  return files;
}

function classFiles(model: ApiModel, index: ModelIndex, templates: TemplateSet, client: ClientView): GeneratedFile[] {
  const files: GeneratedFile[] = [
    { path: "index.ts", contents: templates.render("index.ts", {}) },
    { path: "client.ts", contents: templates.render("client.ts", client) },
  ];
  for (const group of allGroups(model.rootGroup)) {
    files.push({ path: `resources/${group.pascalName}.ts`, contents: templates.render("resource.ts", buildResourceView(group, index)) });
  }
  return files;
}

function functionFiles(model: ApiModel, index: ModelIndex, templates: TemplateSet, client: ClientView): GeneratedFile[] {
  const names = functionNames(model);
  const modules = functionModules(model.rootGroup);
  return [
    { path: "index.ts", contents: templates.render("functions/index.ts", buildFunctionsIndexView(modules.map((m) => m.path))) },
    { path: "client.ts", contents: templates.render("functions/client.ts", client) },
    ...modules.map(({ group, path }) => ({
      path: `${path}.ts`,
      contents: templates.render("functions/module.ts", buildFunctionModuleView(group, index, names)),
    })),
  ];
}

function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}
