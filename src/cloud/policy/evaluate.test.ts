import { describe, it, expect } from 'vitest';
import { evaluate, type EvaluationRequest, type PolicySource } from './evaluate';

const STUDENT = { arn: 'arn:aws:iam::123456789012:user/student', accountId: '123456789012', type: 'user' } as const;
const request = (action: string, resource = '*', context: EvaluationRequest['context'] = {}): EvaluationRequest =>
  ({ principal: STUDENT, action, resource, context });

const policy = (name: string, statements: object[], extra: Partial<PolicySource> = {}): PolicySource =>
  ({ name, kind: 'inline', document: JSON.stringify({ Version: '2012-10-17', Statement: statements }), ...extra });

const allow = (Action: unknown, Resource: unknown = '*', more: object = {}) => ({ Effect: 'Allow', Action, Resource, ...more });
const deny = (Action: unknown, Resource: unknown = '*', more: object = {}) => ({ Effect: 'Deny', Action, Resource, ...more });

const decide = (req: EvaluationRequest, ...identity: PolicySource[]) => evaluate(req, { identity }).decision;

describe('evaluate', () => {
  it('allows when a statement allows, and explains which', () => {
    const result = evaluate(request('s3:ListAllMyBuckets'), {
      identity: [policy('S3', [allow('s3:Get*'), { Sid: 'List', ...allow('s3:List*') }],
        { kind: 'managed', arn: 'arn:aws:iam::aws:policy/S3' })],
    });
    expect(result.decision).toBe('Allowed');
    expect(result.explanation.decidingStatements).toEqual([
      { policyName: 'S3', policyArn: 'arn:aws:iam::aws:policy/S3', policyType: 'identity-based', statementIndex: 1, sid: 'List', effect: 'Allow' },
    ]);
  });

  it('denies implicitly when nothing allows, including with no policies', () => {
    expect(decide(request('s3:ListAllMyBuckets'))).toBe('ImplicitlyDenied');
    const result = evaluate(request('s3:ListAllMyBuckets'), { identity: [policy('EC2', [allow('ec2:*')])] });
    expect(result).toEqual({
      decision: 'ImplicitlyDenied',
      explanation: { decision: 'ImplicitlyDenied', decidingStatements: [], deniedBy: 'identity-based', missingContextKeys: [] },
    });
  });

  it('lets an explicit deny win over any allow', () => {
    const result = evaluate(request('s3:DeleteObject', 'arn:aws:s3:::b/k'), {
      identity: [policy('Admin', [allow('*')]), policy('NoDelete', [deny('s3:Delete*', 'arn:aws:s3:::b/*')])],
    });
    expect(result.decision).toBe('ExplicitlyDenied');
    expect(result.explanation.deniedBy).toBe('identity-based');
    expect(result.explanation.decidingStatements.map((s) => [s.policyName, s.effect])).toEqual([['NoDelete', 'Deny']]);
  });

  it('matches actions case-insensitively with * and ?', () => {
    const p = policy('P', [allow(['EC2:describe*', 'iam:?etRole'])]);
    expect(decide(request('ec2:DescribeInstances'), p)).toBe('Allowed');
    expect(decide(request('iam:GetRole'), p)).toBe('Allowed');
    expect(decide(request('iam:GetRolePolicy'), p)).toBe('ImplicitlyDenied');
    expect(decide(request('ec2:RunInstances'), p)).toBe('ImplicitlyDenied');
  });

  it('matches resources case-sensitively with * and ?', () => {
    const p = policy('P', [allow('s3:ListBucket', ['arn:aws:s3:::bucket?', 'arn:aws:s3:::logs-*'])]);
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::bucket1'), p)).toBe('Allowed');
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::logs-2024'), p)).toBe('Allowed');
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::Bucket1'), p)).toBe('ImplicitlyDenied');
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::bucket12'), p)).toBe('ImplicitlyDenied');
  });

  it('supports NotAction and NotResource', () => {
    const notIam = policy('P', [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }]);
    expect(decide(request('s3:ListAllMyBuckets'), notIam)).toBe('Allowed');
    expect(decide(request('iam:ListRoles'), notIam)).toBe('ImplicitlyDenied');
    const notSecret = policy('P', [{ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret*' }]);
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::bucket1'), notSecret)).toBe('Allowed');
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::secret-b'), notSecret)).toBe('ImplicitlyDenied');
  });

  it('counts group and inline policies like any other identity policy', () => {
    const group = policy('GroupPolicy', [allow('s3:*')], { kind: 'managed', attachedVia: 'group', arn: 'arn:aws:iam::123456789012:policy/G' });
    const inline = policy('InlineDeny', [deny('s3:PutObject')], { attachedVia: 'user' });
    expect(decide(request('s3:GetObject', 'arn:aws:s3:::b/k'), group, inline)).toBe('Allowed');
    expect(decide(request('s3:PutObject', 'arn:aws:s3:::b/k'), group, inline)).toBe('ExplicitlyDenied');
  });

  it('skips documents that do not parse', () => {
    expect(decide(request('s3:GetObject'), { name: 'Broken', kind: 'inline', document: '{"Statement":' })).toBe('ImplicitlyDenied');
  });
});

describe('evaluate conditions', () => {
  const withCondition = (Condition: object) => policy('C', [allow('s3:ListBucket', '*', { Condition })]);
  const ctx = { 'aws:PrincipalAccount': '123456789012', 'aws:MultiFactorAuthPresent': 'true', 's3:prefix': 'home/student/',
    'aws:CurrentTime': '2026-01-15T09:00:00Z' };
  const check = (Condition: object, context: EvaluationRequest['context'] = ctx) =>
    decide(request('s3:ListBucket', 'arn:aws:s3:::b', context), withCondition(Condition));

  it('StringEquals and StringNotEquals (keys compare case-insensitively)', () => {
    expect(check({ StringEquals: { 'aws:principalaccount': '123456789012' } })).toBe('Allowed');
    expect(check({ StringEquals: { 'aws:PrincipalAccount': ['111', '222'] } })).toBe('ImplicitlyDenied');
    expect(check({ StringNotEquals: { 'aws:PrincipalAccount': '111' } })).toBe('Allowed');
    expect(check({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } })).toBe('ImplicitlyDenied'); // missing key
  });

  it('StringLike, Bool, and dates', () => {
    expect(check({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } })).toBe('Allowed'); // aws:username from the principal
    expect(check({ StringLike: { 's3:prefix': 'home/*' } })).toBe('Allowed');
    expect(check({ Bool: { 'aws:MultiFactorAuthPresent': true } })).toBe('Allowed');
    expect(check({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } })).toBe('ImplicitlyDenied');
    expect(check({ DateLessThan: { 'aws:CurrentTime': '2026-02-01T00:00:00Z' } })).toBe('Allowed');
    expect(check({ DateGreaterThan: { 'aws:CurrentTime': '2026-02-01T00:00:00Z' } })).toBe('ImplicitlyDenied');
  });

  it('IfExists, Null and several operators (all must match)', () => {
    expect(check({ StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } })).toBe('Allowed');
    expect(check({ Null: { 'aws:SourceVpc': 'true' } })).toBe('Allowed');
    expect(check({ StringEquals: { 'aws:PrincipalAccount': '123456789012' }, Bool: { 'aws:MultiFactorAuthPresent': 'false' } }))
      .toBe('ImplicitlyDenied');
  });

  it('an unknown operator makes the statement not apply, for Allow and for Deny', () => {
    expect(check({ IpAddressish: { 'aws:SourceIp': '10.0.0.0/8' } })).toBe('ImplicitlyDenied');
    const denyUnknown = policy('D', [deny('*', '*', { Condition: { MadeUpOperator: { 'aws:PrincipalAccount': '123456789012' } } })]);
    expect(decide(request('s3:ListBucket', 'arn:aws:s3:::b', ctx), withCondition({}), denyUnknown)).toBe('Allowed');
  });
});
