import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { ok } from '../iam/iam-test-kit';
import { callerForCredentials, credentialError } from './credentials-caller';
import { sessionCredentials } from './session-credentials';
import { decodeSessionToken } from './session-token';
import { asOk, trust, withRole, STUDENT_ARN } from './sts-test-kit';

describe('callerForCredentials: which caller a set of credentials signs as', () => {
  it('an active AKIA key is its IAM user; a wrong secret, an inactive key or an unknown key are refused', () => {
    const { world, output } = ok(createDefaultWorld(), 'iam:CreateAccessKey', { UserName: 'student' });
    const { AccessKeyId: id, SecretAccessKey: secret } = output.AccessKey;
    expect(callerForCredentials(world, { accessKeyId: id, secretAccessKey: secret })).toEqual({ ok: true, caller: STUDENT });
    expect(callerForCredentials(world, { accessKeyId: id, secretAccessKey: 'x' })).toEqual({ ok: false, problem: 'bad-signature' });
    expect(callerForCredentials(world, { accessKeyId: id, secretAccessKey: secret, sessionToken: 't' })).toEqual({ ok: false, problem: 'bad-token' });
    expect(callerForCredentials(world, { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret })).toEqual({ ok: false, problem: 'unknown-key' });
    const inactive = ok(world, 'iam:UpdateAccessKey', { UserName: 'student', AccessKeyId: id, Status: 'Inactive' }).world;
    expect(callerForCredentials(inactive, { accessKeyId: id, secretAccessKey: secret })).toEqual({ ok: false, problem: 'unknown-key' });
  });

  it('AssumeRole credentials resolve to the session they were issued for, session policy included', () => {
    const world = withRole(createDefaultWorld(), 'R', trust({ AWS: STUDENT_ARN }));
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';
    const { output } = asOk(world, STUDENT, 'sts:AssumeRole', { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 'demo', Policy: policy });
    const c = output.Credentials;
    const resolved = callerForCredentials(world, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken });
    expect(resolved).toEqual({
      ok: true,
      caller: {
        type: 'assumed-role', accountId: '123456789012', roleName: 'R', sessionName: 'demo',
        issuedAt: world.clock.now, expiresAt: world.clock.now + 3_600_000, sessionPolicy: policy,
      },
    });
    expect(callerForCredentials(world, { accessKeyId: c.AccessKeyId, secretAccessKey: 'x', sessionToken: c.SessionToken }))
      .toEqual({ ok: false, problem: 'bad-signature' });
    expect(callerForCredentials(world, { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey })).toEqual({ ok: false, problem: 'bad-token' });
  });

  it('refuses an edited session token', () => {
    const session = { type: 'assumed-role' as const, accountId: '123456789012', roleName: 'R', sessionName: 'i-1', issuedAt: 0, expiresAt: 1 };
    const creds = sessionCredentials(session);
    expect(decodeSessionToken(creds.SessionToken)?.session).toEqual(session);
    const forged = creds.SessionToken.slice(0, -6) + (creds.SessionToken.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    expect(callerForCredentials(createDefaultWorld(), { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: forged }))
      .toEqual({ ok: false, problem: 'bad-token' });
    expect(sessionCredentials(session)).toEqual(creds);
  });

  it('words the refusal as each service does', () => {
    expect(credentialError('unknown-key', 's3', 'ListBuckets')).toMatchObject({ code: 'InvalidAccessKeyId' });
    expect(credentialError('bad-token', 's3', 'ListBuckets')).toMatchObject({ code: 'InvalidToken' });
    expect(credentialError('bad-signature', 'ec2', 'DescribeInstances')).toMatchObject({ code: 'AuthFailure' });
    expect(credentialError('unknown-key', 'iam', 'ListRoles')).toMatchObject({
      code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.',
    });
  });
});
