// The reference side of the differential test: ajv (draft 2020-12, ajv-formats) over the spec's
// component schemas, compiled once.
//
// Two readings of the spec are built:
// - `literal`: the schemas as written.
// - `intended`: the two spec slips gen reads by intent rewritten into plain JSON Schema:
//   1. every `allOf` with a closed member: members opened, `unevaluatedProperties: false` on the
//      `allOf` itself (see generator/emit/validators/closedness.ts);
//   2. a bare `type: "object"` beside a `oneOf`/`anyOf` with a non-object variant (e.g.
//      `GetUniversalLoginTemplateResponseContent`: object or string) is dropped, as the client
//      types do; read literally, that variant could never match.
// A disagreement with `literal` that `intended` resolves is a documented exception.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

type SchemaNode = Record<string, any>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ID = "https://gen.test/spec.json";

export interface Reference {
  /** Validate against a component schema; undefined when ajv cannot compile it. */
  validator(name: string): ValidateFunction | undefined;
  /** Components ajv could only compile without the `u` flag. */
  legacyPatternSchemas: Set<string>;
}

export function buildReference(schemas: Record<string, SchemaNode>): Reference {
  const make = (unicodeRegExp: boolean) => {
    const ajv = new Ajv2020({ strict: false, logger: false, allErrors: false, unicodeRegExp, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema({ $id: ID, components: { schemas } });
    return ajv;
  };
  const unicode = make(true);
  let legacy: Ajv2020 | undefined;
  const cache = new Map<string, ValidateFunction | undefined>();
  const legacyPatternSchemas = new Set<string>();
  return {
    legacyPatternSchemas,
    validator(name) {
      if (cache.has(name)) return cache.get(name);
      const ref = `${ID}#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      let validate: ValidateFunction | undefined;
      try {
        validate = unicode.getSchema(ref);
      } catch {
        // A pattern JavaScript only accepts without the `u` flag: compile as gen does, legacy mode.
        legacy ??= make(false);
        validate = legacy.getSchema(ref);
        legacyPatternSchemas.add(name);
      }
      cache.set(name, validate);
      return validate;
    },
  };
}

/** The `intended` reading of the component schemas (a deep copy; the input is not changed). */
export function intendedReading(schemas: Record<string, SchemaNode>): Record<string, SchemaNode> {
  const resolve = (node: SchemaNode, hops = 0): SchemaNode => {
    if (typeof node?.$ref !== "string" || hops > 20) return node ?? {};
    const name = node.$ref.replace("#/components/schemas/", "");
    return resolve(schemas[name] ?? {}, hops + 1);
  };
  const isClosed = (node: SchemaNode, depth = 0): boolean => {
    const target = resolve(node);
    if (depth > 10) return false;
    if (target.additionalProperties === false) return true;
    if (Array.isArray(target.allOf) && target.allOf.some((m: SchemaNode) => isClosed(m, depth + 1))) return true;
    const variants = target.oneOf ?? target.anyOf;
    return Array.isArray(variants) && variants.length > 0 && variants.every((v: SchemaNode) => isClosed(v, depth + 1));
  };
  /** A copy of an allOf member with its own top-level closedness lifted. */
  const openCopy = (node: SchemaNode, depth: number): SchemaNode => {
    if (depth > 8) return node;
    const target = typeof node.$ref === "string" ? { ...structuredClone(resolve(node)), ...withoutRef(node) } : { ...node };
    if (target.additionalProperties === false) delete target.additionalProperties;
    delete target.unevaluatedProperties;
    for (const keyword of ["allOf", "oneOf", "anyOf"]) {
      if (Array.isArray(target[keyword])) target[keyword] = target[keyword].map((m: SchemaNode) => openCopy(m, depth + 1));
    }
    return target;
  };
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== "object" || node === null) return node;
    const out: SchemaNode = {};
    for (const [key, value] of Object.entries(node)) out[key] = rewrite(value);
    const variants = out.oneOf ?? out.anyOf;
    if (out.type === "object" && Array.isArray(variants) && !out.properties && variants.some((v: SchemaNode) => !isObjectSchema(v))) {
      delete out.type;
    }
    if (Array.isArray(out.allOf) && out.allOf.some((m: SchemaNode) => isClosed(m))) {
      out.allOf = out.allOf.map((m: SchemaNode) => openCopy(m, 0));
      if (out.additionalProperties === false) delete out.additionalProperties;
      out.unevaluatedProperties = false;
    }
    return out;
  };
  const isObjectSchema = (node: SchemaNode): boolean => {
    const target = resolve(node);
    return target.type === "object" || (Array.isArray(target.type) && target.type.includes("object")) || target.properties !== undefined || target.allOf !== undefined;
  };
  return rewrite(structuredClone(schemas)) as Record<string, SchemaNode>;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}
