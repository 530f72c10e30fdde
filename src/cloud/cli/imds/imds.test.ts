import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import { createDefaultWorld } from '../../scenarios/default';
import { attachProfile, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

const IMDS = 'http://169.254.169.254/latest';
const NOT_FOUND = `<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
         "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title>404 - Not Found</title>
 </head>
 <body>
  <h1>404 - Not Found</h1>
 </body>
</html>
`;
const TOKEN = `TOKEN=$(curl -X PUT "${IMDS}/api/token" \\`;
const withRole = () => attachProfile(withEc2Role(createDefaultWorld()));

describe('instance metadata (IMDS)', () => {
  it('answers the instance its own id, placement and addresses over IMDSv1 when tokens are optional', () => {
    const t = onInstance();
    const id = instanceId(t.world);
    expect(t.type(`curl ${IMDS}/meta-data/instance-id`)).toBe(id);
    expect(t.type(`curl -s ${IMDS}/meta-data/placement/region`)).toBe('ap-northeast-2');
    expect(t.type(`curl ${IMDS}/meta-data/placement/availability-zone`)).toBe('ap-northeast-2a');
    expect(t.type(`curl ${IMDS}/meta-data/local-ipv4`)).toBe('172.31.5.23');
  });

  it('has no iam/ paths without a role: the real 404 page', () => {
    const t = onInstance();
    expect(t.type(`curl ${IMDS}/meta-data/iam/security-credentials/`)).toBe(NOT_FOUND);
    expect(t.type(`curl ${IMDS}/meta-data/iam/info`)).toBe(NOT_FOUND);
    expect(t.type(`curl -f ${IMDS}/meta-data/iam/info`)).toBe('curl: (22) The requested URL returned error: 404\n');
    expect(t.code).toBe(22);
  });

  it('serves the IMDSv2 token recipe of facts §6.4: the role name, then its credentials JSON', () => {
    const t = onInstance(withRole());
    expect(t.type(TOKEN)).toBe('');
    expect(t.type('  -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")')).toBe('');
    expect(t.host.vars.TOKEN).toMatch(/^AQAEA/);
    expect(t.type(`curl -H "X-aws-ec2-metadata-token: $TOKEN" ${IMDS}/meta-data/iam/security-credentials/`)).toBe('example-for-ec2');
    const body = t.type(`curl -H "X-aws-ec2-metadata-token: $TOKEN" \\`) + t.type(`  ${IMDS}/meta-data/iam/security-credentials/example-for-ec2`);
    expect(body).toMatch(/^\{\n {2}"Code" : "Success",\n {2}"LastUpdated" : "2026-01-15T09:00:00Z",\n {2}"Type" : "AWS-HMAC",\n {2}"AccessKeyId" : "ASIA[A-Z2-7]{16}",\n {2}"SecretAccessKey" : "[\w+/]{40}",\n {2}"Token" : "IQoJb3JpZ2luX2VjE[\w+/=]+",\n {2}"Expiration" : "2026-01-15T15:00:00Z"\n\}$/);
    const info = JSON.parse(t.type(`curl -s -H "X-aws-ec2-metadata-token: $TOKEN" ${IMDS}/meta-data/iam/info`)) as Record<string, string>;
    expect(info).toEqual({
      Code: 'Success', LastUpdated: '2026-01-15T09:00:00Z',
      InstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/example-for-ec2', InstanceProfileId: expect.stringMatching(/^AIPA/),
    });
  });

  it('requires a token on an IMDSv2-only instance (Amazon Linux 2023): 401 without one, and for an expired one', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld()), 'example-for-ec2', 'web-server');
    const t = onInstance(world, 'batch-worker');
    expect(t.type(`curl ${IMDS}/meta-data/instance-id`)).toContain('<title>401 - Unauthorized</title>');
    t.type(`T=$(curl -s -X PUT ${IMDS}/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")`);
    expect(t.type(`curl -H "X-aws-ec2-metadata-token: $T" ${IMDS}/meta-data/instance-id`)).toBe(instanceId(world, 'batch-worker'));
    t.world = advanceClock(t.world, 61_000);
    expect(t.type(`curl -H "X-aws-ec2-metadata-token: $T" ${IMDS}/meta-data/instance-id`)).toContain('401 - Unauthorized');
    expect(t.type(`curl -X PUT ${IMDS}/api/token`)).toContain('<title>400 - Bad Request</title>');
  });

  it('rotates the credentials every hour as simulated time passes; old ones keep working until they expire', () => {
    const t = onInstance(withRole());
    const path = `${IMDS}/meta-data/iam/security-credentials/example-for-ec2`;
    const first = JSON.parse(t.type(`curl -s ${path}`)) as Record<string, string>;
    expect(JSON.parse(t.type(`curl -s ${path}`))).toEqual(first);
    t.world = advanceClock(t.world, 3_600_000);
    const second = JSON.parse(t.type(`curl -s ${path}`)) as Record<string, string>;
    expect(second.AccessKeyId).not.toBe(first.AccessKeyId);
    expect(second).toMatchObject({ LastUpdated: '2026-01-15T10:00:00Z', Expiration: '2026-01-15T16:00:00Z' });
    t.type(`export AWS_ACCESS_KEY_ID=${first.AccessKeyId} AWS_SECRET_ACCESS_KEY=${first.SecretAccessKey} AWS_SESSION_TOKEN=${first.Token}`);
    expect(t.type('aws sts get-caller-identity --query Arn --output text')).toBe(
      `arn:aws:sts::123456789012:assumed-role/example-for-ec2/${instanceId(t.world)}\n`);
    t.world = advanceClock(t.world, 5 * 3_600_000);
    expect(t.type('aws sts get-caller-identity')).toBe(
      '\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n');
  });

  it('is unreachable from CloudShell, and other hosts do not resolve', async () => {
    const { inCloudShell } = await import('../cli-test-kit');
    const c = inCloudShell();
    expect(c.type(`curl ${IMDS}/meta-data/`)).toBe(
      "curl: (7) Failed to connect to 169.254.169.254 port 80 after 0 ms: Couldn't connect to server\n");
    expect(c.type('curl -s https://example.com')).toBe('');
    expect(c.code).toBe(6);
  });
});
