// Seeded structural mutations of an OpenAPI document, for the fuzz test.
//
// Each mutation picks a random node of the document (any depth) and applies one of: drop a key,
// duplicate a sibling's value under a new key, change a value's type, break or redirect a `$ref`,
// or replace a string with a hostile one. Same seed, same mutations.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** mulberry32: small, fast, and good enough to spread mutations around. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  "*/ globalThis.__pwned = 1; /*",
  "${globalThis.__pwned = 1}",
  "`",
  "</script><script>globalThis.__pwned = 1</script>",
  "{{globalThis.__pwned}}",
  "\u0000\r\n\u2028",
  "constructor",
  "__proto__",
  "1-starts-with-digit",
  "has space.and#hash$dollar",
  "",
  "x".repeat(5000),
];

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) node.forEach((child, i) => (out.push({ parent: node, key: i }), visit(child)));
    else if (node !== null && typeof node === "object") for (const [key, child] of Object.entries(node)) out.push({ parent: node, key }), visit(child);
  };
  visit(root);
  return out;
}

export interface Mutation {
  kind: string;
  pointer: string;
}

/** Applies `count` mutations to a deep copy of `document`; returns the copy and what was done. */
export function mutate(document: Json, next: () => number, count: number): { document: Json; mutations: Mutation[] } {
  const copy = structuredClone(document);
  const mutations: Mutation[] = [];
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  for (let n = 0; n < count; n++) {
    const all = slots(copy);
    if (all.length === 0) break;
    const slot = pick(all);
    const get = () => (slot.parent as any)[slot.key] as Json;
    const set = (value: Json) => (Array.isArray(slot.parent) ? (slot.parent[slot.key as number] = value) : setOwn(slot.parent, slot.key as string, value));
    const kind = pick(["drop", "duplicate", "retype", "ref", "hostile", "hostile-key"]);
    switch (kind) {
      case "drop":
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete slot.parent[slot.key as string];
        break;
      case "duplicate":
        if (!Array.isArray(slot.parent)) setOwn(slot.parent, `${String(slot.key)}_copy`, structuredClone(get()));
        else slot.parent.push(structuredClone(get()));
        break;
      case "retype":
        set(pick<Json>([null, 42, -1.5, true, "text", [], {}, [1, "a"], { $ref: "#/nowhere" }]));
        break;
      case "ref": {
        const value = get();
        if (value !== null && typeof value === "object" && !Array.isArray(value)) {
          value.$ref = pick(["#/components/schemas/DoesNotExist", "#/paths", "#", "other.json#/x", "#/components/schemas"]);
        } else set({ $ref: "#/components/schemas/DoesNotExist" });
        break;
      }
      case "hostile":
        set(pick(HOSTILE));
        break;
      case "hostile-key":
        if (!Array.isArray(slot.parent)) {
          const value = get();
          delete slot.parent[slot.key as string];
          setOwn(slot.parent, pick(HOSTILE), value);
        }
        break;
    }
    mutations.push({ kind, pointer: pointerOf(slot) });
  }
  return { document: copy, mutations };
}

/** Adds an own property even for keys like `__proto__` or `constructor`, as JSON.parse would. */
function setOwn(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The mutated key, for the report of a crashing seed (the seed itself reproduces the rest). */
function pointerOf(slot: Slot): string {
  return `…/${String(slot.key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
