/**
 * IAM wildcard match: `*` is any run of characters (including none), `?` exactly one.
 * A two-pointer matcher instead of a RegExp: no escaping needed and no catastrophic
 * backtracking, O(pattern × value) in the worst case.
 */
export function matchesWildcard(
  pattern: string,
  value: string,
  options: { caseInsensitive?: boolean } = {},
): boolean {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = options.caseInsensitive ? value.toLowerCase() : value;
  let pi = 0;
  let vi = 0;
  let star = -1; // position of the last `*` seen in the pattern
  let resume = 0; // value position that `*` currently swallows up to
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === '*') {
      star = pi++;
      resume = vi;
    } else if (pc !== undefined && (pc === '?' || pc === v[vi])) {
      pi++;
      vi++;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++resume; // let the last `*` swallow one more character
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}
