/**
 * IAM wildcard matching. `*` is any run of characters (including none), `?` exactly one.
 * Matchers are compiled once per policy pattern: fast paths for the common shapes, otherwise
 * a token matcher without RegExp, so no pattern can make matching backtrack exponentially.
 */

/** Stand-ins for a literal `*` / `?` inside a pattern (from `${*}`, `${?}` or a variable's value). */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

export type Matcher = (value: string) => boolean;

const ALWAYS: Matcher = () => true;
const hasWildcard = (p: string) => p.includes('*') || p.includes('?');
const hasLiteralMark = (p: string) => p.includes(LITERAL_STAR) || p.includes(LITERAL_QUESTION);
const unmark = (p: string) => p.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?');

// Pattern tokens: a char code (>= 0) or one of these.
const STAR = -1;
const STAR_IN_SEGMENT = -2; // does not cross a colon
const ONE = -3;
const ONE_IN_SEGMENT = -4;
const COLON = 58;

function tokenize(pattern: string, star: (i: number) => number, one: number): Int32Array {
  const tokens = new Int32Array(pattern.length);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    tokens[i] = c === '*' ? star(i) : c === '?' ? one : c === LITERAL_STAR ? 42 : c === LITERAL_QUESTION ? 63 : c.charCodeAt(0);
  }
  return tokens;
}

/** Greedy two-pointer match for tokens whose wildcards may match anything: O(n·m) at worst. */
function twoPointer(t: Int32Array, v: string): boolean {
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    const k = pi < t.length ? t[pi] : 0;
    if (pi < t.length && k === STAR) {
      star = pi++;
      resume = vi;
    } else if (pi < t.length && (k === ONE || k === v.charCodeAt(vi))) {
      pi++;
      vi++;
    } else if (star !== -1) {
      pi = star + 1;
      vi = ++resume;
    } else {
      return false;
    }
  }
  while (pi < t.length && t[pi] === STAR) pi++;
  return pi === t.length;
}

/** Set-of-states match for tokens with segment-bound wildcards: O(n·m), no backtracking. */
function stateSet(t: Int32Array): Matcher {
  const m = t.length;
  let cur = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  const close = (s: Uint8Array) => {
    for (let i = 0; i < m; i++) if (s[i] && (t[i] === STAR || t[i] === STAR_IN_SEGMENT)) s[i + 1] = 1;
  };
  return (v) => {
    cur.fill(0);
    cur[0] = 1;
    close(cur);
    for (let vi = 0; vi < v.length; vi++) {
      const c = v.charCodeAt(vi);
      next.fill(0);
      let alive = false;
      for (let i = 0; i < m; i++) {
        if (!cur[i]) continue;
        const k = t[i] as number;
        if (k === STAR || (k === STAR_IN_SEGMENT && c !== COLON)) next[i] = 1;
        else if (k === c || k === ONE || (k === ONE_IN_SEGMENT && c !== COLON)) next[i + 1] = 1;
        else continue;
        alive = true;
      }
      if (!alive) return false;
      close(next);
      [cur, next] = [next, cur];
    }
    return cur[m] === 1;
  };
}

function tokenMatcher(t: Int32Array): Matcher {
  return t.some((k) => k === STAR_IN_SEGMENT || k === ONE_IN_SEGMENT) ? stateSet(t) : (v) => twoPointer(t, v);
}

function simple(pattern: string, caseInsensitive: boolean): Matcher | undefined {
  if (pattern === '*') return ALWAYS;
  if (hasLiteralMark(pattern)) return undefined;
  const p = caseInsensitive ? pattern.toLowerCase() : pattern;
  if (!hasWildcard(p)) return (v) => v === p;
  const body = p.slice(0, -1);
  if (p.endsWith('*') && !hasWildcard(body)) return (v) => v.startsWith(body);
  return undefined;
}

/** Action, StringLike and similar: `*` spans anything. Case-insensitive matchers expect a lower-cased value. */
export function compileGlob(pattern: string, caseInsensitive = false): Matcher {
  const fast = simple(pattern, caseInsensitive);
  if (fast) return fast;
  return tokenMatcher(tokenize(caseInsensitive ? pattern.toLowerCase() : pattern, () => STAR, ONE));
}

const colonsBefore = (p: string, end: number) => {
  let n = 0;
  for (let i = 0; i < end; i++) if (p[i] === ':') n++;
  return n;
};

/**
 * Resource element ARNs (reference_policies_elements_resource): wildcards work within a
 * colon-separated segment, but a `*` that ends a segment may expand past colon boundaries.
 * In the resource part (after the fifth colon) `*` spans anything, `/` and `:` included.
 */
export function compileResourceMatcher(pattern: string): Matcher {
  const fast = simple(pattern, false);
  if (fast) return fast;
  const star = (i: number) => {
    const next = pattern[i + 1];
    return next === undefined || next === ':' || colonsBefore(pattern, i) >= 5 ? STAR : STAR_IN_SEGMENT;
  };
  return tokenMatcher(tokenize(pattern, star, ONE));
}

/**
 * ArnEquals / ArnLike (reference_policies_elements_condition_operators): each of the six
 * colon-delimited components is checked separately; the sixth (resource) may itself hold colons.
 */
export function compileArnConditionMatcher(pattern: string): Matcher {
  if (pattern === '*') return ALWAYS;
  if (!hasWildcard(pattern)) {
    const literal = unmark(pattern);
    return (v) => v === literal;
  }
  const inResource = (i: number) => colonsBefore(pattern, i) >= 5;
  const tokens = tokenize(pattern, (i) => (inResource(i) ? STAR : STAR_IN_SEGMENT), ONE);
  for (let i = 0; i < pattern.length; i++) if (pattern[i] === '?' && !inResource(i)) tokens[i] = ONE_IN_SEGMENT;
  return tokenMatcher(tokens);
}

/** One-off match (tests, tools); evaluation uses the compiled forms above. */
export function matchesWildcard(pattern: string, value: string, options: { caseInsensitive?: boolean } = {}): boolean {
  const ci = options.caseInsensitive === true;
  return compileGlob(pattern, ci)(ci ? value.toLowerCase() : value);
}
