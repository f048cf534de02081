// Decides the identifier of every component schema, once, before anything refers to them.
import { NAMES_USED_BY_GENERATED_CODE, toTypeName, uniqueName } from "../ir/names.js";
import { pointer } from "../diagnostics.js";
import type { NormalizeContext } from "./context.js";

/** Returns component name → type name; `taken` collects every name handed out (lower-cased). */
export function decideSchemaTypeNames(ctx: Pick<NormalizeContext, "sink">, componentNames: string[], taken: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const name of [...componentNames].sort()) {
    let typeName = toTypeName(name);
    if (NAMES_USED_BY_GENERATED_CODE.has(typeName)) typeName = `${typeName}Model`;
    const unique = uniqueName(typeName, taken);
    if (unique !== name) {
      ctx.sink.report({
        code: "GEN_SCHEMA_RENAMED",
        severity: unique.toLowerCase() === typeName.toLowerCase() ? "info" : "warning",
        message: `Schema "${name}" is emitted as "${unique}"${unique === typeName ? " (not a usable type name as written)" : " (its name collides with another after casing)"}.`,
        pointer: pointer("components", "schemas", name),
        hint: "Rename the schema in the spec, or set a naming override, to choose the name yourself.",
      });
    }
    names.set(name, unique);
  }
  return names;
}
