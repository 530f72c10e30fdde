import { describe, expect, it } from 'vitest';
import type { Caller } from '../core/caller';
import { nowIso } from '../core/clock';
import { dispatch } from '../core/dispatch';
import { preloadManagedPolicies } from '../core/policy-lookup';
import { preloadForDispatch } from '../core/preload';
import type { OperationName } from '../core/registry';
import type { World } from '../core/world';
import { STUDENT } from '../scenarios/empty';
import { scenarios } from '../scenarios/scenarios';
import { instanceRoleCaller } from '../services/ec2/instance-role';
import { builtinLabs } from './builtin-labs';
import { parseLab, type Lab } from './lab-schema';
import { advance, startProgress, type LabProgress } from './progress';

const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-2';
const EC2_TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const LAMBDA_TRUST = EC2_TRUST.replace('ec2.amazonaws.com', 'lambda.amazonaws.com');

function run(world: World, caller: Caller, op: OperationName, input: unknown, source: 'console' | 'cli' = 'console'): World {
  return dispatch(world, caller, op, input, { source, region: REGION }).world;
}

const lab = (id: string): Lab => builtinLabs.find((l) => l.id === id)!;
const webServer = (world: World) => Object.values(world.accounts[ACCOUNT]!.regions[REGION]!.ec2.instances).find((i) => i.name === 'web-server')!.instanceId;

function ticks(world: World, l: Lab, progress: LabProgress, identity: Caller = STUDENT) {
  return advance(world, l, progress, { accountId: ACCOUNT, region: REGION, consoleIdentity: identity }, nowIso(world));
}

describe('lab files', () => {
  it('ship valid, and an invalid file is refused with every problem and its path', () => {
    expect(builtinLabs.map((l) => l.id)).toEqual(['ec2-reads-s3', 'temporary-permissions', 'roles-instead-of-keys', 'cloudwatch-logs', 'lambda-execution-role', 'cross-account', 'users-groups-console',
      'cloudformation-service-role', 'lambda-dynamodb']);
    const bad = JSON.parse(JSON.stringify(lab('ec2-reads-s3'))) as Record<string, unknown> & { steps: Record<string, unknown>[] };
    bad.steps[0]!.title = { en: 'Only English' };
    bad.steps[1]!.check = { type: 'run-javascript', code: 'alert(1)' };
    bad.scenario = 'production';
    const result = parseLab(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((e) => e.startsWith('steps.0.title.ko:'))).toBe(true);
    expect(errors.some((e) => e.startsWith('steps.1.check'))).toBe(true);
    expect(errors.some((e) => e.startsWith('scenario:'))).toBe(true);
    expect(parseLab('{"formatVersion": 1,')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^JSON: /)] });
  });
});

describe('lab 1, EC2 reads S3', () => {
  it('ticks each step only when it is really done, and not for a role made for Lambda', async () => {
    let world = scenarios.default();
    await preloadManagedPolicies(world, 'iam:AttachRolePolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    const l = lab('ec2-reads-s3');
    let progress = startProgress(l, nowIso(world));
    expect(ticks(world, l, progress).done).toEqual([]);

    world = run(world, STUDENT, 'iam:CreateRole', { RoleName: 'example-for-ec2', AssumeRolePolicyDocument: LAMBDA_TRUST });
    world = run(world, STUDENT, 'iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual([]);

    world = run(world, STUDENT, 'iam:UpdateAssumeRolePolicy', { RoleName: 'example-for-ec2', PolicyDocument: EC2_TRUST });
    world = run(world, STUDENT, 'iam:CreateInstanceProfile', { InstanceProfileName: 'example-for-ec2' });
    world = run(world, STUDENT, 'iam:AddRoleToInstanceProfile', { InstanceProfileName: 'example-for-ec2', RoleName: 'example-for-ec2' });
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-role']);

    world = run(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: webServer(world), IamInstanceProfile: { Name: 'example-for-ec2' } });
    const instance = instanceRoleCaller(world, ACCOUNT, REGION, webServer(world))!;
    world = run(world, instance, 's3:ListBuckets', {}, 'console'); // from the console, not the instance's CLI
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-role', 'attach-role']);

    world = run(world, instance, 's3:ListBuckets', {}, 'cli');
    world = run(world, STUDENT, 'iam:DetachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-role', 'attach-role', 'list-buckets']);
    expect(progress.completedAt).toBeUndefined();

    world = run(world, instanceRoleCaller(world, ACCOUNT, REGION, webServer(world))!, 's3:ListBuckets', {}, 'cli');
    progress = ticks(world, l, progress);
    expect(progress.done).toHaveLength(4);
    expect(progress.completedAt).toBeDefined();
    // Ticks stay: the role no longer has S3 access, yet "create-role" remains done.
    expect(progress.done[0]).toBe('create-role');
  });

  it('does not count what happened before the lab started', () => {
    let world = scenarios.default();
    world = run(world, STUDENT, 'iam:CreateRole', { RoleName: 'example-for-ec2', AssumeRolePolicyDocument: EC2_TRUST });
    world = run(world, STUDENT, 's3:ListBuckets', {}, 'cli');
    const l = lab('temporary-permissions');
    const progress = startProgress(l, '2030-01-01T00:00:00Z');
    expect(ticks(world, l, progress).done).toEqual([]);
  });
});

describe('lab 2, temporary permissions', () => {
  it('is played by two people: admin sets up, student signs in and switches; a policy given to another user does not count', async () => {
    let world = scenarios.default();
    await preloadManagedPolicies(world, 'iam:AttachRolePolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
    const ADMIN: Caller = { type: 'user', accountId: ACCOUNT, userName: 'admin' };
    const l = lab('temporary-permissions');
    let progress = startProgress(l, nowIso(world));
    expect(ticks(world, l, progress).done).toEqual([]); // student is not the administrator
    progress = ticks(world, l, progress, ADMIN);
    expect(progress.done).toEqual(['sign-in-admin']);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });
    world = run(world, ADMIN, 'iam:CreateRole', { RoleName: 's3-admin-role', AssumeRolePolicyDocument: trust });
    world = run(world, ADMIN, 'iam:AttachRolePolicy', { RoleName: 's3-admin-role', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${ACCOUNT}:role/s3-admin-role` }] });
    world = run(world, ADMIN, 'iam:CreatePolicy', { PolicyName: 'assume-s3-admin-role', PolicyDocument: doc });
    world = run(world, ADMIN, 'iam:CreateUser', { UserName: 'someone-else' });
    world = run(world, ADMIN, 'iam:AttachUserPolicy', { UserName: 'someone-else', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/assume-s3-admin-role` });
    progress = ticks(world, l, progress, ADMIN);
    expect(progress.done).toEqual(['sign-in-admin', 'create-role', 'create-policy']);
    world = run(world, ADMIN, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/assume-s3-admin-role` });
    progress = ticks(world, l, progress, ADMIN);
    expect(progress.done.at(-1)).toBe('attach-policy');
    progress = ticks(world, l, progress);
    expect(progress.done.at(-1)).toBe('sign-in-student');
    // admin switching does not count: the lesson is student's switch.
    const session = (sessionName: string): Caller => ({ type: 'assumed-role', accountId: ACCOUNT, roleName: 's3-admin-role', sessionName, issuedAt: world.clock.now, expiresAt: world.clock.now + 3_600_000 });
    expect(ticks(world, l, progress, session('admin')).done.at(-1)).toBe('sign-in-student');
    expect(ticks(world, l, progress, session('student')).done.at(-1)).toBe('switch');
  });
});

describe('labs 5 and 6 against the services', () => {
  it('lab 5 follows a function from creation to its logs, then to refused logs once the permission is gone', async () => {
    const { withFunction, invoke } = await import('../services/lambda/lambda-test-kit');
    const l = lab('lambda-execution-role');
    let world = scenarios.administrator();
    let progress = startProgress(l, nowIso(world), world);
    const created = withFunction(world, 'hello-lab');
    world = created.world;
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-function']);
    world = invoke(world, 'hello-lab').world;
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-function', 'invoke', 'find-logs']);
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/service-role/${created.plan.policyName}`;
    world = run(world, STUDENT, 'iam:DetachRolePolicy', { RoleName: created.plan.roleName, PolicyArn: policyArn });
    world = invoke(world, 'hello-lab').world;
    progress = ticks(world, l, progress);
    expect(progress.completedAt).toBeDefined();
  });

  it('lab 6 sees the prod account only as the ProdReadOnly session, and the CLI session by its name', () => {
    const l = lab('cross-account');
    let world = scenarios.administrator();
    let progress = startProgress(l, nowIso(world), world);
    const prod: Caller = { type: 'assumed-role', accountId: '444455556666', roleName: 'ProdReadOnly', sessionName: 'student', issuedAt: world.clock.now, expiresAt: world.clock.now + 3_600_000 };
    world = run(world, STUDENT, 'ec2:DescribeInstances', {});
    progress = ticks(world, l, progress, prod);
    expect(progress.done).toEqual(['switch']);
    world = run(world, prod, 'ec2:DescribeInstances', {});
    progress = ticks(world, l, progress, prod);
    expect(progress.done).toEqual(['switch', 'prod-instances']);
    progress = ticks(world, l, progress);
    const cli: Caller = { ...prod, sessionName: 'cli-lab' };
    world = run(world, cli, 's3:ListBuckets', {}, 'cli');
    progress = ticks(world, l, progress);
    expect(progress.done).toContain('cli-assume');
    const auditor = { RoleArn: 'arn:aws:iam::444455556666:role/ProdAuditor', RoleSessionName: 'audit' };
    world = run(world, STUDENT, 'sts:AssumeRole', { ...auditor, ExternalId: 'acme-audit-7731' }, 'cli');
    progress = ticks(world, l, progress);
    expect(progress.completedAt).toBeUndefined(); // the refusal without the external ID is part of the step
    const refused = dispatch(world, STUDENT, 'sts:AssumeRole', auditor, { source: 'cli', region: REGION });
    expect(refused.result.ok ? 'allowed' : refused.result.error.message).toContain('because no role trust policy allows the sts:AssumeRole action');
    world = run(refused.world, STUDENT, 'sts:AssumeRole', { ...auditor, ExternalId: 'acme-audit-7731' }, 'cli');
    progress = ticks(world, l, progress);
    expect(progress.completedAt).toBeDefined();
  });
});

describe('lab 7, users, groups and console access', () => {
  it('ticks the group, then a user with a password in it, then the sign-in and the group\'s permissions at work', async () => {
    let world = scenarios.default();
    await preloadForDispatch(world, 'iam:CreateLoginProfile', {});
    await preloadManagedPolicies(world, 'iam:AttachGroupPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    const l = lab('users-groups-console');
    let progress = startProgress(l, nowIso(world));
    world = run(world, STUDENT, 'iam:CreateGroup', { GroupName: 'developers' });
    world = run(world, STUDENT, 'iam:AttachGroupPolicy', { GroupName: 'developers', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    world = run(world, STUDENT, 'iam:CreateUser', { UserName: 'dev1' });
    world = run(world, STUDENT, 'iam:AddUserToGroup', { GroupName: 'developers', UserName: 'dev1' });
    progress = ticks(world, l, progress);
    expect(progress.done).toEqual(['create-group']); // no console password yet
    world = run(world, STUDENT, 'iam:CreateLoginProfile', { UserName: 'dev1', Password: 'Dev1#password' });
    const DEV1: Caller = { type: 'user', accountId: ACCOUNT, userName: 'dev1' };
    progress = ticks(world, l, progress, DEV1);
    expect(progress.done).toEqual(['create-group', 'create-user', 'sign-in']);
    world = dispatch(world, DEV1, 's3:ListBuckets', {}, { source: 'console', region: REGION }).world;
    world = dispatch(world, DEV1, 'iam:ListUsers', {}, { source: 'console', region: REGION }).world;
    expect(ticks(world, l, progress, DEV1).completedAt).toBeDefined();
  }, 30_000);
});
