import { describe, it, expect } from 'vitest';
import { evaluateLine, principalFromArn } from './evaluate-line';

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: ['arn:aws:s3:::app-*', 'arn:aws:s3:::app-*/*'] },
    { Sid: 'NoIam', Effect: 'Deny', Action: 'iam:Create*', Resource: '*' },
  ],
};
const ALICE = 'arn:aws:iam::123456789012:user/alice';
const run = (input: object | string) => JSON.parse(evaluateLine(typeof input === 'string' ? input : JSON.stringify(input))) as Record<string, unknown>;

describe('evaluateLine (npm run evaluate)', () => {
  it('answers the decision, the deciding statements and the message', () => {
    expect(run({ request: { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/q1.csv',
      context: { 'aws:SourceIp': '10.0.0.1' } }, identityPolicies: [POLICY] })).toEqual({
      decision: 'Allowed',
      deciding: [{ policy: 'identityPolicies[0]', policyType: 'identity-based', statementIndex: 0, effect: 'Allow' }],
      message: `User: ${ALICE} is allowed to perform: s3:GetObject on resource: arn:aws:s3:::app-data/q1.csv`,
    });
    expect(run({ request: { principal: ALICE, action: 'iam:CreateUser', resource: '*' }, identityPolicies: [JSON.stringify(POLICY)] })).toEqual({
      decision: 'ExplicitlyDenied',
      deciding: [{ policy: 'identityPolicies[0]', policyType: 'identity-based', statementIndex: 1, sid: 'NoIam', effect: 'Deny' }],
      message: `User: ${ALICE} is not authorized to perform: iam:CreateUser with an explicit deny in an identity-based policy`,
    });
  });

  it('takes the resource account from the resource ARN: a role in another account needs its trust policy', () => {
    const line = (trustPrincipal: string) => run({
      request: { principal: ALICE, action: 'sts:AssumeRole', resource: 'arn:aws:iam::999988887777:role/R' },
      identityPolicies: [{ Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' } }],
      resourcePolicy: { Statement: { Effect: 'Allow', Principal: { AWS: trustPrincipal }, Action: 'sts:AssumeRole' } },
    });
    expect(line('123456789012').decision).toBe('Allowed');
    expect(line('111111111111')).toMatchObject({ decision: 'ImplicitlyDenied',
      message: `User: ${ALICE} is not authorized to perform: sts:AssumeRole because no role trust policy allows the sts:AssumeRole action` });
  });

  it('reads boundaries, session policies and SCP levels', () => {
    const base = { request: { principal: ALICE, action: 's3:GetObject', resource: 'arn:aws:s3:::app-x/k' }, identityPolicies: [POLICY] };
    const ec2 = { Statement: { Effect: 'Allow', Action: 'ec2:*', Resource: '*' } };
    expect(run({ ...base, permissionBoundaries: [ec2] }).message).toContain('because no permissions boundary policy allows');
    expect(run({ ...base, sessionPolicy: ec2 }).message).toContain('because no session policy allows');
    expect(run({ ...base, serviceControlPolicies: [[ec2]] }).message).toContain('with an explicit deny in a service control policy');
  });

  it('answers {"error"} for a line it cannot read', () => {
    expect(run('not json').error).toMatch(/^invalid JSON/);
    expect(run({ nope: 1 }).error).toMatch(/request/);
    expect(run({ request: { principal: 'bob', action: 's3:GetObject' } }).error).toMatch(/principal/);
    expect(run({ request: { principal: ALICE, action: 's3:GetObject' }, identityPolicies: [{ Statement: { Effect: 'Maybe', Action: '*' } }] }).error)
      .toMatch(/^identityPolicies\[0\]:/);
  });

  it('derives the principal type from its ARN', () => {
    expect(principalFromArn('arn:aws:sts::123456789012:assumed-role/R/s')).toMatchObject({ type: 'assumed-role', accountId: '123456789012' });
    expect(principalFromArn('arn:aws:iam::123456789012:role/R').type).toBe('role');
    expect(principalFromArn('arn:aws:iam::123456789012:root').type).toBe('root');
    expect(principalFromArn('123456789012').type).toBe('root');
    expect(principalFromArn('lambda.amazonaws.com').type).toBe('service');
    expect(principalFromArn('cognito-identity.amazonaws.com').type).toBe('federated');
  });
});
