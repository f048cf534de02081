// Runs one IR hook: a module exporting `transform(ir)` (sync or async). The model is frozen, so the
// hook gets a deep, unfrozen copy it may mutate; it returns a model, or nothing to keep the copy.
// Whatever comes back is checked and settled (settleModel.ts) before the next stage sees it.
import { existsSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { HookFunction } from "../config/types.js";
import type { ApiModel } from "../ir/types.js";
import { modelShapeProblem } from "./checkHookResult.js";
import { hookError } from "./hookError.js";
import { settleModel } from "./settleModel.js";
import type { HookReference } from "./types.js";

export async function runHook(model: ApiModel, hook: HookReference): Promise<ApiModel> {
  const transform = hook.transform ?? (await importTransform(hook));
  const draft = structuredClone(model) as ApiModel;
  let returned: unknown;
  try {
    returned = await transform(draft);
  } catch (error) {
    throw hookError(hook.label, `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, "Fix the hook; to debug it, call its transform on the output of `gen ir` in a script of your own.");
  }
  const result = returned === undefined ? draft : returned;
  const problem = modelShapeProblem(result);
  if (problem) throw hookError(hook.label, `returned ${problem}.`, "Return the model (or a changed copy of it), or return nothing after editing the model you were given.");
  const settled = settleModel(result as ApiModel);
  if (settled.problems.length > 0) {
    throw hookError(hook.label, `left ${settled.problems.slice(0, 5).join("; ")}${settled.problems.length > 5 ? `; and ${settled.problems.length - 5} more` : ""}.`, "Keep every ref pointing at a schema in `schemas`, and every client.<group>.<method> unique.");
  }
  return settled.model;
}

async function importTransform(hook: HookReference): Promise<HookFunction> {
  const file = hook.file!;
  if (!existsSync(file)) throw hookError(hook.label, "file does not exist.", "Hook paths are relative to the config file's folder.");
  let module: { transform?: unknown; default?: unknown };
  try {
    // The modification time in the URL makes `--watch` load an edited hook again.
    module = (await import(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`)) as typeof module;
  } catch (error) {
    throw hookError(hook.label, `could not be loaded: ${(error as Error)?.message ?? String(error)}`, "Hooks are ES modules (.mjs, or .js in a package with \"type\": \"module\").");
  }
  const transform = typeof module.transform === "function" ? module.transform : typeof module.default === "function" ? module.default : undefined;
  if (!transform) throw hookError(hook.label, "exports no `transform` function.", "Write `export function transform(ir) { … }` (it may be async).");
  return transform as HookFunction;
}
