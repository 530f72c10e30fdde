import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../scenarios/default';
import { STUDENT } from '../scenarios/empty';
import { dispatch } from './dispatch';
import { updateAccount } from './world-update';

const options = { source: 'console', region: 'ap-northeast-2' } as const;

describe('a denial carries the engine explanation', () => {
  it('names the action, the resource, the policies evaluated and that no statement allowed it', () => {
    const { result } = dispatch(createDefaultWorld(), STUDENT, 's3:ListBuckets', {}, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.explanation).toMatchObject({
      decision: 'ImplicitlyDenied',
      principal: 'arn:aws:iam::123456789012:user/student',
      action: 's3:ListAllMyBuckets',
      decidingStatements: [],
      evaluatedPolicies: ['AmazonEC2FullAccess', 'IAMFullAccess'],
    });
  });

  it('points at the deny statement that decided an explicit deny', () => {
    const deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'NoRoles', Effect: 'Deny', Action: 'iam:ListRoles', Resource: '*' }] });
    const world = updateAccount(createDefaultWorld(), '123456789012', (a) => {
      a.iam.users.student!.inlinePolicies['deny-roles'] = deny;
    });
    const { result } = dispatch(world, STUDENT, 'iam:ListRoles', {}, options);
    expect(result.ok ? undefined : result.explanation?.decidingStatements).toMatchObject([
      { policyName: 'deny-roles', statementIndex: 0, sid: 'NoRoles', effect: 'Deny' },
    ]);
    expect(result.ok ? undefined : result.error.message).toContain('with an explicit deny in an identity-based policy');
  });

  it('is absent for errors that are not denials', () => {
    const { result } = dispatch(createDefaultWorld(), STUDENT, 'iam:GetRole', { RoleName: 'Nope' }, options);
    expect(result.ok ? 'ok' : result.explanation).toBeUndefined();
  });
});
