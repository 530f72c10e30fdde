import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { matchesWildcard } from './wildcard';

// Reference: a plain recursive definition of the IAM wildcard semantics.
function reference(p: string, v: string): boolean {
  if (p === '') return v === '';
  if (p[0] === '*') return reference(p.slice(1), v) || (v !== '' && reference(p, v.slice(1)));
  return v !== '' && (p[0] === '?' || p[0] === v[0]) && reference(p.slice(1), v.slice(1));
}

describe('matchesWildcard', () => {
  it('handles * and ? and literal regex specials', () => {
    expect(matchesWildcard('s3:*', 's3:ListAllMyBuckets')).toBe(true);
    expect(matchesWildcard('s3:List*', 's3:GetObject')).toBe(false);
    expect(matchesWildcard('ec2:Describe?nstances', 'ec2:DescribeInstances')).toBe(true);
    expect(matchesWildcard('ec2:Describe?nstances', 'ec2:DescribeXXnstances')).toBe(false);
    expect(matchesWildcard('a.b(c)+[d]', 'a.b(c)+[d]')).toBe(true);
    expect(matchesWildcard('a.b', 'axb')).toBe(false);
    expect(matchesWildcard('', '')).toBe(true);
    expect(matchesWildcard('*', '')).toBe(true);
    expect(matchesWildcard('?', '')).toBe(false);
  });

  it('is case-sensitive unless asked otherwise', () => {
    expect(matchesWildcard('iam:listroles', 'iam:ListRoles')).toBe(false);
    expect(matchesWildcard('iam:listroles', 'iam:ListRoles', { caseInsensitive: true })).toBe(true);
  });

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const value = 'a'.repeat(5000);
    const start = performance.now();
    expect(matchesWildcard('*a*a*a*a*a*a*a*a*a*a*b', value)).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('agrees with the reference definition (property)', () => {
    const chars = fc.constantFrom('a', 'b', '*', '?', ':', '.');
    const text = fc.string({ unit: chars, maxLength: 8 });
    fc.assert(fc.property(text, fc.string({ unit: fc.constantFrom('a', 'b', ':', '.', '*', '?'), maxLength: 10 }),
      (pattern, value) => matchesWildcard(pattern, value) === reference(pattern, value)), { numRuns: 2000 });
  });

  it('lets * match any value (property)', () => {
    fc.assert(fc.property(fc.string(), (value) => matchesWildcard('*', value)));
  });
});
