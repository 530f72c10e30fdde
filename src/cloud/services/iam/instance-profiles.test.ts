import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, EC2_TRUST, deepFreeze, err, iamOf, ok, seq } from './iam-test-kit';

const PROFILE = 'example-for-ec2';
const withRoleAndProfile = () => seq(createDefaultWorld(), [
  ['iam:CreateRole', { RoleName: 'example-for-ec2', AssumeRolePolicyDocument: EC2_TRUST }],
  ['iam:CreateInstanceProfile', { InstanceProfileName: PROFILE }],
]);

describe('instance profiles', () => {
  it('creates a profile with an AIPA id and a path in its ARN', () => {
    const world = createDefaultWorld();
    const { world: next, output } = ok(world, 'iam:CreateInstanceProfile', { InstanceProfileName: 'web', Path: '/apps/' });
    expect(output.InstanceProfile).toMatchObject({
      InstanceProfileName: 'web', Path: '/apps/', Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/apps/web`,
      CreateDate: '2026-01-15T09:00:00Z', Roles: [],
    });
    expect(output.InstanceProfile.InstanceProfileId).toMatch(/^AIPA[A-Z2-7]{17}$/);
    expect(next.revision).toBe(world.revision + 1);
    expect(err(next, 'iam:CreateInstanceProfile', { InstanceProfileName: 'WEB' })).toMatchObject({
      code: 'EntityAlreadyExists', httpStatus: 409, message: 'Instance Profile WEB already exists.',
    });
    expect(err(next, 'iam:CreateInstanceProfile', { InstanceProfileName: 'p'.repeat(129) }).message).toContain(
      "at 'instanceProfileName' failed to satisfy constraint: Member must have length less than or equal to 128");
  });

  it('holds one role, listed in Roles and by ListInstanceProfilesForRole', () => {
    let world = ok(withRoleAndProfile(), 'iam:AddRoleToInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'example-for-ec2' }).world;
    const got = ok(world, 'iam:GetInstanceProfile', { InstanceProfileName: PROFILE }).output.InstanceProfile;
    expect(got.Roles.map((r) => r.RoleName)).toEqual(['example-for-ec2']);
    expect(got.Roles[0]?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/example-for-ec2`);
    expect(ok(world, 'iam:ListInstanceProfiles').output.InstanceProfiles.map((p) => p.InstanceProfileName)).toEqual([PROFILE]);
    expect(ok(world, 'iam:ListInstanceProfilesForRole', { RoleName: 'example-for-ec2' }).output.InstanceProfiles).toHaveLength(1);
    expect(ok(world, 'iam:ListInstanceProfilesForRole', { RoleName: 'AWSServiceRoleForSupport' }).output.InstanceProfiles).toEqual([]);
    world = ok(world, 'iam:CreateRole', { RoleName: 'second', AssumeRolePolicyDocument: EC2_TRUST }).world;
    expect(err(world, 'iam:AddRoleToInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'second' })).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
    });
  });

  it('removes the role, then deletes; refuses deleting while it has a role', () => {
    const world = ok(withRoleAndProfile(), 'iam:AddRoleToInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'example-for-ec2' }).world;
    expect(err(world, 'iam:DeleteInstanceProfile', { InstanceProfileName: PROFILE })).toMatchObject({
      code: 'DeleteConflict', httpStatus: 409, message: 'Cannot delete entity, must remove roles from instance profile first.',
    });
    const removed = ok(world, 'iam:RemoveRoleFromInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'example-for-ec2' }).world;
    expect(iamOf(removed).instanceProfiles[PROFILE]?.roleName).toBeUndefined();
    expect(err(removed, 'iam:RemoveRoleFromInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'example-for-ec2' }).code).toBe('NoSuchEntity');
    const deleted = ok(removed, 'iam:DeleteInstanceProfile', { InstanceProfileName: PROFILE }).world;
    expect(iamOf(deleted).instanceProfiles).toEqual({});
  });

  it('reports unknown profiles and roles', () => {
    const world = withRoleAndProfile();
    expect(err(world, 'iam:GetInstanceProfile', { InstanceProfileName: 'nope' })).toEqual({
      code: 'NoSuchEntity', httpStatus: 404, operation: 'GetInstanceProfile', service: 'iam', message: 'Instance Profile nope cannot be found.',
    });
    expect(err(world, 'iam:AddRoleToInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'ghost' }).message).toBe(
      'The role with name ghost cannot be found.');
    expect(err(world, 'iam:ListInstanceProfilesForRole', { RoleName: 'ghost' }).code).toBe('NoSuchEntity');
    expect(err(world, 'iam:DeleteInstanceProfile', { InstanceProfileName: 'nope' }).code).toBe('NoSuchEntity');
  });

  it('never mutates the world it is given', () => {
    const world = deepFreeze(withRoleAndProfile());
    const before = JSON.stringify(world);
    ok(world, 'iam:AddRoleToInstanceProfile', { InstanceProfileName: PROFILE, RoleName: 'example-for-ec2' });
    ok(world, 'iam:DeleteInstanceProfile', { InstanceProfileName: PROFILE });
    ok(world, 'iam:CreateInstanceProfile', { InstanceProfileName: 'other' });
    expect(JSON.stringify(world)).toBe(before);
  });
});
