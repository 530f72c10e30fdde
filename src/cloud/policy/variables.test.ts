import { describe, it, expect } from 'vitest';
import { evaluate, type RequestPrincipal } from './evaluate';
import { parseTemplate, resolveTemplate } from './variables';

// Examples from reference_policies_variables.
const alice: RequestPrincipal = {
  arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', type: 'user', tags: { team: 'blue' },
};
const decide = (resource: string, statement: object, context: Record<string, string> = {}, version = '2012-10-17') => evaluate(
  { principal: alice, action: 's3:GetObject', resource, context },
  { identity: [{ name: 'V', kind: 'inline', document: JSON.stringify({ Version: version, Statement: { Effect: 'Allow', Action: 's3:*', ...statement } }) }] },
).decision;

describe('policy variables', () => {
  it.each([
    ['${aws:username} in Resource', 'arn:aws:s3:::home/alice/a.txt', { Resource: 'arn:aws:s3:::home/${aws:username}/*' }, 'Allowed'],
    ['another user\'s folder', 'arn:aws:s3:::home/bob/a.txt', { Resource: 'arn:aws:s3:::home/${aws:username}/*' }, 'ImplicitlyDenied'],
    ['${aws:PrincipalTag/team}', 'arn:aws:s3:::teams/blue/x', { Resource: 'arn:aws:s3:::teams/${aws:PrincipalTag/team}/*' }, 'Allowed'],
    ['a context key', 'arn:aws:s3:::b/203.0.113.9', { Resource: 'arn:aws:s3:::b/${aws:SourceIp}' }, 'Allowed'],
    ['${*} is a literal asterisk', 'arn:aws:s3:::b/*', { Resource: 'arn:aws:s3:::b/${*}' }, 'Allowed'],
    ['${*} does not act as a wildcard', 'arn:aws:s3:::b/x', { Resource: 'arn:aws:s3:::b/${*}' }, 'ImplicitlyDenied'],
    ['${?} and ${$}', 'arn:aws:s3:::b/?$', { Resource: 'arn:aws:s3:::b/${?}${$}' }, 'Allowed'],
    ['a missing variable makes the statement not match', 'arn:aws:s3:::b/x', { Resource: 'arn:aws:s3:::b/${aws:PrincipalTag/none}' }, 'ImplicitlyDenied'],
    ['a default fills a missing variable', 'arn:aws:s3:::b/none', { Resource: "arn:aws:s3:::b/${aws:PrincipalTag/none, 'none'}" }, 'Allowed'],
    ['in a condition value', 'arn:aws:s3:::b', { Resource: '*', Condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } } }, 'Allowed'],
  ])('%s', (_name, resource, statement, expected) => {
    expect(decide(resource, statement, { 'aws:SourceIp': '203.0.113.9', 's3:prefix': 'home/alice/x' })).toBe(expected);
  });

  it('are literal text in a policy without Version 2012-10-17', () => {
    expect(decide('arn:aws:s3:::home/alice/a', { Resource: 'arn:aws:s3:::home/${aws:username}/*' }, {}, '2008-10-17')).toBe('ImplicitlyDenied');
    expect(decide('arn:aws:s3:::home/${aws:username}/a', { Resource: 'arn:aws:s3:::home/${aws:username}/*' }, {}, '2008-10-17')).toBe('Allowed');
  });

  it('keep wildcards in values literal when resolved as a pattern', () => {
    const t = parseTemplate('a/${x}/*');
    expect(t).toBeDefined();
    const lookup = { lookup: (k: string) => (k === 'x' ? ['b*'] : undefined) };
    expect(resolveTemplate(t ?? [], lookup, false)).toBe('a/b*/*');
    expect(resolveTemplate(t ?? [], lookup, true)).not.toBe('a/b*/*');
    expect(parseTemplate('no variables')).toBeUndefined();
  });
});
