import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compileArnConditionMatcher, compileResourceMatcher, LITERAL_STAR, matchesWildcard } from './wildcard';

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

describe('compiled ARN matchers', () => {
  it('Resource: wildcards stay in their segment unless they end it; the resource part spans / and :', () => {
    const m = (p: string, v: string) => compileResourceMatcher(p)(v);
    expect(m('arn:aws:s3:::app-*', 'arn:aws:s3:::app-data/reports/q1.csv')).toBe(true);
    expect(m('arn:aws:logs:*:*:log-group:/app/*', 'arn:aws:logs:us-east-1:111122223333:log-group:/app/x:log-stream:y')).toBe(true);
    expect(m('arn:aws:ec2:us-*-1:*:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1')).toBe(true);
    expect(m('arn:aws:ec2:us-*1:*:instance/*', 'arn:aws:ec2:us-east:1:x:instance/i-1')).toBe(false); // mid-segment * stops at ':'
    expect(m('arn:aws:*', 'arn:aws:iam::111122223333:user/u')).toBe(true); // a segment-final * expands
    expect(m('arn:aws:s3:::B/*', 'arn:aws:s3:::b/k')).toBe(false);
    expect(m(`arn:aws:s3:::b/${LITERAL_STAR}`, 'arn:aws:s3:::b/*')).toBe(true);
    expect(m(`arn:aws:s3:::b/${LITERAL_STAR}`, 'arn:aws:s3:::b/x')).toBe(false);
  });

  it('ArnLike checks each of the six components separately', () => {
    const m = (p: string, v: string) => compileArnConditionMatcher(p)(v);
    expect(m('arn:aws:sns:*:111122223333:*', 'arn:aws:sns:us-east-1:111122223333:topic:extra')).toBe(true);
    expect(m('arn:aws:sns:*', 'arn:aws:sns:us-east-1:111122223333:topic')).toBe(false);
    expect(m('arn:aws:iam::?11122223333:role/*', 'arn:aws:iam::111122223333:role/a/b')).toBe(true);
  });

  it('stays fast on a segment-bound pattern too', () => {
    const start = performance.now();
    expect(compileResourceMatcher(`arn:${'*a'.repeat(12)}b:x:y:z:r`)(`arn:${'a'.repeat(5000)}`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
