// What every emitter returns: files as paths relative to the output folder and their text.
export interface GeneratedFile {
  /** POSIX path relative to the output folder, e.g. `resources/Users.ts`. */
  path: string;
  contents: string;
  /** Copied as is from the templates folder (already formatted there); the format stage skips it. */
  verbatim?: boolean;
  /**
   * Blocks of `contents` the emitter laid out exactly as prettier prints them (emit/shared/layout.ts),
   * e.g. the declarations of types.ts: the format stage keeps each one found verbatim in the text.
   * A template that changes a block's text loses the shortcut for it, never the formatting.
   */
  laidOut?: string[];
  /** Set by the format stage: sha256 of the text before formatting, so a later run can reuse the result. */
  sourceHash?: string;
}

/** Sorts by path so every later stage (formatting, writing, the manifest) sees one order. */
export function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
