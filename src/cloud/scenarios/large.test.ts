import { beforeAll, describe, expect, it } from 'vitest';
import { loadAwsManagedPolicies } from '../catalog/managed-policies';
import { awsManagedPolicyArn } from '../core/arn';
import { dispatch } from '../core/dispatch';
import { EVENT_RETENTION_MS } from '../core/events';
import type { OperationDefinition } from '../core/operation';
import { operations, type OperationName } from '../core/registry';
import { WorldSchema } from '../core/world';
import { STUDENT } from './empty';
import { createLargeWorld, LARGE } from './large';
import { isOnDemandScenarioName, isScenarioName, scenarios, scenariosOnDemand } from './scenarios';

// Building and checking 11 MB of world takes seconds on a busy machine.
describe('large scenario', { timeout: 60_000 }, () => {
  const world = createLargeWorld();
  const account = world.accounts['123456789012']!;
  const options = { source: 'console', region: 'ap-northeast-2' } as const;
  beforeAll(() => loadAwsManagedPolicies([awsManagedPolicyArn('AWSCloudTrail_ReadOnlyAccess')]));

  it('is the default world plus 5,000 roles, 2,000 instances, 500 buckets and 10,000 events', () => {
    const base = scenarios.default().accounts['123456789012']!;
    const count = (o: object) => Object.keys(o).length;
    expect(count(account.iam.roles)).toBe(count(base.iam.roles) + LARGE.roles);
    expect(count(account.regions['ap-northeast-2']!.ec2.instances)).toBe(count(base.regions['ap-northeast-2']!.ec2.instances) + LARGE.instances);
    expect(count(account.s3.buckets)).toBe(count(base.s3.buckets) + LARGE.buckets);
    expect(world.events).toHaveLength(LARGE.events);
    expect(world.accounts['444455556666']).toEqual(scenarios.default().accounts['444455556666']);
  });

  it('is a valid world that survives a JSON round trip', () => {
    expect(WorldSchema.parse(JSON.parse(JSON.stringify(world)))).toEqual(world);
  });

  it('is loaded on demand, from the URL only (not in the first page load, not for labs)', async () => {
    expect(isOnDemandScenarioName('large')).toBe(true);
    expect(isScenarioName('large')).toBe(false);
    expect(await scenariosOnDemand.large()).toBe(createLargeWorld);
  });

  it('is built the same on every call', () => {
    expect(JSON.stringify(createLargeWorld().events.slice(-50))).toBe(JSON.stringify(world.events.slice(-50)));
    expect(Object.keys(createLargeWorld().accounts['123456789012']!.iam.roles)).toEqual(Object.keys(account.iam.roles));
  });

  it('has roles of every common kind, EC2 roles with instance profiles, and a mix of instances with and without one', () => {
    const principals = new Set(Object.values(account.iam.roles).flatMap((r) =>
      (JSON.parse(r.assumeRolePolicyDocument) as { Statement: { Principal: Record<string, string> }[] }).Statement.map((s) => Object.keys(s.Principal)[0] + ':' + Object.values(s.Principal)[0]!.split(':').slice(-1)[0])));
    for (const p of ['Service:ec2.amazonaws.com', 'Service:lambda.amazonaws.com', 'Service:ecs-tasks.amazonaws.com', 'AWS:root']) expect(principals).toContain(p);
    expect([...principals].some((p) => p.startsWith('Federated:saml-provider/'))).toBe(true);
    expect([...principals].some((p) => p.includes('oidc-provider/token.actions.githubusercontent.com'))).toBe(true);
    for (const profile of Object.values(account.iam.instanceProfiles)) expect(account.iam.roles[profile.roleName!]).toBeDefined();
    const instances = Object.values(account.regions['ap-northeast-2']!.ec2.instances);
    const withProfile = instances.filter((i) => i.iamInstanceProfileArn).length;
    expect(withProfile / instances.length).toBeGreaterThan(0.5);
    expect(withProfile / instances.length).toBeLessThan(0.8);
    const arns = new Set(Object.values(account.iam.instanceProfiles).map((p) => p.arn));
    for (const i of instances) if (i.iamInstanceProfileArn) expect(arns).toContain(i.iamInstanceProfileArn);
  });

  it('has 30 days of events, oldest first, numbered in turn, with request parameters as the APIs take them', () => {
    expect(world.events[0]!.eventId).toBe('00000000-0000-0000-0000-000000000001');
    expect(world.events.at(-1)!.eventId).toBe('00000000-0000-0000-0000-000000002710');
    const times = world.events.map((e) => Date.parse(e.time));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    expect(world.clock.now - times[0]!).toBeLessThan(EVENT_RETENTION_MS);
    for (const e of world.events) expect(JSON.parse(e.requestParameters!)).toBeTypeOf('object');
    expect(world.events.some((e) => e.errorCode === 'AccessDenied' && e.errorMessage?.includes('student is not authorized to perform: s3:Put'))).toBe(true);
    expect(new Set(world.events.map((e) => e.eventName)).size).toBeGreaterThan(15);
  });

  it('records each event as dispatch would: the operation\'s action, access and resource (checked against the registry)', () => {
    for (const event of world.events.filter((_, i) => i % 37 === 0)) {
      const def = operations[`${event.service}:${event.eventName}` as OperationName] as OperationDefinition;
      expect([event.action, event.readOnly]).toEqual([def.action, def.access === 'read']);
      const caller = { type: 'user', accountId: '123456789012', userName: 'student' } as const;
      const ctx = { caller, accountId: '123456789012', region: event.region, now: world.clock.now };
      // The recorded request, not parsed again: long strings in it are cut, as in every event.
      expect(event.resource).toBe(def.resource(ctx, JSON.parse(event.requestParameters!) as never, world));
    }
  });

  it('answers the list calls the console makes, and keeps its 10,000 events after a new one', () => {
    const roles = dispatch(world, STUDENT, 'iam:ListRoles', {}, options);
    expect(roles.result.ok && roles.result.output.Roles.length).toBe(Object.keys(account.iam.roles).length);
    expect(roles.world.events).toHaveLength(LARGE.events);
    expect(roles.world.events.at(-1)!.eventName).toBe('ListRoles');
    const instances = dispatch(world, STUDENT, 'ec2:DescribeInstances', {}, options).result;
    expect(instances.ok && instances.output.Reservations.length).toBe(2002);
    const trail = dispatch(world, STUDENT, 'cloudtrail:LookupEvents', {}, options).result;
    expect(trail.ok ? trail.output.Events : trail.error.code).toHaveLength(50);
  });
});
