import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ok } from '../../services/iam/iam-test-kit';
import { attachProfile, inCloudShell, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

const S3_ROLE_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/student' }, Action: 'sts:AssumeRole' }],
});
const withS3Role = () => {
  let w = ok(createDefaultWorld(), 'iam:CreateRole', { RoleName: 'S3Reader', AssumeRolePolicyDocument: S3_ROLE_TRUST }).world;
  w = ok(w, 'iam:AttachRolePolicy', { RoleName: 'S3Reader', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }).world;
  return w;
};

describe('aws sts', () => {
  it('get-caller-identity on an instance: the assumed role with the instance id as session name', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld()));
    const t = onInstance(world);
    const id = instanceId(world);
    const roleId = world.accounts['123456789012']?.iam.roles['example-for-ec2']?.roleId;
    expect(t.type('aws sts get-caller-identity')).toBe(`{
    "UserId": "${roleId}:${id}",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/example-for-ec2/${id}"
}
`);
    expect(t.code).toBe(0);
  });

  it('get-caller-identity in CloudShell: the console identity, the user or the switched role session', () => {
    const c = inCloudShell();
    expect(c.type('aws sts get-caller-identity --output text')).toBe(
      `123456789012\tarn:aws:iam::123456789012:user/student\t${c.world.accounts['123456789012']?.iam.users.student?.userId}\n`);
    const switched = inCloudShell(createDefaultWorld(), {
      type: 'assumed-role', accountId: '123456789012', roleName: 'AWSServiceRoleForSupport', sessionName: 'student',
      issuedAt: c.world.clock.now, expiresAt: c.world.clock.now + 3_600_000,
    });
    expect(switched.type('aws sts get-caller-identity --query Arn --output text')).toBe(
      'arn:aws:sts::123456789012:assumed-role/AWSServiceRoleForSupport/student\n');
  });

  it('assume-role prints the Credentials JSON; exporting them makes the CLI the role session', () => {
    const c = inCloudShell(withS3Role());
    const out = c.type('aws sts assume-role --role-arn arn:aws:iam::123456789012:role/S3Reader --role-session-name demo');
    const parsed = JSON.parse(out) as { Credentials: Record<string, string>; AssumedRoleUser: Record<string, string> };
    expect(Object.keys(parsed)).toEqual(['Credentials', 'AssumedRoleUser']);
    expect(Object.keys(parsed.Credentials)).toEqual(['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration']);
    expect(parsed.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(parsed.Credentials.Expiration).toBe('2026-01-15T10:00:00+00:00');
    expect(parsed.AssumedRoleUser.Arn).toBe('arn:aws:sts::123456789012:assumed-role/S3Reader/demo');
    expect(c.type('aws s3 ls')).toContain('AccessDenied');
    c.type(`export AWS_ACCESS_KEY_ID=${parsed.Credentials.AccessKeyId}`);
    c.type(`export AWS_SECRET_ACCESS_KEY=${parsed.Credentials.SecretAccessKey}`);
    c.type(`export AWS_SESSION_TOKEN=${parsed.Credentials.SessionToken}`);
    expect(c.type('aws sts get-caller-identity --query Arn --output text')).toBe('arn:aws:sts::123456789012:assumed-role/S3Reader/demo\n');
    expect(c.type('aws s3 ls')).toBe('2024-01-26 09:06:37 bucket1\n2023-11-29 11:01:03 bucket2\n2024-01-26 04:57:58 bucket3\n');
  });

  it('assume-role refused: the AccessDenied line of facts §5.4', () => {
    const c = inCloudShell();
    expect(c.type('aws sts assume-role --role-arn arn:aws:iam::444455556666:role/ProdReadOnly --role-session-name demo')).toBe(
      '\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/student is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/ProdReadOnly because no identity-based policy allows the sts:AssumeRole action\n');
  });

  it('decode-authorization-message decodes an EC2 denial, and needs sts:DecodeAuthorizationMessage', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld(), ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess']));
    const t = onInstance(world);
    const denied = t.type(`aws ec2 stop-instances --instance-ids ${instanceId(world)}`);
    const encoded = /Encoded authorization failure message: (\S+)/.exec(denied)?.[1] ?? '';
    expect(encoded).not.toBe('');
    expect(t.type(`aws sts decode-authorization-message --encoded-message ${encoded}`)).toContain(
      'is not authorized to perform: sts:DecodeAuthorizationMessage');
    const c = inCloudShell(ok(t.world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }).world);
    const decoded = JSON.parse(c.type(`aws sts decode-authorization-message --encoded-message ${encoded}`)) as { DecodedMessage: string };
    expect(JSON.parse(decoded.DecodedMessage)).toMatchObject({
      allowed: false, explicitDeny: false,
      context: { principal: { arn: `arn:aws:sts::123456789012:assumed-role/example-for-ec2/${instanceId(world)}` }, action: 'ec2:StopInstances' },
    });
    expect(c.type('aws sts decode-authorization-message --encoded-message nonsense!')).toBe(
      '\nAn error occurred (InvalidAuthorizationMessageException) when calling the DecodeAuthorizationMessage operation: Message is not valid\n');
  });

  it('records every call in the event history with source cli', () => {
    const c = inCloudShell();
    const before = c.world.events.length;
    c.type('aws sts get-caller-identity; aws s3 ls');
    expect(c.world.events.slice(before).map((e) => [e.source, e.eventName, e.errorCode ?? 'ok'])).toEqual([
      ['cli', 'GetCallerIdentity', 'ok'], ['cli', 'ListBuckets', 'AccessDenied'],
    ]);
  });
});
