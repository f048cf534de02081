// Layout documents in prettier's own shape (prettier/doc): text joined by groups that print on one
// line when they fit in the print width and break their lines otherwise. The printers of this
// folder build, for each construct the validators emit, the document prettier's estree printer
// builds for it, so printing them (printDoc.ts) yields exactly what prettier would print.
//
// The objects have the fields of prettier's docs, so `prettier/doc`'s printDocToString prints them
// the same way once lazy documents are expanded (test/validators/layout.test.ts checks that).

export type Doc = string | Doc[] | Group | Indent | Align | Line | IfBreak | IndentIfBreak | Fill | Lazy;

/**
 * Not one of prettier's: an expression known by its one-line text, whose document is built only
 * when the printer has to break it. Most expressions fit where they stand, so most documents are
 * never built. `group` is true when the expression prints on one line wherever that line fits
 * (every expression but an `if` test's operator chain, whose lines break with the parentheses).
 */
export interface Lazy {
  type: "lazy";
  text: string;
  group: boolean;
  expand(): Doc;
  expanded?: Doc;
}

export function expanded(doc: Lazy): Doc {
  return (doc.expanded ??= doc.expand());
}

export interface Group {
  type: "group";
  contents: Doc;
  /** Printed broken whatever its width (prettier's `shouldBreak`). */
  break: boolean;
  id?: symbol;
  /** A conditional group: the states tried in turn, the first being `contents`. */
  expandedStates?: Doc[];
}

export interface Indent {
  type: "indent";
  contents: Doc;
}

export interface Align {
  type: "align";
  contents: Doc;
  n: number;
}

export interface Line {
  type: "line";
  /** Prints nothing, rather than a space, when its group is flat. */
  soft?: true;
}

export interface IfBreak {
  type: "if-break";
  breakContents: Doc;
  flatContents: Doc;
  /** Follows that group's mode rather than the enclosing one. */
  groupId?: symbol;
}

export interface IndentIfBreak {
  type: "indent-if-break";
  contents: Doc;
  groupId: symbol;
  negate: false;
}

export interface Fill {
  type: "fill";
  /** Content and separator lines, alternating. */
  parts: Doc[];
}

export const line: Line = { type: "line" };
export const softline: Line = { type: "line", soft: true };

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Group {
  return { type: "group", id: options.id, contents, break: options.shouldBreak ?? false };
}

/** The first of `states` that fits, else the last one broken (prettier's conditionalGroup). */
export function conditionalGroup(states: Doc[]): Group {
  return { type: "group", contents: states[0]!, break: false, expandedStates: states };
}

export function indent(contents: Doc): Indent {
  return { type: "indent", contents };
}

export function align(n: number, contents: Doc): Align {
  return { type: "align", contents, n };
}

export function ifBreak(breakContents: Doc, flatContents: Doc = "", groupId?: symbol): IfBreak {
  return { type: "if-break", breakContents, flatContents, groupId };
}

export function indentIfBreak(contents: Doc, groupId: symbol): IndentIfBreak {
  return { type: "indent-if-break", contents, groupId, negate: false };
}

export function fill(parts: Doc[]): Fill {
  return { type: "fill", parts };
}
