import { describe, it, expect } from 'vitest';
import { resolveAccountId } from '../core/accounts';
import { WorldSchema } from '../core/world';
import { dispatch } from '../core/dispatch';
import { STUDENT } from './empty';
import { isScenarioName, scenarios } from './scenarios';

describe('scenarios', () => {
  it('build valid worlds that survive a JSON round trip', () => {
    for (const create of Object.values(scenarios)) {
      const world = create();
      expect(() => WorldSchema.parse(world)).not.toThrow();
      expect(WorldSchema.parse(JSON.parse(JSON.stringify(world)))).toEqual(world);
    }
  });

  it('build the identical world on every call', () => {
    expect(JSON.stringify(scenarios.default())).toBe(JSON.stringify(scenarios.default()));
  });

  it('default: the account, the student, the service-linked roles, instances and buckets', () => {
    const world = scenarios.default();
    expect(world.clock.now).toBe(Date.parse('2026-01-15T09:00:00Z'));
    const account = world.accounts['123456789012'];
    expect(account?.alias).toBe('acme-training');
    expect(account?.iam.users.student?.attachedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/AmazonEC2FullAccess', 'arn:aws:iam::aws:policy/IAMFullAccess',
    ]);
    expect(account?.iam.roles.AWSServiceRoleForSupport?.arn)
      .toBe('arn:aws:iam::123456789012:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport');
    expect(Object.keys(account?.iam.instanceProfiles ?? {})).toEqual([]);
    const instances = Object.values(account?.regions['ap-northeast-2']?.ec2.instances ?? {});
    expect(instances.map((i) => [i.name, i.state, i.platform, i.instanceType, i.availabilityZone, i.publicIp !== undefined]).sort())
      .toEqual([
        ['batch-worker', 'stopped', 'amazon-linux', 't3.small', 'ap-northeast-2c', false],
        ['web-server', 'running', 'ubuntu', 't2.micro', 'ap-northeast-2a', true],
      ]);
    expect(Object.keys(account?.s3.buckets ?? {}).sort()).toEqual(['bucket1', 'bucket2', 'bucket3']);
  });

  it('default: a second account, acme-prod, with a role trusting the training account, an instance and two buckets', () => {
    const world = scenarios.default();
    const prod = world.accounts['444455556666'];
    expect(prod?.alias).toBe('acme-prod');
    expect(Object.keys(prod?.iam.roles ?? {}).sort()).toEqual(['ProdAuditor', 'ProdReadOnly']);
    expect(JSON.parse(prod?.iam.roles.ProdReadOnly?.assumeRolePolicyDocument ?? '{}').Statement[0].Principal)
      .toEqual({ AWS: 'arn:aws:iam::123456789012:root' });
    expect(Object.values(prod?.regions['ap-northeast-2']?.ec2.instances ?? {}).map((i) => i.name)).toEqual(['prod-api']);
    expect(Object.keys(prod?.s3.buckets ?? {}).sort()).toEqual(['acme-prod-assets', 'acme-prod-logs']);
    expect(Object.keys(world.accounts['123456789012']?.regions['ap-northeast-2']?.ec2.keyPairs ?? {})).toEqual(['my-key']);
    expect(resolveAccountId(world, 'acme-prod')).toBe('444455556666');
    expect(resolveAccountId(world, '4444-5555-6666')).toBe('444455556666');
    expect(resolveAccountId(world, 'nope')).toBeUndefined();
  });

  it('empty: the same user and nothing else', () => {
    const account = scenarios.empty().accounts['123456789012'];
    expect(account?.iam.users.student?.userId).toBe(scenarios.default().accounts['123456789012']?.iam.users.student?.userId);
    expect(account?.iam.roles).toEqual({});
    expect(account?.s3.buckets).toEqual({});
    expect(Object.values(account?.regions ?? {}).every((r) => Object.keys(r.ec2.instances).length === 0)).toBe(true);
  });

  it('recognises scenario names', () => {
    expect(isScenarioName('default')).toBe(true);
    expect(isScenarioName('toString')).toBe(false);
  });

  it('no-permissions and administrator change only what student may do', () => {
    const options = { source: 'console', region: 'ap-northeast-2' } as const;
    const denied = dispatch(scenarios['no-permissions'](), STUDENT, 'ec2:DescribeInstances', {}, options).result;
    expect(denied.ok ? 'allowed' : denied.error.code).toBe('UnauthorizedOperation');
    const admin = dispatch(scenarios.administrator(), STUDENT, 's3:ListBuckets', {}, options).result;
    expect(admin.ok ? admin.output.Buckets.map((b) => b.Name) : admin.error.code).toEqual(['bucket1', 'bucket2', 'bucket3']);
    const byDefault = dispatch(scenarios.default(), STUDENT, 's3:ListBuckets', {}, options).result;
    expect(byDefault.ok ? 'allowed' : byDefault.error.code).toBe('AccessDenied');
  });

  it('no-pass-role: student sees the instance profile but may not pass its role to an instance', () => {
    const world = scenarios['no-pass-role']();
    const options = { source: 'console' as const, region: 'ap-northeast-2' };
    const listed = dispatch(world, STUDENT, 'iam:ListInstanceProfiles', {}, options).result;
    expect(listed.ok ? listed.output.InstanceProfiles.map((p) => p.Roles.map((r) => r.RoleName)) : listed.error.code).toEqual([['example-for-ec2']]);
    const id = Object.values(world.accounts['123456789012']!.regions['ap-northeast-2']!.ec2.instances).find((i) => i.name === 'web-server')!.instanceId;
    const attach = dispatch(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: id, IamInstanceProfile: { Name: 'example-for-ec2' } }, options).result;
    expect(attach.ok ? 'allowed' : attach.error.message).toContain(
      'User: arn:aws:iam::123456789012:user/student is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/example-for-ec2 because no identity-based policy allows the iam:PassRole action',
    );
  });
});
