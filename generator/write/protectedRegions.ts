// Protected regions: blocks of a generated file that belong to the user.
//
//     // gen:keep-start imports
//     import { audit } from "../audit.js";   ← kept across regenerations
//     // gen:keep-end
//
// A template (a built-in one, or one in a `--templates` folder) emits the markers, usually with
// nothing between them. On regeneration the lines between the markers are carried over from the
// file on disk into the new file, matched by id, so custom code there survives. Edits inside a
// region do not count as hand edits; edits outside one still do.

const START = /^[ \t]*\/\/ gen:keep-start ([A-Za-z0-9_.:-]+)[ \t]*\r?\n?$/;
const END = /^[ \t]*\/\/ gen:keep-end[ \t]*\r?\n?$/;

/** A file cut into plain text and regions; every piece keeps its line endings, so joining gives the file back. */
type Segment = { text: string } | { id: string; start: string; body: string; end: string };

/** Undefined when the markers are unbalanced or an id repeats: such a file is treated as having no regions. */
function segments(text: string): Segment[] | undefined {
  // Most files have no marker at all: one search instead of a split and two regexes a line
  // (every file is hashed through here; 3,300 docs pages took ~100 ms).
  if (!text.includes("gen:keep-")) return [{ text }];
  const result: Segment[] = [];
  const ids = new Set<string>();
  let open: { id: string; start: string; body: string } | undefined;
  for (const line of text.split(/(?<=\n)/)) {
    const start = START.exec(line);
    if (start) {
      if (open || ids.has(start[1])) return undefined;
      ids.add(start[1]);
      open = { id: start[1], start: line, body: "" };
    } else if (END.test(line)) {
      if (!open) return undefined;
      result.push({ ...open, end: line });
      open = undefined;
    } else if (open) {
      open.body += line;
    } else {
      result.push({ text: line });
    }
  }
  return open ? undefined : result;
}

/** id → the text between its markers. */
export function findRegions(text: string): Map<string, string> | undefined {
  const parts = segments(text);
  if (!parts) return undefined;
  return new Map(parts.flatMap((s) => ("id" in s ? [[s.id, s.body] as [string, string]] : [])));
}

function join(parts: Segment[], bodyOf: (id: string, body: string) => string): string {
  return parts.map((s) => ("id" in s ? s.start + bodyOf(s.id, s.body) + s.end : s.text)).join("");
}

export interface CarriedRegions {
  /** The generated text with the regions' bodies taken from the file on disk. */
  text: string;
  /** Ids of non-empty regions on disk that the new text no longer has: carrying on would lose them. */
  lost: string[];
}

export function carryRegions(generated: string, onDisk: string): CarriedRegions {
  const kept = findRegions(onDisk);
  const target = segments(generated);
  if (!kept || kept.size === 0 || !target) return { text: generated, lost: [] };
  const targetIds = new Set(target.flatMap((s) => ("id" in s ? [s.id] : [])));
  const lost = [...kept].filter(([id, body]) => !targetIds.has(id) && body.trim() !== "").map(([id]) => id);
  return { text: join(target, (id, body) => kept.get(id) ?? body), lost };
}

/**
 * The text with every region emptied: what the manifest hashes, so that edits inside regions
 * are not mistaken for hand edits. Text with unbalanced markers is returned as it is.
 */
export function withoutRegionBodies(text: string): string {
  const parts = segments(text);
  return parts ? join(parts, () => "") : text;
}
