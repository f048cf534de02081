// Naming overrides of a flavour, applied to the IR after filters: group, method and type renames,
// then property casing. Names stay decided in one place — the IR — so every emitter (client,
// validators, docs) and the surface diff see the same names. Pure: the input model is not touched.
import type { NamingConfig } from "../config/types.js";
import { DiagnosticSink } from "../diagnostics.js";
import { compareStrings } from "../ir/order.js";
import type { ApiModel, Operation } from "../ir/types.js";
import { buildGroupTree } from "../normalize/groups.js";
import { camelCaseProperties } from "./propertyCasing.js";
import { renameGroups } from "./renameGroups.js";
import { renameMethods } from "./renameMethods.js";
import { renameTypes } from "./renameTypes.js";

/** `origin`: where the flavour sits in the config (`gen.config.json#/flavours/ga`), for diagnostics. */
export function applyNaming(model: ApiModel, naming: NamingConfig, sink: DiagnosticSink, origin: string): ApiModel {
  let operations = model.operations;
  if (naming.groups) operations = renameGroups(operations, naming.groups, sink, origin);
  if (naming.methods) operations = renameMethods(operations, naming.methods, sink, origin);
  const moved = operations !== model.operations && operations.some((o, i) => o !== model.operations[i]);
  let next: ApiModel = { ...model, operations };
  if (naming.types) next = { ...next, ...renameTypes(next, naming.types, sink, origin) };
  if (naming.properties === "camel") next = { ...next, ...camelCaseProperties(next, sink) };
  if (!moved) return next;
  // Operations are sorted by group path then name, and the group tree (with its file and class
  // names) follows the paths: both are rebuilt the normalizer's way.
  const sorted = [...next.operations].sort(compareOperations);
  return { ...next, operations: sorted, rootGroup: buildGroupTree(sorted, new DiagnosticSink()) };
}

function compareOperations(a: Operation, b: Operation): number {
  return compareStrings([...a.groupPath, a.name].join("\u0000"), [...b.groupPath, b.name].join("\u0000"));
}
