import { describe, it, expect } from 'vitest';
import { createDefaultWorld } from '../scenarios/default';
import { STUDENT } from '../scenarios/empty';
import { formatCliError } from './aws-error';
import type { Caller } from './caller';
import { dispatch, type DispatchOptions } from './dispatch';
import type { OperationName } from './registry';
import type { Role, World } from './world';
import { updateAccount } from './world-update';

const ACCOUNT = '123456789012';
const CLI: DispatchOptions = { source: 'cli', region: 'ap-northeast-2' };
const STUDENT_ARN = 'arn:aws:iam::123456789012:user/student';
const EC2_FULL = 'arn:aws:iam::aws:policy/AmazonEC2FullAccess';

const call = <O extends OperationName>(world: World, op: O, input: unknown = {}, caller: Caller = STUDENT) =>
  dispatch(world, caller, op, input, CLI);

function withoutEc2(world: World): World {
  return updateAccount(world, ACCOUNT, (a) => {
    const user = a.iam.users.student;
    if (user) user.attachedPolicyArns = user.attachedPolicyArns.filter((arn) => arn !== EC2_FULL);
  });
}

function withS3ReaderRole(world: World): World {
  const role: Role = {
    roleName: 'S3Reader', roleId: 'AROAEXAMPLEEXAMPLE123', path: '/', arn: `arn:aws:iam::${ACCOUNT}:role/S3Reader`,
    createDate: '2026-01-01T00:00:00Z', maxSessionDuration: 3600, tags: [], inlinePolicies: {},
    assumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}',
    attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
  };
  return updateAccount(world, ACCOUNT, (a) => { a.iam.roles[role.roleName] = role; });
}

const session = (world: World, expiresInMs: number): Caller => ({
  type: 'assumed-role', accountId: ACCOUNT, roleName: 'S3Reader', sessionName: 'student',
  issuedAt: world.clock.now - 1000, expiresAt: world.clock.now + expiresInMs,
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('dispatch: validation', () => {
  it('rejects bad input with an AWS ValidationError, records it, and changes nothing else', () => {
    const world = createDefaultWorld();
    const { world: next, result } = call(world, 'iam:GetRole', { RoleName: 'my role' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'ValidationError', httpStatus: 400, operation: 'GetRole', service: 'iam',
        message: "1 validation error detected: Value 'my role' at 'roleName' failed to satisfy constraint: "
          + 'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
      },
    });
    expect(next.events).toHaveLength(1);
    expect(next.events[0]).toMatchObject({ eventName: 'GetRole', errorCode: 'ValidationError', source: 'cli' });
    expect(next.events[0]?.decision).toBeUndefined();
    expect({ ...next, events: [] }).toEqual(world);
  });

  it('says "must not be null" for a missing member and counts several errors', () => {
    const missing = call(createDefaultWorld(), 'iam:AttachUserPolicy', { PolicyArn: 'short' }).result;
    expect(!missing.ok && missing.error.message).toBe(
      "2 validation errors detected: Value null at 'userName' failed to satisfy constraint: Member must not be null; "
      + "Value 'short' at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
    );
    const s3 = call(createDefaultWorld(), 's3:ListObjectsV2', {}).result;
    expect(!s3.ok && s3.error.code).toBe('ValidationException');
  });

  it('throws on an unknown operation name (a programmer error)', () => {
    expect(() => dispatch(createDefaultWorld(), STUDENT, 'iam:Nope' as OperationName, {}, CLI)).toThrow(/unknown operation/);
  });
});

describe('dispatch: denial', () => {
  it('denies DescribeInstances without an EC2 policy with the exact UnauthorizedOperation text', () => {
    const { world, result } = call(withoutEc2(createDefaultWorld()), 'ec2:DescribeInstances');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'UnauthorizedOperation', httpStatus: 403, service: 'ec2' });
    expect(formatCliError(result.error)).toBe(
      'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized '
      + `to perform this operation. User: ${STUDENT_ARN} is not authorized to perform: ec2:DescribeInstances `
      + 'because no identity-based policy allows the ec2:DescribeInstances action',
    );
    expect(world.events.at(-1)).toMatchObject({ decision: 'ImplicitlyDenied', errorCode: 'UnauthorizedOperation', resource: '*' });
  });

  it('denies ListBuckets with the exact AccessDenied text', () => {
    const { result } = call(createDefaultWorld(), 's3:ListBuckets');
    expect(!result.ok && result.error).toEqual({
      code: 'AccessDenied', httpStatus: 403, operation: 'ListBuckets', service: 's3',
      message: `User: ${STUDENT_ARN} is not authorized to perform: s3:ListAllMyBuckets `
        + 'because no identity-based policy allows the s3:ListAllMyBuckets action',
    });
  });

  it('names the resource and an explicit deny, and still answers GetCallerIdentity', () => {
    const denied = updateAccount(createDefaultWorld(), ACCOUNT, (a) => {
      const user = a.iam.users.student;
      if (user) user.inlinePolicies.DenyRoles = '{"Statement":{"Sid":"NoRoles","Effect":"Deny","Action":"iam:*Role","Resource":"*"}}';
    });
    const { world, result } = call(denied, 'iam:GetRole', { RoleName: 'AWSServiceRoleForSupport' });
    expect(!result.ok && result.error.message).toBe(
      `User: ${STUDENT_ARN} is not authorized to perform: iam:GetRole on resource: arn:aws:iam::123456789012:role/`
      + 'aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport with an explicit deny in an identity-based policy',
    );
    expect(world.events.at(-1)).toMatchObject({
      decision: 'ExplicitlyDenied', decidingStatement: { policyName: 'DenyRoles', statementIndex: 0, sid: 'NoRoles' },
    });
    const everything = updateAccount(denied, ACCOUNT, (a) => {
      if (a.iam.users.student) a.iam.users.student.inlinePolicies.DenyAll = '{"Statement":{"Effect":"Deny","Action":"*","Resource":"*"}}';
    });
    expect(call(everything, 'sts:GetCallerIdentity').result.ok).toBe(true);
  });
});

describe('dispatch: success', () => {
  it('lists the two service-linked roles and both instances', () => {
    const world = createDefaultWorld();
    const roles = call(world, 'iam:ListRoles').result;
    expect(roles.ok && roles.output.Roles.map((r) => r.RoleName)).toEqual(['AWSServiceRoleForSupport', 'AWSServiceRoleForTrustedAdvisor']);
    const ec2 = call(world, 'ec2:DescribeInstances').result;
    const names = ec2.ok ? ec2.output.Reservations.flatMap((r) => r.Instances.map((i) => i.Tags.find((t) => t.Key === 'Name')?.Value)) : [];
    expect(names.sort()).toEqual(['batch-worker', 'web-server']);
    const elsewhere = dispatch(world, STUDENT, 'ec2:DescribeInstances', {}, { source: 'console', region: 'us-east-1' }).result;
    expect(elsewhere.ok && elsewhere.output.Reservations).toEqual([]);
  });

  it('records the decision and the deciding statement', () => {
    const { world } = call(createDefaultWorld(), 'ec2:DescribeInstances');
    expect(world.events.at(-1)).toMatchObject({
      source: 'cli', principalArn: STUDENT_ARN, accountId: ACCOUNT, region: 'ap-northeast-2', service: 'ec2',
      eventName: 'DescribeInstances', action: 'ec2:DescribeInstances', resource: '*', decision: 'Allowed',
      time: '2026-01-15T09:00:00Z',
      decidingStatement: { policyName: 'AmazonEC2FullAccess', policyArn: EC2_FULL, statementIndex: 0 },
    });
    const iam = call(createDefaultWorld(), 'iam:ListRoles').world.events.at(-1);
    expect(iam).toMatchObject({ region: 'us-east-1', resource: 'arn:aws:iam::123456789012:role/' });
  });

  it('returns a handler error such as NoSuchEntity as the result, with an event', () => {
    const { world, result } = call(createDefaultWorld(), 'iam:GetRole', { RoleName: 'Missing' });
    expect(!result.ok && result.error).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: 'The role with name Missing cannot be found.',
    });
    expect(world.events.at(-1)).toMatchObject({ decision: 'Allowed', errorCode: 'NoSuchEntity' });
  });

  it('bumps the revision only for successful writes', () => {
    const world = createDefaultWorld();
    expect(call(world, 'iam:ListRoles').world.revision).toBe(world.revision);
    const attach = { UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' };
    const attached = call(world, 'iam:AttachUserPolicy', attach).world;
    expect(attached.revision).toBe(world.revision + 1);
    const failed = call(attached, 'iam:DetachUserPolicy', { UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' });
    expect(failed.world.revision).toBe(attached.revision);
    expect(call(attached, 's3:ListBuckets').result.ok).toBe(true); // the new policy applies at once
  });

  it('never mutates the world it is given', () => {
    const world = deepFreeze(createDefaultWorld());
    const before = JSON.stringify(world);
    call(world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    call(world, 'iam:DetachUserPolicy', { UserName: 'student', PolicyArn: EC2_FULL });
    call(world, 'iam:GetRole', { RoleName: '!' });
    call(world, 's3:ListBuckets');
    expect(JSON.stringify(world)).toBe(before);
  });
});

describe('dispatch: callers', () => {
  it('gives an assumed-role session only the role permissions', () => {
    const world = withS3ReaderRole(createDefaultWorld());
    const caller = session(world, 3600_000);
    expect(call(world, 's3:ListBuckets', {}, caller).result.ok).toBe(true);
    const ec2 = call(world, 'ec2:DescribeInstances', {}, caller);
    expect(!ec2.result.ok && ec2.result.error.message).toBe(
      'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/S3Reader/student '
      + 'is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
    );
    expect(ec2.world.events.at(-1)?.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/S3Reader/student');
    const who = call(world, 'sts:GetCallerIdentity', {}, caller).result;
    expect(who.ok && who.output).toEqual({
      UserId: 'AROAEXAMPLEEXAMPLE123:student', Account: ACCOUNT, Arn: 'arn:aws:sts::123456789012:assumed-role/S3Reader/student',
    });
  });

  it('refuses an expired session, even for GetCallerIdentity', () => {
    const world = withS3ReaderRole(createDefaultWorld());
    for (const op of ['s3:ListBuckets', 'sts:GetCallerIdentity'] as const) {
      const { world: next, result } = call(world, op, {}, session(world, 0));
      expect(!result.ok && result.error).toMatchObject({
        code: 'ExpiredToken', message: 'The security token included in the request is expired',
      });
      expect(next.events.at(-1)?.errorCode).toBe('ExpiredToken');
    }
  });

  it('refuses a user that no longer exists', () => {
    const result = call(createDefaultWorld(), 'iam:ListRoles', {}, { type: 'user', accountId: ACCOUNT, userName: 'ghost' }).result;
    expect(!result.ok && result.error.code).toBe('InvalidClientTokenId');
  });

  it('lets group policies grant access', () => {
    const world = updateAccount(withoutEc2(createDefaultWorld()), ACCOUNT, (a) => {
      a.iam.groups.Ops = {
        groupName: 'Ops', groupId: 'AGPAEXAMPLEEXAMPLE12', path: '/', arn: `arn:aws:iam::${ACCOUNT}:group/Ops`,
        createDate: '2026-01-01T00:00:00Z', attachedPolicyArns: ['arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess'], inlinePolicies: {},
      };
      a.iam.users.student?.groupNames.push('Ops');
    });
    const { world: next, result } = call(world, 'ec2:DescribeInstances');
    expect(result.ok).toBe(true);
    expect(next.events.at(-1)?.decidingStatement?.policyName).toBe('AmazonEC2ReadOnlyAccess');
  });
});

describe('dispatch: the full policy engine', () => {
  const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/Boundary`;
  function withBoundary(world: World, allowedAction: string): World {
    return updateAccount(withS3ReaderRole(world), ACCOUNT, (a) => {
      const document = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: allowedAction, Resource: '*' } });
      a.iam.policies[BOUNDARY] = {
        policyName: 'Boundary', policyId: 'ANPAEXAMPLEEXAMPLE12', arn: BOUNDARY, path: '/', defaultVersionId: 'v1',
        versions: [{ versionId: 'v1', document, isDefault: true, createDate: '2026-01-01T00:00:00Z' }],
        createDate: '2026-01-01T00:00:00Z', updateDate: '2026-01-01T00:00:00Z',
      };
      const role = a.iam.roles.S3Reader;
      if (role) role.permissionsBoundaryArn = BOUNDARY;
    });
  }

  it('limits a role session by the role permissions boundary', () => {
    const world = withBoundary(createDefaultWorld(), 'ec2:*');
    const { world: next, result } = call(world, 's3:ListBuckets', {}, session(world, 3600_000));
    expect(!result.ok && result.error.message).toBe('User: arn:aws:sts::123456789012:assumed-role/S3Reader/student is not authorized '
      + 'to perform: s3:ListAllMyBuckets because no permissions boundary policy allows the s3:ListAllMyBuckets action');
    expect(next.events.at(-1)?.decision).toBe('ImplicitlyDenied');
  });

  it('allows what both the role policies and the boundary allow, and records the deciding identity statement', () => {
    const world = withBoundary(createDefaultWorld(), 's3:List*');
    const { world: next, result } = call(world, 's3:ListBuckets', {}, session(world, 3600_000));
    expect(result.ok).toBe(true);
    expect(next.events.at(-1)?.decidingStatement).toMatchObject({ policyName: 'AmazonS3ReadOnlyAccess', statementIndex: 0 });
  });

  it('fills aws:PrincipalTag from the role tags', () => {
    const world = updateAccount(withS3ReaderRole(createDefaultWorld()), ACCOUNT, (a) => {
      const role = a.iam.roles.S3Reader;
      if (!role) return;
      role.tags = [{ Key: 'team', Value: 'blue' }];
      role.inlinePolicies.Ec2ForBlue = JSON.stringify({ Version: '2012-10-17', Statement: {
        Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } } });
    });
    expect(call(world, 'ec2:DescribeInstances', {}, session(world, 3600_000)).result.ok).toBe(true);
    const red = updateAccount(world, ACCOUNT, (a) => { if (a.iam.roles.S3Reader) a.iam.roles.S3Reader.tags = [{ Key: 'team', Value: 'red' }]; });
    expect(call(red, 'ec2:DescribeInstances', {}, session(red, 3600_000)).result.ok).toBe(false);
  });
});
