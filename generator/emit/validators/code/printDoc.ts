// Prints a layout document (doc.ts) the way prettier's printer does: written here to follow the
// same line-fitting algorithm (Wadler-style groups that print flat when they fit, prettier's
// `fits` look-ahead and `fill` rules) so that the text comes out identical, which
// test/validators/layout.test.ts checks against prettier's own printDocToString. It handles only
// the document types the validator printers build (no hard lines, line suffixes, labels or
// cursors), always prints ASCII, and adds lazy documents, built only when they must break; those
// and prettier's per-call setup (break propagation, string widths, result buffers) are why
// prettier's printer is not called directly. The command stacks are parallel arrays reused from
// one call to the next, not objects, because generation must stay fast.
import { expanded, type Doc, type Group } from "./doc.js";

/** prettier's default `printWidth`; `tabWidth` is 2 and indentation is spaces. */
export const PRINT_WIDTH = 80;

const BREAK = 0;
const FLAT = 1;
type Mode = typeof BREAK | typeof FLAT;

/** The commands still to print, top last: what, in which mode, at which indentation. */
const docs: Doc[] = [];
const modes: Mode[] = [];
const indents: number[] = [];
let depth = 0;

function push(doc: Doc, mode: Mode, indent: number): void {
  docs[depth] = doc;
  modes[depth] = mode;
  indents[depth] = indent;
  depth++;
}

/**
 * The text of `doc` starting at column `indent` (the caller writes that indentation), its lines
 * broken where groups do not fit in the print width and indented from `indent`.
 */
export function printDoc(doc: Doc, indent: number): string {
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let position = indent;
  const base = depth;
  push(doc, BREAK, indent);
  while (depth > base) {
    depth--;
    const current = docs[depth]!;
    const mode = modes[depth]!;
    const level = indents[depth]!;
    if (typeof current === "string") {
      out.push(current);
      position += current.length;
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) push(current[i]!, mode, level);
      continue;
    }
    switch (current.type) {
      case "indent":
        push(current.contents, mode, level + 2);
        break;
      case "align":
        push(current.contents, mode, level + current.n);
        break;
      case "group": {
        const [contents, groupMode] = printedGroup(current, mode, PRINT_WIDTH - position, base, groupModes);
        push(contents, groupMode, level);
        if (current.id) groupModes.set(current.id, groupMode);
        break;
      }
      case "fill":
        pushFill(current.parts, mode, level, PRINT_WIDTH - position, groupModes);
        break;
      case "if-break":
      case "indent-if-break": {
        const groupMode = current.groupId ? groupModes.get(current.groupId) : mode;
        if (groupMode === undefined) break;
        if (current.type === "if-break") push(groupMode === BREAK ? current.breakContents : current.flatContents, mode, level);
        else push(current.contents, mode, groupMode === BREAK ? level + 2 : level);
        break;
      }
      case "lazy":
        if (mode === FLAT || (current.group && fits(current.text, FLAT, base, PRINT_WIDTH - position, groupModes, false))) {
          out.push(current.text);
          position += current.text.length;
        } else {
          push(expanded(current), mode, level);
        }
        break;
      case "line":
        if (mode === FLAT) {
          if (!current.soft) {
            out.push(" ");
            position += 1;
          }
        } else {
          trimTrailingSpaces(out);
          out.push(`\n${" ".repeat(level)}`);
          position = level;
        }
        break;
    }
  }
  return out.join("");
}

/** Like prettier, no trailing spaces before a line break. */
function trimTrailingSpaces(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (!last.endsWith(" ")) return;
    const trimmed = last.replace(/ +$/, "");
    if (trimmed) {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}

/** How a group prints: flat if it fits, else the first expanded state that fits, else broken. */
function printedGroup(doc: Group, mode: Mode, width: number, base: number, groupModes: Map<symbol, Mode>): [Doc, Mode] {
  if (mode === FLAT) return [doc.contents, doc.break ? BREAK : FLAT];
  if (!doc.break && fits(doc.contents, FLAT, base, width, groupModes, false)) return [doc.contents, FLAT];
  const states = doc.expandedStates;
  if (!states) return [doc.contents, BREAK];
  if (!doc.break) {
    for (let i = 1; i < states.length - 1; i++) if (fits(states[i]!, FLAT, base, width, groupModes, false)) return [states[i]!, FLAT];
  }
  return [states[states.length - 1]!, BREAK];
}

/** A fill puts as many parts on a line as fit, breaking only the separators it must. */
function pushFill(parts: Doc[], mode: Mode, indent: number, width: number, groupModes: Map<symbol, Mode>): void {
  if (parts.length === 0) return;
  const content = parts[0]!;
  const contentFits = fits(content, FLAT, depth, width, groupModes, true);
  if (parts.length === 1) {
    push(content, contentFits ? FLAT : BREAK, indent);
    return;
  }
  const whitespace = parts[1]!;
  if (parts.length === 2) {
    push(whitespace, contentFits ? FLAT : BREAK, indent);
    push(content, contentFits ? FLAT : BREAK, indent);
    return;
  }
  const pairFits = fits([content, whitespace, parts[2]!], FLAT, depth, width, groupModes, true);
  push({ type: "fill", parts: parts.slice(2) }, mode, indent);
  push(whitespace, pairFits ? FLAT : BREAK, indent);
  push(content, pairFits || contentFits ? FLAT : BREAK, indent);
}

/** The stack of fits(), reused between calls. */
const fitDocs: Doc[] = [];
const fitModes: Mode[] = [];

/**
 * Whether `doc` printed in `mode`, followed by the commands still to print (down to `base`) up to
 * their first line break, fits in `width` columns (prettier's `fits`). With `mustBeFlat` (a fill's
 * parts, which print without what follows) nothing after `doc` counts.
 */
function fits(doc: Doc, mode: Mode, base: number, width: number, groupModes: Map<symbol, Mode>, mustBeFlat: boolean): boolean {
  let restIndex = mustBeFlat ? base : depth;
  let pendingSpace = false;
  let top = 0;
  fitDocs[top] = doc;
  fitModes[top] = mode;
  top++;
  while (width >= 0) {
    if (top === 0) {
      if (restIndex === base) return true;
      restIndex--;
      fitDocs[top] = docs[restIndex]!;
      fitModes[top] = modes[restIndex]!;
      top++;
      continue;
    }
    top--;
    const current = fitDocs[top]!;
    const currentMode = fitModes[top]!;
    if (typeof current === "string") {
      if (current) {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= current.length;
      }
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        fitDocs[top] = current[i]!;
        fitModes[top] = currentMode;
        top++;
      }
      continue;
    }
    let next: Doc | undefined;
    let nextMode = currentMode;
    switch (current.type) {
      case "fill":
        for (let i = current.parts.length - 1; i >= 0; i--) {
          fitDocs[top] = current.parts[i]!;
          fitModes[top] = currentMode;
          top++;
        }
        continue;
      case "indent":
      case "align":
      case "indent-if-break":
        next = current.contents;
        break;
      case "group": {
        if (mustBeFlat && current.break) return false;
        nextMode = current.break ? BREAK : currentMode;
        next = current.expandedStates && nextMode === BREAK ? current.expandedStates[current.expandedStates.length - 1]! : current.contents;
        break;
      }
      case "if-break": {
        const groupMode = current.groupId ? (groupModes.get(current.groupId) ?? FLAT) : currentMode;
        next = groupMode === BREAK ? current.breakContents : current.flatContents;
        break;
      }
      case "lazy":
        next = currentMode === FLAT ? current.text : expanded(current);
        break;
      case "line":
        if (currentMode === BREAK) return true;
        if (!current.soft) pendingSpace = true;
        continue;
    }
    if (next) {
      fitDocs[top] = next;
      fitModes[top] = nextMode;
      top++;
    }
  }
  return false;
}
