// Group patterns of filters: dotted group paths (`users`, `organizations.members`) where `*`
// stands for one segment and `**` for any number of them. A pattern selects a group together with
// everything under it — `experimentation` holds no operation itself, only sub-groups, and
// "exclude experimentation" means all of them — so it matches an operation when it matches its
// group path or any leading part of it.

export function groupPatternMatches(pattern: string, groupPath: readonly string[]): boolean {
  const segments = pattern.split(".");
  for (let length = 1; length <= groupPath.length; length++) {
    if (segmentsMatch(segments, 0, groupPath.slice(0, length), 0)) return true;
  }
  return false;
}

function segmentsMatch(pattern: string[], p: number, path: readonly string[], s: number): boolean {
  if (p === pattern.length) return s === path.length;
  if (pattern[p] === "**") {
    for (let skip = s; skip <= path.length; skip++) if (segmentsMatch(pattern, p + 1, path, skip)) return true;
    return false;
  }
  if (s === path.length) return false;
  return (pattern[p] === "*" || pattern[p] === path[s]) && segmentsMatch(pattern, p + 1, path, s + 1);
}
