import { describe, expect, it } from 'vitest';
import { operations } from '../../core/registry';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, S3_READ_ONLY, S3_READ_POLICY, call, deepFreeze, err, iamOf, ok, seq, validation } from './iam-test-kit';

const withBob = () => ok(createDefaultWorld(), 'iam:CreateUser', { UserName: 'bob' }).world;

describe('users', () => {
  it('creates a user with an AIDA id and refuses a name taken in any case', () => {
    const world = createDefaultWorld();
    const { world: next, output } = ok(world, 'iam:CreateUser', { UserName: 'bob', Path: '/dev/', Tags: [{ Key: 'team', Value: 'web' }] });
    expect(output.User).toMatchObject({
      UserName: 'bob', Path: '/dev/', Arn: `arn:aws:iam::${ACCOUNT}:user/dev/bob`, CreateDate: '2026-01-15T09:00:00Z',
      Tags: [{ Key: 'team', Value: 'web' }],
    });
    expect(output.User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(next.revision).toBe(world.revision + 1);
    expect(err(next, 'iam:CreateUser', { UserName: 'BOB' })).toMatchObject({
      code: 'EntityAlreadyExists', httpStatus: 409, message: 'User with name BOB already exists.',
    });
    expect(err(next, 'iam:CreateUser', { UserName: 'b'.repeat(65) }).message).toBe(
      validation(`'${'b'.repeat(65)}'`, 'userName', 'Member must have length less than or equal to 64'));
  });

  it('puts, gets, lists and deletes inline user policies', () => {
    const input = { UserName: 'bob', PolicyName: 'S3Read', PolicyDocument: S3_READ_POLICY };
    const world = ok(withBob(), 'iam:PutUserPolicy', input).world;
    expect(decodeURIComponent(ok(world, 'iam:GetUserPolicy', { UserName: 'bob', PolicyName: 'S3Read' }).output.PolicyDocument)).toBe(S3_READ_POLICY);
    expect(ok(world, 'iam:ListUserPolicies', { UserName: 'bob' }).output.PolicyNames).toEqual(['S3Read']);
    const deleted = ok(world, 'iam:DeleteUserPolicy', { UserName: 'bob', PolicyName: 'S3Read' }).world;
    expect(err(deleted, 'iam:GetUserPolicy', { UserName: 'bob', PolicyName: 'S3Read' }).message).toBe(
      'The user policy with name S3Read cannot be found.');
    const big = JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:*', Resource: Array.from({ length: 150 }, (_, i) => `arn:aws:s3:::b${i}/*`) } });
    expect(err(world, 'iam:PutUserPolicy', { ...input, PolicyName: 'Big', PolicyDocument: big })).toMatchObject({
      code: 'LimitExceeded', message: 'Maximum policy size of 2048 bytes exceeded for user bob',
    });
    expect(err(world, 'iam:PutUserPolicy', { ...input, UserName: 'ghost' }).message).toBe('The user with name ghost cannot be found.');
  });

  it('refuses to delete a user with access keys, policies or groups', () => {
    let world = seq(withBob(), [
      ['iam:CreateAccessKey', { UserName: 'bob' }],
      ['iam:PutUserPolicy', { UserName: 'bob', PolicyName: 'S3Read', PolicyDocument: S3_READ_POLICY }],
      ['iam:AttachUserPolicy', { UserName: 'bob', PolicyArn: S3_READ_ONLY }],
      ['iam:CreateGroup', { GroupName: 'Devs' }],
      ['iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'bob' }],
    ]);
    const deleting = () => err(world, 'iam:DeleteUser', { UserName: 'bob' });
    const key = iamOf(world).users.bob?.accessKeys?.[0]?.accessKeyId;
    expect(deleting()).toMatchObject({ code: 'DeleteConflict', httpStatus: 409, message: 'Cannot delete entity, must delete access keys first.' });
    world = ok(world, 'iam:DeleteAccessKey', { UserName: 'bob', AccessKeyId: key }).world;
    expect(deleting().message).toBe('Cannot delete entity, must delete policies first.');
    world = ok(world, 'iam:DeleteUserPolicy', { UserName: 'bob', PolicyName: 'S3Read' }).world;
    expect(deleting().message).toBe('Cannot delete entity, must detach all policies first.');
    world = ok(world, 'iam:DetachUserPolicy', { UserName: 'bob', PolicyArn: S3_READ_ONLY }).world;
    expect(deleting().message).toBe('Cannot delete entity, must remove users from group first.');
    world = ok(world, 'iam:RemoveUserFromGroup', { GroupName: 'Devs', UserName: 'bob' }).world;
    expect(iamOf(ok(world, 'iam:DeleteUser', { UserName: 'bob' }).world).users.bob).toBeUndefined();
  });
});

describe('groups', () => {
  it('creates groups (AGPA ids), gets one with its users, lists them', () => {
    let world = ok(withBob(), 'iam:CreateGroup', { GroupName: 'Devs', Path: '/eng/' }).world;
    expect(err(world, 'iam:CreateGroup', { GroupName: 'devs' })).toMatchObject({
      code: 'EntityAlreadyExists', message: 'Group with name devs already exists.',
    });
    world = ok(world, 'iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'bob' }).world;
    const got = ok(world, 'iam:GetGroup', { GroupName: 'Devs' }).output;
    expect(got.Group).toMatchObject({ GroupName: 'Devs', Path: '/eng/', Arn: `arn:aws:iam::${ACCOUNT}:group/eng/Devs` });
    expect(got.Group.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(got.Users.map((u) => u.UserName)).toEqual(['bob']);
    expect(ok(world, 'iam:ListGroups').output.Groups.map((g) => g.GroupName)).toEqual(['Devs']);
    expect(ok(world, 'iam:ListGroupsForUser', { UserName: 'bob' }).output.Groups.map((g) => g.GroupName)).toEqual(['Devs']);
    expect(ok(world, 'iam:ListGroupsForUser', { UserName: 'student' }).output.Groups).toEqual([]);
    expect(err(world, 'iam:GetGroup', { GroupName: 'Ops' })).toMatchObject({ code: 'NoSuchEntity', message: 'The group with name Ops cannot be found.' });
  });

  it('puts a user in at most 10 groups', () => {
    const names = Array.from({ length: 11 }, (_, i) => `g${i}`);
    let world = seq(withBob(), names.map((n) => ['iam:CreateGroup', { GroupName: n }]));
    world = seq(world, names.slice(0, 10).map((n) => ['iam:AddUserToGroup', { GroupName: n, UserName: 'bob' }]));
    expect(err(world, 'iam:AddUserToGroup', { GroupName: 'g10', UserName: 'bob' })).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for GroupsPerUser: 10',
    });
    expect(ok(world, 'iam:AddUserToGroup', { GroupName: 'g0', UserName: 'bob' }).world.accounts).not.toBe(undefined);
    expect(err(world, 'iam:RemoveUserFromGroup', { GroupName: 'g10', UserName: 'bob' }).code).toBe('NoSuchEntity');
  });

  it('attaches, lists and detaches group policies, which then apply to members', () => {
    let world = seq(withBob(), [['iam:CreateGroup', { GroupName: 'Readers' }], ['iam:AttachGroupPolicy', { GroupName: 'Readers', PolicyArn: S3_READ_ONLY }]]);
    expect(ok(world, 'iam:ListAttachedGroupPolicies', { GroupName: 'Readers' }).output.AttachedPolicies).toEqual([
      { PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ_ONLY },
    ]);
    expect(err(world, 'iam:DeleteGroup', { GroupName: 'Readers' }).message).toBe('Cannot delete entity, must detach all policies first.');
    world = ok(world, 'iam:DetachGroupPolicy', { GroupName: 'Readers', PolicyArn: S3_READ_ONLY }).world;
    expect(ok(world, 'iam:ListAttachedGroupPolicies', { GroupName: 'Readers' }).output.AttachedPolicies).toEqual([]);
    expect(iamOf(ok(world, 'iam:DeleteGroup', { GroupName: 'Readers' }).world).groups).toEqual({});
    expect(err(world, 'iam:AttachGroupPolicy', { GroupName: 'Readers', PolicyArn: 'arn:aws:iam::aws:policy/Nope' }).message).toBe(
      'Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.');
  });
});

describe('access keys', () => {
  it('creates two keys at most, deterministically, and lists, deactivates and deletes them', () => {
    const first = ok(withBob(), 'iam:CreateAccessKey', { UserName: 'bob' });
    expect(first.output.AccessKey).toMatchObject({ UserName: 'bob', Status: 'Active', CreateDate: '2026-01-15T09:00:00Z' });
    expect(first.output.AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(first.output.AccessKey.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(ok(withBob(), 'iam:CreateAccessKey', { UserName: 'bob' }).output).toEqual(first.output);
    const second = ok(first.world, 'iam:CreateAccessKey', { UserName: 'bob' });
    expect(second.output.AccessKey.AccessKeyId).not.toBe(first.output.AccessKey.AccessKeyId);
    expect(err(second.world, 'iam:CreateAccessKey', { UserName: 'bob' })).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for AccessKeysPerUser: 2',
    });
    const id = first.output.AccessKey.AccessKeyId;
    let world = ok(second.world, 'iam:UpdateAccessKey', { UserName: 'bob', AccessKeyId: id, Status: 'Inactive' }).world;
    const listed = ok(world, 'iam:ListAccessKeys', { UserName: 'bob' }).output.AccessKeyMetadata;
    expect(listed.map((k) => [k.AccessKeyId, k.Status])).toEqual([[id, 'Inactive'], [second.output.AccessKey.AccessKeyId, 'Active']]);
    expect(listed[0]).not.toHaveProperty('SecretAccessKey');
    world = ok(world, 'iam:DeleteAccessKey', { UserName: 'bob', AccessKeyId: id }).world;
    expect(err(world, 'iam:DeleteAccessKey', { UserName: 'bob', AccessKeyId: id })).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: `The Access Key with id ${id} cannot be found.`,
    });
    expect(err(world, 'iam:UpdateAccessKey', { UserName: 'bob', AccessKeyId: second.output.AccessKey.AccessKeyId, Status: 'Off' }).message)
      .toBe(validation("'Off'", 'status', 'Member must satisfy enum value set: [Active, Inactive]'));
  });

  it('acts on the calling user when UserName is left out', () => {
    const { world, output } = ok(createDefaultWorld(), 'iam:CreateAccessKey', {});
    expect(output.AccessKey.UserName).toBe('student');
    expect(world.events.at(-1)?.resource).toBe(`arn:aws:iam::${ACCOUNT}:user/student`);
    expect(ok(world, 'iam:ListAccessKeys').output.AccessKeyMetadata).toHaveLength(1);
  });
});

describe('registry and purity', () => {
  it('registers every operation under its own name and IAM action', () => {
    for (const [key, def] of Object.entries(operations)) {
      expect(key).toBe(`${def.service}:${def.name}`);
      if (def.service === 'iam') expect(def.action).toBe(key);
    }
  });

  it('never mutates the world it is given', () => {
    const world = deepFreeze(ok(withBob(), 'iam:CreateGroup', { GroupName: 'Devs' }).world);
    const before = JSON.stringify(world);
    call(world, 'iam:CreateAccessKey', { UserName: 'bob' });
    call(world, 'iam:AddUserToGroup', { GroupName: 'Devs', UserName: 'bob' });
    call(world, 'iam:PutUserPolicy', { UserName: 'bob', PolicyName: 'p', PolicyDocument: S3_READ_POLICY });
    call(world, 'iam:AttachGroupPolicy', { GroupName: 'Devs', PolicyArn: S3_READ_ONLY });
    call(world, 'iam:DeleteUser', { UserName: 'bob' });
    expect(JSON.stringify(world)).toBe(before);
  });
});
