import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { ACCOUNT, iamOf, ok, validation } from '../iam/iam-test-kit';
import { allow, as, asOk, assume, PROD_ROLE_ARN, S3_READ_ONLY, STUDENT_ARN, trust, withRole, withStudentPolicy } from './sts-test-kit';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/S3Only`;
const s3Role = (trustPolicy = trust({ AWS: STUDENT_ARN }), extra = {}) =>
  withRole(createDefaultWorld(), 'S3Only', trustPolicy, [S3_READ_ONLY], extra);
const denied = (world: ReturnType<typeof createDefaultWorld>, input: object, caller = STUDENT) => {
  const { result } = as(world, caller, 'sts:AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'student', ...input });
  if (result.ok) throw new Error('AssumeRole succeeded unexpectedly');
  return result;
};

describe('AssumeRole', () => {
  it('returns ASIA credentials and the session identity, and records RoleLastUsed', () => {
    const world = s3Role();
    const { world: next, output, session } = assume(world, STUDENT, ROLE_ARN);
    const role = iamOf(next).roles.S3Only;
    expect(output.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(output.Credentials.SecretAccessKey).toHaveLength(40);
    expect(output.Credentials.Expiration).toBe('2026-01-15T10:00:00Z');
    expect(output.AssumedRoleUser).toEqual({ AssumedRoleId: `${role?.roleId}:student`, Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/S3Only/student` });
    expect(role?.lastUsed).toEqual({ date: '2026-01-15T09:00:00Z', region: 'ap-northeast-2' });
    expect(session).toEqual({
      type: 'assumed-role', accountId: ACCOUNT, roleName: 'S3Only', sessionName: 'student',
      issuedAt: world.clock.now, expiresAt: world.clock.now + 3600_000,
    });
    expect(asOk(next, session, 'sts:GetCallerIdentity').output.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/S3Only/student`);
  });

  it('gives the session only the role permissions: EC2 is denied with the session ARN, S3 works', () => {
    const { world, session } = assume(s3Role(), STUDENT, ROLE_ARN);
    const ec2 = as(world, session, 'ec2:DescribeInstances').result;
    expect(!ec2.ok && ec2.error).toMatchObject({
      code: 'UnauthorizedOperation',
      message: 'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/S3Only/student '
        + 'is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    });
    expect(asOk(world, session, 's3:ListBuckets').output.Buckets.map((b) => b.Name)).toEqual(['bucket1', 'bucket2', 'bucket3']);
    expect(asOk(world, STUDENT, 'ec2:DescribeInstances').output.Reservations).toHaveLength(2);
  });

  it('is refused by the trust policy, with the role trust reason and no resource', () => {
    const world = withStudentPolicy(s3Role(trust({ AWS: `arn:aws:iam::${ACCOUNT}:user/someone-else` })), 'assume', allow('sts:AssumeRole'));
    const result = denied(world, {});
    expect(result.error).toMatchObject({
      code: 'AccessDenied', httpStatus: 403,
      message: `User: ${STUDENT_ARN} is not authorized to perform: sts:AssumeRole because no role trust policy allows the sts:AssumeRole action`,
    });
    expect(result.explanation).toMatchObject({ deniedBy: 'role trust', resource: ROLE_ARN, evaluatedPolicies: expect.arrayContaining(['Trust policy']) });
  });

  it('is refused by the identity side when the trust policy only names the account', () => {
    const result = denied(s3Role(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` })), {});
    expect(result.error.message).toBe(`User: ${STUDENT_ARN} is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN} `
      + 'because no identity-based policy allows the sts:AssumeRole action');
    expect(result.explanation?.deniedBy).toBe('identity-based');
    const allowed = withStudentPolicy(s3Role(trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` })), 'assume', allow('sts:AssumeRole', ROLE_ARN));
    expect(assume(allowed, STUDENT, ROLE_ARN).session.roleName).toBe('S3Only');
  });

  it('treats a missing role, or one named in the wrong case, as not trusting the caller', () => {
    const world = s3Role();
    expect(denied(world, { RoleArn: `arn:aws:iam::${ACCOUNT}:role/s3only` }).explanation?.deniedBy).toBe('role trust');
    expect(denied(world, { RoleArn: `arn:aws:iam::${ACCOUNT}:role/Nope` }).error.code).toBe('AccessDenied');
  });

  it('checks an sts:ExternalId condition', () => {
    const world = s3Role(trust({ AWS: STUDENT_ARN }, { StringEquals: { 'sts:ExternalId': 'acme-42' } }));
    expect(denied(world, {}).explanation?.deniedBy).toBe('role trust');
    expect(denied(world, { ExternalId: 'wrong' }).explanation?.deniedBy).toBe('role trust');
    expect(assume(world, STUDENT, ROLE_ARN, { ExternalId: 'acme-42' }).session.roleName).toBe('S3Only');
  });

  it('checks an MFA condition with SerialNumber and TokenCode', () => {
    const world = s3Role(trust({ AWS: STUDENT_ARN }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }));
    expect(denied(world, {}).explanation?.deniedBy).toBe('role trust');
    const mfa = { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/student`, TokenCode: '123456' };
    expect(assume(world, STUDENT, ROLE_ARN, mfa).session.roleName).toBe('S3Only');
  });

  it('limits the duration to 900 s..the role maximum, and to one hour when chaining', () => {
    const world = s3Role(undefined, { MaxSessionDuration: 7200 });
    expect(denied(world, { DurationSeconds: 899 }).error.message).toBe(
      validation("'899'", 'durationSeconds', 'Member must have value greater than or equal to 900'));
    expect(denied(world, { DurationSeconds: 7201 }).error).toMatchObject({
      code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
    const { world: w, session } = assume(world, STUDENT, ROLE_ARN, { DurationSeconds: 7200 });
    expect(session.type === 'assumed-role' && session.expiresAt - session.issuedAt).toBe(7200_000);
    // The S3Only session chains to S3Only again (its trust policy is widened to the role's sessions).
    const chained = ok(w, 'iam:UpdateAssumeRolePolicy', { RoleName: 'S3Only', PolicyDocument: trust({ AWS: [STUDENT_ARN, ROLE_ARN] }) }).world;
    const withAssume = ok(chained, 'iam:PutRolePolicy', { RoleName: 'S3Only', PolicyName: 'chain', PolicyDocument: allow('sts:AssumeRole') }).world;
    expect(denied(withAssume, { DurationSeconds: 3601 }, session).error.message)
      .toBe('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    expect(assume(withAssume, session, ROLE_ARN, { DurationSeconds: 3600 }).session.roleName).toBe('S3Only');
  });

  it('validates the session name and the session policy', () => {
    const world = s3Role();
    expect(denied(world, { RoleSessionName: 'a b' }).error.message).toBe(
      validation("'a b'", 'roleSessionName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]*'));
    expect(denied(world, { RoleSessionName: 'a' }).error.code).toBe('ValidationError');
    expect(denied(world, { Policy: '{"Statement": [' }).error).toMatchObject({ code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json' });
  });

  it('ends the session at its expiry with ExpiredToken', () => {
    const { world, session } = assume(s3Role(), STUDENT, ROLE_ARN);
    expect(as(advanceClock(world, 3599_000), session, 's3:ListBuckets').result.ok).toBe(true);
    const expired = as(advanceClock(world, 3600_000), session, 's3:ListBuckets').result;
    expect(!expired.ok && expired.error).toMatchObject({
      code: 'ExpiredToken', message: 'The security token included in the request is expired',
    });
  });

  it('denies sessions issued before AWSRevokeOlderSessions, and allows newer ones', () => {
    const { world, session } = assume(s3Role(), STUDENT, ROLE_ARN);
    const later = advanceClock(world, 60_000);
    const revoke = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { DateLessThan: { 'aws:TokenIssueTime': '2026-01-15T09:01:00Z' } } }],
    });
    const revoked = ok(later, 'iam:PutRolePolicy', { RoleName: 'S3Only', PolicyName: 'AWSRevokeOlderSessions', PolicyDocument: revoke }).world;
    const old = as(revoked, session, 's3:ListBuckets').result;
    expect(!old.ok && old.error.message).toContain('with an explicit deny in an identity-based policy');
    expect(!old.ok && old.explanation?.decidingStatements[0]?.policyName).toBe('AWSRevokeOlderSessions');
    const fresh = assume(revoked, STUDENT, ROLE_ARN);
    expect(as(fresh.world, fresh.session, 's3:ListBuckets').result.ok).toBe(true);
  });

  it('applies a session policy on top of the role policies', () => {
    const policy = allow('s3:ListAllMyBuckets');
    const { world, output, session } = assume(s3Role(), STUDENT, ROLE_ARN, { Policy: policy });
    expect(output.PackedPolicySize).toBeGreaterThan(0);
    expect(as(world, session, 's3:ListBuckets').result.ok).toBe(true);
    const listed = as(world, session, 's3:ListObjectsV2', { Bucket: 'bucket1' }).result;
    expect(!listed.ok && listed.explanation?.deniedBy).toBe('session');
    expect(!listed.ok && listed.error.message).toContain('because no session policy allows the s3:ListBucket action');
  });

  it('switches into another account: both sides needed, then that account is what the session sees', () => {
    const world = createDefaultWorld();
    const refused = as(world, STUDENT, 'sts:AssumeRole', { RoleArn: PROD_ROLE_ARN, RoleSessionName: 'student' }).result;
    expect(!refused.ok && refused.explanation?.deniedBy).toBe('identity-based');
    const allowed = withStudentPolicy(world, 'assume-prod', allow('sts:AssumeRole', PROD_ROLE_ARN));
    const { world: next, session, output } = assume(allowed, STUDENT, PROD_ROLE_ARN);
    expect(output.AssumedRoleUser.Arn).toBe('arn:aws:sts::444455556666:assumed-role/ProdReadOnly/student');
    expect(session.accountId).toBe('444455556666');
    expect(asOk(next, session, 's3:ListBuckets').output.Buckets.map((b) => b.Name)).toEqual(['acme-prod-assets', 'acme-prod-logs']);
    const instances = asOk(next, session, 'ec2:DescribeInstances').output.Reservations.flatMap((r) => r.Instances);
    expect(instances.map((i) => i.Tags[0]?.Value)).toEqual(['prod-api']);
    expect(next.accounts['444455556666']?.iam.roles.ProdReadOnly?.lastUsed?.region).toBe('ap-northeast-2');
  });
});
