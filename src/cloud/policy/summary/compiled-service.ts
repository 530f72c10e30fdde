import type { AccessLevel, ServiceCatalog } from '../../catalog/catalog-types';

// A service's actions prepared once for fast pattern matching: names sorted lower-case, so that
// the common "Describe*" pattern is a binary search for a prefix instead of a scan.
export const ACCESS_LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

export type CompiledService = {
  catalog: ServiceCatalog;
  names: string[]; // lower-case, sorted
  canonical: string[]; // the same actions in their catalogue case
  levels: Uint8Array; // index into ACCESS_LEVELS, per action
  totals: number[]; // actions per access level
};

const compiled = new WeakMap<ServiceCatalog, CompiledService>();
const LEVEL_INDEX = new Map(ACCESS_LEVELS.map((l, i) => [l, i]));

export function compileService(catalog: ServiceCatalog): CompiledService {
  let c = compiled.get(catalog);
  if (c) return c;
  // The catalogue's action keys are lower-case and (as generated) already sorted: sort only if not.
  let names = Object.keys(catalog.actions);
  if (names.some((n, i) => i > 0 && (names[i - 1] ?? '') > n)) names = [...names].sort();
  const levels = new Uint8Array(names.length);
  const totals = ACCESS_LEVELS.map(() => 0);
  const canonical = names.map((n, i) => {
    const action = catalog.actions[n];
    const level = (action && LEVEL_INDEX.get(action.accessLevel)) ?? 0;
    levels[i] = level;
    totals[level] = (totals[level] ?? 0) + 1;
    return action?.name ?? n;
  });
  c = { catalog, names, canonical, levels, totals };
  compiled.set(catalog, c);
  return c;
}

/** First index whose name is not below `key` (names are sorted). */
function lowerBound(names: string[], key: string): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const regexes = new Map<string, RegExp>();
/** A wildcard pattern (lower-case) as an anchored RegExp, built once per distinct pattern. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = regexes.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 's');
    if (regexes.size > 10_000) regexes.clear();
    regexes.set(pattern, re);
  }
  return re;
}

/**
 * Marks (sets to 1) the actions of `service` that an action-name pattern (the part after "service:")
 * matches; returns how many it matched.
 */
export function markMatches(service: CompiledService, namePattern: string, marks: Uint8Array, value = 1): number {
  const p = namePattern.toLowerCase();
  const { names } = service;
  const star = p.indexOf('*');
  if (star === -1 && !p.includes('?')) {
    const i = lowerBound(names, p);
    if (names[i] !== p) return 0;
    marks[i] = value;
    return 1;
  }
  if (star === p.length - 1 && !p.includes('?')) {
    const prefix = p.slice(0, -1);
    let count = 0;
    for (let i = lowerBound(names, prefix); i < names.length && (names[i] ?? '').startsWith(prefix); i++, count++) marks[i] = value;
    return count;
  }
  const re = wildcardRegExp(p);
  let count = 0;
  names.forEach((name, i) => {
    if (re.test(name)) {
      marks[i] = value;
      count++;
    }
  });
  return count;
}
