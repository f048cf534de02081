// Where each docs page lives, and relative links between pages (so the output works from a
// repository browser, a static host or file:// alike). Page ids are POSIX paths without extension.
import type { Group, Operation } from "../../ir/types.js";

export const INDEX_PAGE = "index";
export const REFERENCE_PAGE = "reference";

/** `api/<group path>/index`: one folder per group, so sub-groups nest under their parent. */
export function groupPageId(path: string[]): string {
  return ["api", ...path, "index"].join("/");
}

/** `api/<group path>/<name>`; a method called `index` would collide with the group page. */
export function operationPageId(operation: Pick<Operation, "groupPath" | "name">): string {
  const file = operation.name === "index" ? "index-method" : operation.name;
  return ["api", ...operation.groupPath, file].join("/");
}

export function typePageId(typeName: string): string {
  return `types/${typeName}`;
}

/** The href from one page to another, e.g. `../../types/User.md`; `#anchor` appended when given. */
export function relativeHref(from: string, to: string, extension: string, anchor?: string): string {
  // Pages link to the same few hundred targets over and over (type links on every field), and the
  // href depends only on the folder the linking page sits in.
  const key = `${from.slice(0, from.lastIndexOf("/") + 1)}\u0000${to}\u0000${extension}`;
  let path = hrefCache.get(key);
  if (path === undefined) {
    path = computeHref(from, to, extension);
    if (hrefCache.size > 200_000) hrefCache.clear();
    hrefCache.set(key, path);
  }
  return anchor ? `${path}#${anchor}` : path;
}

const hrefCache = new Map<string, string>();

function computeHref(from: string, to: string, extension: string): string {
  const source = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
  const up = source.length - common;
  const path = [...Array<string>(up).fill(".."), ...target.slice(common)].join("/");
  return `${path}.${extension}`;
}

/** The path from a page back to the site root (`../../`), for shared assets. */
export function rootPrefix(pageId: string): string {
  return "../".repeat(pageId.split("/").length - 1);
}

export function allGroups(root: Group): Group[] {
  return root.children.flatMap((child) => [child, ...allGroups(child)]);
}

/** A stable anchor from any text: lowercase, runs of other characters as `-`. */
export function anchorOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "section";
}
