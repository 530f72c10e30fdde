import { describe, it, expect } from 'vitest';
import { evaluate, type EvaluationRequest, type PolicySet, type PolicySource, type RequestPrincipal } from './evaluate';

// Cases worked from the AWS evaluation-logic documentation (facts §5.4 and §8).
const A = '111122223333';
const B = '444455556666';
const alice: RequestPrincipal = { arn: `arn:aws:iam::${A}:user/alice`, accountId: A, type: 'user' };
const session: RequestPrincipal = { arn: `arn:aws:sts::${A}:assumed-role/Dev/alice`, accountId: A, type: 'assumed-role' };
const bob: RequestPrincipal = { arn: `arn:aws:iam::${B}:user/bob`, accountId: B, type: 'user' };
const ROLE = `arn:aws:iam::${A}:role/Dev`;
const BUCKET = 'arn:aws:s3:::reports/q1.csv';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const src = (name: string, d: object, kind: PolicySource['kind'] = 'inline'): PolicySource => ({ name, document: JSON.stringify(d), kind });
const allow = (Action: string | string[], Resource: string | string[] = '*', more: object = {}) => ({ Effect: 'Allow', Action, Resource, ...more });
const deny = (Action: string | string[], Resource: string | string[] = '*', more: object = {}) => ({ Effect: 'Deny', Action, Resource, ...more });
const trust = (AWS: string) => src('trust', doc({ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }), 'role-trust');
const bucket = (AWS: string, effect = 'Allow') =>
  src('bucket', doc({ Effect: effect, Principal: { AWS }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }), 'resource');

const req = (principal: RequestPrincipal, action: string, resource: string, resourceAccount?: string): EvaluationRequest =>
  ({ principal, action, resource, context: {}, ...(resourceAccount && { resourceAccount }) });

type Case = [string, EvaluationRequest, PolicySet, string, string?];
const getObject = req(alice, 's3:GetObject', BUCKET);
const assume = req(alice, 'sts:AssumeRole', ROLE, A);
const s3Read = src('S3Read', doc(allow('s3:Get*')));

const cases: Case[] = [
  ['identity allow', getObject, { identity: [s3Read] }, 'Allowed'],
  ['explicit deny beats allow', getObject, { identity: [s3Read, src('No', doc(deny('s3:*')))] }, 'ExplicitlyDenied', 'identity-based'],
  ['NotAction with Allow grants other services', req(alice, 's3:ListBucket', 'arn:aws:s3:::reports'),
    { identity: [src('P', { Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } })] }, 'Allowed'],
  ['NotAction with Allow does not grant the listed service', req(alice, 'iam:CreateUser', '*'),
    { identity: [src('P', { Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } })] }, 'ImplicitlyDenied', 'identity-based'],
  ['NotResource deny leaves the named bucket', getObject,
    { identity: [s3Read, src('D', doc({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::reports/*' }))] }, 'Allowed'],
  ['NotResource deny hits everything else', req(alice, 's3:GetObject', 'arn:aws:s3:::other/x'),
    { identity: [s3Read, src('D', doc({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::reports/*' }))] },
    'ExplicitlyDenied', 'identity-based'],
  // AssumeRole in one account (facts §5.4)
  ['trust naming the user ARN grants alone', assume, { identity: [], resourcePolicies: [trust(alice.arn)] }, 'Allowed'],
  ['trust naming the account root only delegates', assume, { identity: [], resourcePolicies: [trust(`arn:aws:iam::${A}:root`)] },
    'ImplicitlyDenied', 'identity-based'],
  ['trust naming the bare account id delegates too', assume,
    { identity: [src('Assume', doc(allow('sts:AssumeRole', ROLE)))], resourcePolicies: [trust(A)] }, 'Allowed'],
  ['identity allow without trust is not enough', assume,
    { identity: [src('Assume', doc(allow('sts:AssumeRole', ROLE)))], resourcePolicies: [trust(`arn:aws:iam::${B}:root`)] },
    'ImplicitlyDenied', 'role trust'],
  ['explicit deny in the trust policy', assume, { identity: [], resourcePolicies: [src('trust',
    doc({ Effect: 'Deny', Principal: { AWS: alice.arn }, Action: 'sts:AssumeRole' }), 'role-trust'), trust(alice.arn)] },
  'ExplicitlyDenied', 'role trust'],
  ['a boundary must also allow AssumeRole (trust names the account)', assume, {
    identity: [src('Assume', doc(allow('sts:AssumeRole')))], resourcePolicies: [trust(A)],
    permissionsBoundaries: [src('Boundary', doc(allow('s3:*')), 'managed')],
  }, 'ImplicitlyDenied', 'permissions boundary'],
  ['a boundary does not limit a trust naming the user', assume, {
    identity: [], resourcePolicies: [trust(alice.arn)], permissionsBoundaries: [src('Boundary', doc(allow('s3:*')), 'managed')],
  }, 'Allowed'],
  // Resource policies in one account
  ['bucket policy naming the user grants alone', getObject, { identity: [], resourcePolicies: [bucket(alice.arn)] }, 'Allowed'],
  ['bucket policy naming the session grants despite a session policy', req(session, 's3:GetObject', BUCKET),
    { identity: [], resourcePolicies: [bucket(session.arn)], sessionPolicies: [src('S', doc(allow('ec2:*')))] }, 'Allowed'],
  ['bucket policy naming the role is limited by a session policy', req(session, 's3:GetObject', BUCKET),
    { identity: [], resourcePolicies: [bucket(ROLE)], sessionPolicies: [src('S', doc(allow('ec2:*')))] }, 'ImplicitlyDenied', 'session'],
  ['bucket policy naming the role grants without identity policy', req(session, 's3:GetObject', BUCKET),
    { identity: [], resourcePolicies: [bucket(ROLE)] }, 'Allowed'],
  ['bucket policy for someone else grants nothing', getObject, { identity: [], resourcePolicies: [bucket(bob.arn)] },
    'ImplicitlyDenied', 'identity-based'],
  ['explicit deny in a bucket policy', getObject, { identity: [s3Read], resourcePolicies: [bucket('*', 'Deny')] },
    'ExplicitlyDenied', 'resource-based'],
  // Cross-account: both sides
  ['cross-account needs the resource policy', req(bob, 's3:GetObject', BUCKET, A), { identity: [s3Read] }, 'ImplicitlyDenied', 'resource-based'],
  ['cross-account needs the identity policy', req(bob, 's3:GetObject', BUCKET, A), { identity: [], resourcePolicies: [bucket(bob.arn)] },
    'ImplicitlyDenied', 'identity-based'],
  ['cross-account with both sides', req(bob, 's3:GetObject', BUCKET, A), { identity: [s3Read], resourcePolicies: [bucket(B)] }, 'Allowed'],
  ['cross-account AssumeRole with trust on the other account', req(bob, 'sts:AssumeRole', ROLE, A),
    { identity: [src('Assume', doc(allow('sts:AssumeRole', ROLE)))], resourcePolicies: [trust(`arn:aws:iam::${B}:root`)] }, 'Allowed'],
  // Boundaries, session policies, SCPs
  ['boundary intersects', getObject, { identity: [s3Read], permissionsBoundaries: [src('B', doc(allow('ec2:*')), 'managed')] },
    'ImplicitlyDenied', 'permissions boundary'],
  ['boundary allows', getObject, { identity: [s3Read], permissionsBoundaries: [src('B', doc(allow('s3:*')), 'managed')] }, 'Allowed'],
  ['boundary alone grants nothing', getObject, { identity: [], permissionsBoundaries: [src('B', doc(allow('s3:*')), 'managed')] },
    'ImplicitlyDenied', 'identity-based'],
  ['session policy intersects', req(session, 's3:GetObject', BUCKET),
    { identity: [s3Read], sessionPolicies: [src('S', doc(allow('ec2:*')))] }, 'ImplicitlyDenied', 'session'],
  ['every SCP level must allow', getObject, { identity: [s3Read], serviceControlPolicies: [
    [src('FullAWSAccess', doc(allow('*')), 'managed')], [src('EC2Only', doc(allow('ec2:*')), 'managed')],
  ] }, 'ImplicitlyDenied', 'service control'],
  ['SCPs allowing at each level', getObject, { identity: [s3Read], serviceControlPolicies: [
    [src('FullAWSAccess', doc(allow('*')), 'managed')], [src('S3', doc(allow('s3:*')), 'managed')],
  ] }, 'Allowed'],
  ['SCP deny', getObject, { identity: [s3Read], serviceControlPolicies: [[src('F', doc(allow('*'), deny('s3:*')), 'managed')]] },
    'ExplicitlyDenied', 'service control'],
  ['SCP allow alone grants nothing', getObject, { identity: [], serviceControlPolicies: [[src('F', doc(allow('*')), 'managed')]] },
    'ImplicitlyDenied', 'identity-based'],
  // Other principals
  ['a service principal named in a trust policy', req({ arn: 'ec2.amazonaws.com', accountId: '', type: 'service' }, 'sts:AssumeRole', ROLE),
    { identity: [], resourcePolicies: [src('trust', doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      'role-trust')] }, 'Allowed'],
  ['the root user needs no identity policy', req({ arn: `arn:aws:iam::${A}:root`, accountId: A, type: 'root' }, 's3:GetObject', BUCKET),
    { identity: [] }, 'Allowed'],
];

describe('evaluate: policy layers (table from the AWS evaluation logic)', () => {
  it.each(cases)('%s', (_name, request, policies, decision, deniedBy) => {
    const result = evaluate(request, policies);
    expect(result.decision).toBe(decision);
    expect(result.explanation.deniedBy).toBe(deniedBy);
  });

  it('lists each deny with its layer, and the allows that decided', () => {
    const denied = evaluate(getObject, { identity: [s3Read, src('No', doc({ Sid: 'NoS3', ...deny('s3:*') }))], resourcePolicies: [bucket('*', 'Deny')] });
    expect(denied.explanation.decidingStatements.map((s) => [s.policyName, s.policyType, s.statementIndex, s.sid]))
      .toEqual([['bucket', 'resource-based', 0, undefined], ['No', 'identity-based', 0, 'NoS3']]);
    const allowed = evaluate(req(bob, 's3:GetObject', BUCKET, A), { identity: [s3Read], resourcePolicies: [bucket(B)] });
    expect(allowed.explanation.decidingStatements.map((s) => s.policyType)).toEqual(['identity-based', 'resource-based']);
  });
});
