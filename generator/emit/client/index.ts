// The client target: IR → TypeScript client files (types, one resource class per group, the
// client class, the runtime copied verbatim).
import type { ApiModel, Group } from "../../ir/types.js";
import type { GeneratedFile } from "../files.js";
import type { TemplateSet } from "../templates.js";
import { buildClientView, buildResourceView, buildTypesView, indexModel } from "./views.js";

export function emitClient(model: ApiModel, templates: TemplateSet): GeneratedFile[] {
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
  return files;
}

function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}
