// Builds JSDoc/TSDoc comments from spec text that may contain anything.
//
// Spec text never ends a comment early (`*/` is broken up), never starts a TSDoc tag by accident
// (a line opening with `@` is escaped), and uses LF line endings only.

/** The lines of a doc comment, safe to print between `/**` and `*\/`. */
export function commentLines(text: string): string[] {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    // Other control characters (NUL, ESC, …) would put raw bytes into the file: show them as escapes.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/\*\//g, "*\\/")
    .split("\n")
    .map((line) => line.replace(/\s+$/, "").replace(/^(\s*)@/, "$1\\@"));
}

/**
 * A complete doc comment block, indented: spec-text paragraphs (escaped, empty ones dropped), then
 * tag lines the generator wrote itself (`@beta`, `@defaultValue …`), printed as they are.
 */
export function docComment(paragraphs: Array<string | undefined>, tags: string[] = [], indent = ""): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph === undefined || paragraph.trim() === "") continue;
    if (lines.length > 0) lines.push("");
    lines.push(...commentLines(paragraph.trim()));
  }
  if (tags.length > 0 && lines.length > 0) lines.push("");
  for (const tag of tags) lines.push(...commentLines(tag).map((l, i) => (i === 0 ? l.replace(/^\\@/, "@") : l)));
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)).join("\n")}\n${indent} */\n`;
}

/** TSDoc release tags for a lifecycle stage. */
export function lifecycleTags(lifecycle: string | undefined, deprecated: boolean | undefined): string[] {
  const tags: string[] = [];
  if (lifecycle === "beta") tags.push("@beta");
  if (lifecycle === "EA") tags.push("@experimental Early access: may change without notice.");
  if (deprecated || lifecycle === "deprecated") tags.push("@deprecated");
  return tags;
}
