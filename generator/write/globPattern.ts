// Glob patterns as used in `.genignore`, turned into regular expressions over POSIX paths
// relative to the output folder. The subset gitignore users expect:
//   `*` any run of characters within one path segment   `?` one character within a segment
//   `**` any number of whole segments                  `[abc]` one of a set of characters
// A pattern without a slash matches a file or folder name at any depth (`Users.ts`); one with a
// slash is anchored at the output folder (`resources/Users.ts`, `/index.ts`).

export function globToRegExp(glob: string): RegExp {
  const anchored = glob.includes("/");
  const body = glob.replace(/^\//, "");
  let source = "";
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === "*" && body[i + 1] === "*") {
      const slashAfter = body[i + 2] === "/";
      // `**/` may match nothing, so `**/a` matches `a` as well as `x/y/a`.
      source += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (char === "*") {
      source += "[^/]*";
    } else if (char === "?") {
      source += "[^/]";
    } else if (char === "[") {
      const end = body.indexOf("]", i + 1);
      if (end < 0) source += "\\[";
      else {
        const set = body.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        source += `[${set}]`;
        i = end;
      }
    } else {
      source += char.replace(/[.+^${}()|\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${source}$`);
}
