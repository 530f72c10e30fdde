import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import type { World } from '../../core/world';
import { STUDENT } from '../../scenarios/empty';
import { scenarios } from '../../scenarios/scenarios';

const console_ = { source: 'console' as const, region: 'ap-northeast-2' };

function lookup(world: World, input: object = {}) {
  const { result } = dispatch(world, STUDENT, 'cloudtrail:LookupEvents', input, console_);
  if (!result.ok) throw new Error(result.error.message);
  return result.output;
}

describe('cloudtrail:LookupEvents', () => {
  it('lists the account\'s calls newest first, IAM (recorded in us-east-1) included, with the denial\'s code and message', () => {
    let world = scenarios.administrator();
    world = dispatch(world, STUDENT, 'iam:ListRoles', {}, console_).world;
    world = dispatch(world, STUDENT, 's3:GetObject', { Bucket: 'bucket1', Key: 'missing.txt' }, { ...console_, source: 'cli' }).world;
    const { Events } = lookup(world, { MaxResults: 2 });
    expect(Events.map((e) => [e.EventName, e.EventSource, e.Username])).toEqual([
      ['GetObject', 's3.amazonaws.com', 'student'], ['ListRoles', 'iam.amazonaws.com', 'student'],
    ]);
    const record = JSON.parse(Events[0]!.CloudTrailEvent) as Record<string, unknown>;
    expect(record).toMatchObject({
      eventCategory: 'Data', errorCode: 'NoSuchKey', userIdentity: { type: 'IAMUser', userName: 'student' },
      requestParameters: { Bucket: 'bucket1', Key: 'missing.txt' }, iamConsoleLab: { source: 'cli', decision: 'Allowed' },
    });
  });

  it('filters by one attribute, pages with NextToken, and is itself an authorized call', () => {
    let world = scenarios.administrator();
    for (let i = 0; i < 3; i++) world = dispatch(world, STUDENT, 'ec2:DescribeInstances', {}, console_).world;
    const first = lookup(world, { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'DescribeInstances' }], MaxResults: 2 });
    expect(first.Events).toHaveLength(2);
    const rest = lookup(world, { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'DescribeInstances' }], MaxResults: 2, NextToken: first.NextToken });
    expect(rest.Events).toHaveLength(1);
    expect(rest.NextToken).toBeUndefined();

    const denied = dispatch(scenarios.default(), STUDENT, 'cloudtrail:LookupEvents', {}, console_).result;
    expect(denied.ok ? 'allowed' : denied.error.message).toContain('is not authorized to perform: cloudtrail:LookupEvents');
  });

  it('shows an assumed-role session by its session name and never another account\'s events', () => {
    let world = scenarios.administrator();
    const prodSession = { type: 'assumed-role' as const, accountId: '444455556666', roleName: 'ProdReadOnly', sessionName: 'student', issuedAt: world.clock.now, expiresAt: world.clock.now + 3_600_000 };
    world = dispatch(world, prodSession, 'ec2:DescribeInstances', {}, console_).world;
    expect(lookup(world).Events.some((e) => e.EventName === 'DescribeInstances')).toBe(false);
  });
});
