// Instances for the differential test, synthesized from the raw spec schemas (never from gen's IR,
// so a normalizer mistake cannot hide on both sides).
//
// `validInstances` builds instances meant to be valid: from examples and defaults, then from the
// keywords (minimum lengths, first enum value, one instance per union variant, merged `allOf`
// members). `invalidInstances` derives broken copies of them, one fault each: wrong type, missing
// required property, extra property, enum miss, too long / too short, pattern and format misses,
// bounds, null where not allowed. Nothing here decides validity: ajv and the generated validators
// each give their verdict on every instance.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = Record<string, any>;

export class CorpusBuilder {
  constructor(private readonly root: SchemaNode) {}

  resolve(node: SchemaNode | undefined, seen = 0): SchemaNode {
    let current = node ?? {};
    for (let hops = seen; typeof current.$ref === "string" && hops < 20; hops++) {
      current = { ...this.lookup(current.$ref), ...withoutRef(current) };
    }
    return current;
  }

  private lookup(ref: string): SchemaNode {
    const parts = ref.replace(/^#\//, "").split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node: any = this.root;
    for (const part of parts) node = node?.[part];
    return node ?? {};
  }

  /** Instances meant to be valid, distinct, at most `limit`. */
  validInstances(schema: SchemaNode, limit = 6): Json[] {
    const out: Json[] = [];
    const seen = new Set<string>();
    const add = (value: Json | undefined) => {
      if (value === undefined) return;
      const key = JSON.stringify(value);
      if (!seen.has(key) && out.length < limit) {
        seen.add(key);
        out.push(value);
      }
    };
    const node = this.resolve(schema);
    for (const example of node.examples ?? []) add(example);
    if ("example" in node) add(node.example);
    if ("default" in node) add(node.default);
    add(this.synth(node, 0, "minimal"));
    add(this.synth(node, 0, "full"));
    for (const variant of [...(node.oneOf ?? []), ...(node.anyOf ?? [])]) add(this.synth(this.merge(node, variant), 0, "full"));
    return out;
  }

  /** `node` with its union keywords replaced by one variant, for synthesizing that variant. */
  private merge(node: SchemaNode, variant: SchemaNode): SchemaNode {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = node;
    return { allOf: [rest, variant] };
  }

  synth(schema: SchemaNode | undefined, depth: number, mode: "minimal" | "full", fillRequired = true): Json | undefined {
    const node = this.resolve(schema);
    if (depth > 6) return undefined;
    if ("const" in node) return node.const;
    if (Array.isArray(node.enum)) return node.enum.find((v: Json) => v !== null) ?? node.enum[0];
    if (Array.isArray(node.allOf)) {
      const { allOf: _allOf, ...own } = node;
      const members: SchemaNode[] = [...node.allOf];
      if (Object.keys(own).some((k) => ["properties", "type", "required", "oneOf", "anyOf"].includes(k))) members.push(own);
      const parts = members.map((member) => this.synth(member, depth + 1, mode, false)).filter((p) => p !== undefined);
      if (parts.length === 0) return undefined;
      if (!parts.every((p) => isRecord(p))) return parts.find((p) => !isRecord(p));
      // Earlier members win: a later member's placeholder never overwrites a const or an enum value.
      const merged: Record<string, Json> = Object.assign({}, ...[...parts].reverse());
      if (fillRequired) for (const key of this.requiredOf(node)) if (!(key in merged)) merged[key] = "x";
      return merged;
    }
    const variants = node.oneOf ?? node.anyOf;
    if (Array.isArray(variants)) {
      const { oneOf: _o, anyOf: _a, ...own } = node;
      return this.synth({ allOf: [own, variants[0]] }, depth + 1, mode, fillRequired);
    }
    if ("default" in node && mode === "minimal") return node.default;
    const types: string[] = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [guessType(node)];
    const type = types.find((t) => t !== "null") ?? "null";
    if (type === "unknown") return undefined;
    switch (type) {
      case "null":
        return null;
      case "boolean":
        return true;
      case "integer":
      case "number":
        return this.number(node, type === "integer");
      case "string":
        return this.string(node);
      case "array": {
        const count = Math.max(node.minItems ?? 0, mode === "full" ? 1 : 0);
        const items: Json[] = [];
        for (let i = 0; i < count; i++) {
          const item = this.synth(node.items, depth + 1, mode);
          if (item === undefined) break;
          items.push(node.uniqueItems && typeof item === "string" ? `${item}${i}` : item);
        }
        return items;
      }
      case "object": {
        const required = new Set<string>(node.required ?? []);
        const out: Record<string, Json> = {};
        const entries = Object.entries<SchemaNode>(node.properties ?? {});
        for (const [key, property] of entries) {
          if (mode === "minimal" && !required.has(key)) continue;
          const value = this.synth(property, depth + 1, mode);
          if (value !== undefined) out[key] = value;
        }
        // minProperties with few required keys: add optional ones until there are enough.
        for (const [key, property] of entries) {
          if (Object.keys(out).length >= (node.minProperties ?? 0)) break;
          const value = this.synth(property, depth + 1, "full");
          if (value !== undefined && !(key in out)) out[key] = value;
        }
        if (fillRequired) for (const key of required) if (!(key in out)) out[key] = "x";
        return out;
      }
      default:
        return {};
    }
  }

  private number(node: SchemaNode, integer: boolean): number {
    let value = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : node.maximum ?? 1);
    if (node.maximum !== undefined && value > node.maximum) value = node.maximum;
    return integer ? Math.ceil(value) : value;
  }

  private string(node: SchemaNode): string {
    const sample = FORMAT_SAMPLES[node.format as string];
    if (sample !== undefined) return sample;
    if (typeof node.pattern === "string") {
      const candidates = [sampleFromPattern(node.pattern, node.minLength ?? 0), ...patternCandidates(node)];
      for (const candidate of candidates) if (candidate !== undefined && safeTest(node.pattern, candidate)) return candidate;
    }
    const length = Math.max(node.minLength ?? 0, 3);
    return "a".repeat(Math.min(length, node.maxLength ?? length));
  }

  /** One-fault copies of `instance`, found by walking it beside its schema (two levels deep). */
  invalidInstances(schema: SchemaNode, instance: Json, depth = 0): Json[] {
    const node = this.resolve(schema);
    const out: Json[] = [...wrongTypes(node, instance)];
    if (typeof instance === "string") out.push(...stringFaults(node));
    if (typeof instance === "number") out.push(...numberFaults(node));
    if (Array.isArray(instance)) {
      if (node.maxItems !== undefined && instance.length > 0) out.push(Array(node.maxItems + 1).fill(instance[0]));
      if ((node.minItems ?? 0) > 0) out.push([]);
      if (instance.length > 0 && depth < 2) {
        for (const fault of this.invalidInstances(node.items ?? {}, instance[0]!, depth + 1).slice(0, 4)) out.push([fault, ...instance.slice(1)]);
      }
    }
    if (isRecord(instance)) {
      out.push({ ...instance, zzz_not_declared: 1 });
      const required: string[] = [...(node.required ?? []), ...this.requiredOfMembers(node)];
      for (const key of new Set(required)) {
        const { [key]: _omitted, ...rest } = instance;
        out.push(rest);
      }
      const properties = this.propertiesOf(node);
      if (depth < 2) {
        for (const [key, value] of Object.entries(instance).slice(0, 12)) {
          const property = properties[key];
          if (!property) continue;
          for (const fault of this.invalidInstances(property, value, depth + 1).slice(0, 6)) out.push({ ...instance, [key]: fault });
        }
      }
    }
    return out;
  }

  private requiredOf(node: SchemaNode): string[] {
    return [...(node.required ?? []), ...this.requiredOfMembers(node)];
  }

  private requiredOfMembers(node: SchemaNode): string[] {
    return (node.allOf ?? []).flatMap((m: SchemaNode) => this.resolve(m).required ?? []);
  }

  private propertiesOf(node: SchemaNode): Record<string, SchemaNode> {
    const merged: Record<string, SchemaNode> = { ...(node.properties ?? {}) };
    for (const member of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) {
      const resolved = this.resolve(member);
      Object.assign(merged, resolved.properties ?? {}, this.propertiesOf({ allOf: resolved.allOf ?? [] }));
    }
    return merged;
  }
}

const FORMAT_SAMPLES: Record<string, string> = {
  "date-time": "2024-02-29T12:34:56Z",
  date: "2024-02-29",
  email: "someone@example.com",
  uri: "https://example.com/a/b?c=d",
  url: "https://example.com/callback",
  uuid: "123e4567-e89b-12d3-a456-426614174000",
  ipv4: "192.0.2.10",
  ipv6: "2001:db8::8a2e:370:7334",
  hostname: "login.example.com",
};

function patternCandidates(node: SchemaNode): string[] {
  const fixed = ["a", "abc", "example", "con_0123456789abcdef", "+14155550123", "https://example.com", "ABC123", "a-b", "12345678", ""];
  const length = Math.max(node.minLength ?? 0, 1);
  return [...fixed, "a".repeat(length), "1".repeat(length)];
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    try {
      return new RegExp(pattern).test(value);
    } catch {
      return false;
    }
  }
}

function wrongTypes(node: SchemaNode, instance: Json): Json[] {
  const types: string[] = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  const out: Json[] = [];
  if (!types.includes("null") && instance !== null) out.push(null);
  if (typeof instance === "string") out.push(42);
  else if (typeof instance === "number") out.push(Number.isInteger(instance) && types.includes("integer") ? 1.5 : "7");
  else if (typeof instance === "boolean") out.push("true");
  else if (Array.isArray(instance)) out.push({ 0: instance[0] ?? null });
  else if (isRecord(instance)) out.push([instance], "object");
  return out;
}

function stringFaults(node: SchemaNode): Json[] {
  const out: Json[] = [];
  if (node.maxLength !== undefined) {
    out.push("b".repeat(node.maxLength + 1));
    // Astral characters: valid by code points, too long if counted in UTF-16 units.
    out.push("\u{1F600}".repeat(node.maxLength));
  }
  if ((node.minLength ?? 0) > 0) out.push("c".repeat(node.minLength - 1));
  if (typeof node.pattern === "string") out.push(" \u0000 no match %");
  if (node.format !== undefined) out.push(`not a ${node.format} value`);
  if (Array.isArray(node.enum)) out.push("zz-not-in-enum");
  if ("const" in node) out.push("zz-not-the-const");
  return out;
}

function numberFaults(node: SchemaNode): Json[] {
  const out: Json[] = [];
  if (node.minimum !== undefined) out.push(node.minimum - 1);
  if (node.maximum !== undefined) out.push(node.maximum + 1);
  if (node.exclusiveMinimum !== undefined) out.push(node.exclusiveMinimum);
  if (node.exclusiveMaximum !== undefined) out.push(node.exclusiveMaximum);
  if (Array.isArray(node.enum)) out.push(-987654);
  return out;
}

function guessType(node: SchemaNode): string {
  if (node.properties || node.additionalProperties !== undefined || node.required) return "object";
  if (node.items) return "array";
  if (node.maxLength !== undefined || node.minLength !== undefined || node.pattern || node.format) return "string";
  if (node.minimum !== undefined || node.maximum !== undefined) return "number";
  return "unknown";
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/**
 * A string a simple regular expression matches: literals, classes, escapes, groups (first
 * alternative), quantifiers (their minimum, at least `minLength` overall). Look-arounds are
 * skipped. Returns undefined for constructs it does not know; callers then try fixed candidates.
 */
export function sampleFromPattern(pattern: string, minLength = 0): string | undefined {
  let i = 0;
  const source = pattern;
  const parseAlternatives = (): string | undefined => {
    const first = parseSequence();
    while (source[i] === "|") {
      i++;
      parseSequence();
    }
    return first;
  };
  const parseSequence = (): string | undefined => {
    let out = "";
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const atom = parseAtom();
      if (atom === undefined) return undefined;
      const [min, max] = parseQuantifier();
      const count = Math.max(min, atom === "" ? 0 : Math.min(max, min === 0 && minLength > out.length ? 1 : min));
      out += atom.repeat(count);
    }
    return out;
  };
  const parseQuantifier = (): [number, number] => {
    const char = source[i];
    let result: [number, number] = [1, 1];
    if (char === "*") result = [0, Infinity];
    else if (char === "+") result = [1, Infinity];
    else if (char === "?") result = [0, 1];
    else if (char === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!match) return [1, 1];
      i += match[0].length;
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === "" ? Infinity : Number(match[3]);
      if (source[i] === "?") i++;
      return [min, max];
    } else return result;
    i++;
    if (source[i] === "?") i++;
    return result;
  };
  const parseAtom = (): string | undefined => {
    const char = source[i]!;
    if (char === "^" || char === "$") {
      i++;
      return "";
    }
    if (char === "(") {
      i++;
      if (source.startsWith("?:", i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        // A look-around: skip to its closing parenthesis, it adds no characters.
        let depth = 1;
        while (i < source.length && depth > 0) {
          i++;
          if (source[i] === "\\") i++;
          else if (source[i] === "(") depth++;
          else if (source[i] === ")") depth--;
        }
        i++;
        return "";
      }
      const inner = parseAlternatives();
      if (source[i] !== ")") return undefined;
      i++;
      return inner;
    }
    if (char === "[") {
      const end = findClassEnd(source, i);
      if (end < 0) return undefined;
      const body = source.slice(i + 1, end);
      i = end + 1;
      return classSample(body);
    }
    if (char === "\\") {
      const next = source[i + 1]!;
      i += 2;
      if (next === "d") return "1";
      if (next === "w") return "a";
      if (next === "s") return " ";
      if (next === "u") {
        const hex = source.slice(i, i + 4);
        i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      return next;
    }
    if (char === ".") {
      i++;
      return "a";
    }
    i++;
    return char;
  };
  const result = parseAlternatives();
  return i === source.length ? result : undefined;
}

function findClassEnd(source: string, start: number): number {
  for (let j = start + 1; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === "]" && j > start + 1) return j;
  }
  return -1;
}

function classSample(body: string): string | undefined {
  if (body.startsWith("^")) {
    for (const candidate of ["a", "1", "x", "Z", "-", "_"]) if (!new RegExp(`[${body.slice(1)}]`).test(candidate)) return candidate;
    return undefined;
  }
  if (body.startsWith("\\")) return body[1] === "d" ? "1" : body[1] === "w" || body[1] === "S" ? "a" : body[1];
  return body[0];
}
