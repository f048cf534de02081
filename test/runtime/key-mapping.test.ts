// The runtime's key renaming for camelCase clients (runtime/key-mapping.ts), on hand-written
// shapes: what it renames, what it leaves alone, and how union members combine.
import { describe, expect, it } from "vitest";
import { fromWire, toWire, type KeyShape } from "../../templates/client/runtime/index.js";

const Tag: KeyShape = { props: { tagName: ["tag_name"] } };
const User: KeyShape = {
  props: {
    userId: ["user_id"],
    manager: ["manager", { ref: () => User }],
    tags: ["tags", { items: { ref: () => Tag } }],
    labels: ["labels", { props: {}, extra: { ref: () => Tag } }],
  },
};

describe("toWire / fromWire", () => {
  it("renames declared keys through refs, arrays, map values and recursion, both ways", () => {
    const code = { userId: "u1", manager: { userId: "u0", tags: [{ tagName: "boss" }] }, labels: { "any key": { tagName: "t" } }, other_key: 1 };
    const wire = { user_id: "u1", manager: { user_id: "u0", tags: [{ tag_name: "boss" }] }, labels: { "any key": { tag_name: "t" } }, other_key: 1 };
    expect(toWire(code, User)).toEqual(wire);
    expect(fromWire(wire, User)).toEqual(code);
    expect(fromWire([wire], { items: User })).toEqual([code]);
  });

  it("merges union members: every member's renames apply, and a key's value shapes combine", () => {
    const A: KeyShape = { props: { data: ["data", { props: { firstName: ["first_name"] } }] } };
    const B: KeyShape = { props: { data: ["data", { props: { lastName: ["last_name"] } }], createdAt: ["created_at"] } };
    const either: KeyShape = { anyOf: [{ ref: () => A }, B] };
    expect(fromWire({ data: { first_name: "a", last_name: "b" }, created_at: "t" }, either)).toEqual({ data: { firstName: "a", lastName: "b" }, createdAt: "t" });
    // An array member and an object member: arrays take the items' shape, objects the keys.
    const listOrPage: KeyShape = { anyOf: [{ items: Tag }, { props: { tagList: ["tag_list", { items: Tag }] } }] };
    expect(fromWire([{ tag_name: "x" }], listOrPage)).toEqual([{ tagName: "x" }]);
    expect(fromWire({ tag_list: [{ tag_name: "x" }] }, listOrPage)).toEqual({ tagList: [{ tagName: "x" }] });
  });

  it("ends a union that reaches itself through refs", () => {
    const Node: KeyShape = { anyOf: [{ ref: () => Node }, { props: { childNodes: ["child_nodes", { items: { ref: () => Node } }] } }] };
    expect(fromWire({ child_nodes: [{ child_nodes: [] }] }, Node)).toEqual({ childNodes: [{ childNodes: [] }] });
  });

  it("passes through values without a shape, scalars, null, and objects that are not plain records", () => {
    const value = { user_id: "u" };
    expect(fromWire(value, undefined)).toBe(value);
    expect(fromWire("text", User)).toBe("text");
    expect(fromWire(null, User)).toBeNull();
    const date = new Date(0);
    const blob = new Blob(["x"]);
    expect(toWire(date, User)).toBe(date);
    expect(toWire({ userId: "u", manager: blob }, User)).toEqual({ user_id: "u", manager: blob });
  });

  it("keeps a `__proto__` key from JSON an own property instead of setting the prototype", () => {
    const wire = JSON.parse('{"__proto__": {"polluted": true}, "user_id": "u"}');
    const code = fromWire(wire, User) as Record<string, unknown>;
    expect(Object.getPrototypeOf(code)).toBe(Object.prototype);
    expect(Object.keys(code)).toEqual(["__proto__", "userId"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("does not touch its input", () => {
    const code = { userId: "u", tags: [{ tagName: "t" }] };
    const before = JSON.stringify(code);
    toWire(code, User);
    expect(JSON.stringify(code)).toBe(before);
  });
});
