import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, EC2_TRUST, S3_READ_POLICY, deepFreeze, err, iamOf, ok, seq, validation } from './iam-test-kit';

const ARN = `arn:aws:iam::${ACCOUNT}:policy/S3Read`;
const IAM_FULL = 'arn:aws:iam::aws:policy/IAMFullAccess';
const withPolicy = () => ok(createDefaultWorld(), 'iam:CreatePolicy', { PolicyName: 'S3Read', PolicyDocument: S3_READ_POLICY }).world;
const doc = (action: string) => S3_READ_POLICY.replace('s3:Get*', action);

describe('CreatePolicy', () => {
  it('creates v1 as the default, with an ANPA id and the path in the ARN', () => {
    const world = createDefaultWorld();
    const { world: next, output } = ok(world, 'iam:CreatePolicy', {
      PolicyName: 'S3Read', Path: '/team/', PolicyDocument: S3_READ_POLICY, Description: 'read', Tags: [{ Key: 'a', Value: 'b' }],
    });
    expect(output.Policy).toMatchObject({
      PolicyName: 'S3Read', Path: '/team/', Arn: `arn:aws:iam::${ACCOUNT}:policy/team/S3Read`, DefaultVersionId: 'v1',
      AttachmentCount: 0, PermissionsBoundaryUsageCount: 0, IsAttachable: true, Description: 'read',
      CreateDate: '2026-01-15T09:00:00Z', UpdateDate: '2026-01-15T09:00:00Z', Tags: [{ Key: 'a', Value: 'b' }],
    });
    expect(output.Policy.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    expect(next.revision).toBe(world.revision + 1);
  });

  it('refuses a duplicate name in any case, bad names, bad JSON and documents over 6,144 characters', () => {
    const world = withPolicy();
    expect(err(world, 'iam:CreatePolicy', { PolicyName: 's3read', PolicyDocument: S3_READ_POLICY })).toMatchObject({
      code: 'EntityAlreadyExists', httpStatus: 409, message: 'A policy called s3read already exists. Duplicate names are not allowed.',
    });
    expect(err(world, 'iam:CreatePolicy', { PolicyName: 'x'.repeat(129), PolicyDocument: S3_READ_POLICY }).message).toBe(
      validation(`'${'x'.repeat(129)}'`, 'policyName', 'Member must have length less than or equal to 128'));
    expect(err(world, 'iam:CreatePolicy', { PolicyName: 'Bad', PolicyDocument: '{"Statement": [' })).toMatchObject({
      code: 'MalformedPolicyDocument', httpStatus: 400, message: 'This policy contains invalid Json',
    });
    expect(err(world, 'iam:CreatePolicy', { PolicyName: 'Bad', PolicyDocument: doc('s3:Get*","Principal":"*') }).message).toBe(
      'Policy document should not specify a principal.');
    const actions = Array.from({ length: 400 }, (_, i) => `s3:GetObjectVersion${i}`);
    const big = JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: actions, Resource: '*' } }, null, 2);
    expect(big.replace(/\s/g, '').length).toBeGreaterThan(6144);
    expect(err(world, 'iam:CreatePolicy', { PolicyName: 'Big', PolicyDocument: big })).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for PolicySize: 6144',
    });
    const spacious = S3_READ_POLICY.replace('"Resource"', `${' '.repeat(7000)}"Resource"`);
    expect(ok(world, 'iam:CreatePolicy', { PolicyName: 'Spacious', PolicyDocument: spacious }).output.Policy.PolicyName).toBe('Spacious');
  });
});

describe('GetPolicy and GetPolicyVersion', () => {
  it('describes customer and AWS managed policies', () => {
    const world = withPolicy();
    expect(ok(world, 'iam:GetPolicy', { PolicyArn: ARN }).output.Policy).toMatchObject({ PolicyName: 'S3Read', DefaultVersionId: 'v1' });
    const aws = ok(world, 'iam:GetPolicy', { PolicyArn: IAM_FULL }).output.Policy;
    expect(aws).toMatchObject({ PolicyName: 'IAMFullAccess', Arn: IAM_FULL, Path: '/', AttachmentCount: 1, IsAttachable: true });
    expect(aws.PolicyId).toMatch(/^ANPA/);
    expect(err(world, 'iam:GetPolicy', { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/Nope` })).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: `Policy arn:aws:iam::${ACCOUNT}:policy/Nope was not found.`,
    });
  });

  it('returns a version document URL-encoded, for AWS managed policies too', () => {
    const world = withPolicy();
    const v1 = ok(world, 'iam:GetPolicyVersion', { PolicyArn: ARN, VersionId: 'v1' }).output.PolicyVersion;
    expect(v1).toMatchObject({ VersionId: 'v1', IsDefaultVersion: true, CreateDate: '2026-01-15T09:00:00Z' });
    expect(decodeURIComponent(v1.Document ?? '')).toBe(S3_READ_POLICY);
    const aws = ok(world, 'iam:GetPolicy', { PolicyArn: IAM_FULL }).output.Policy;
    const awsVersion = ok(world, 'iam:GetPolicyVersion', { PolicyArn: IAM_FULL, VersionId: aws.DefaultVersionId }).output.PolicyVersion;
    expect(JSON.parse(decodeURIComponent(awsVersion.Document ?? ''))).toHaveProperty('Statement');
    expect(err(world, 'iam:GetPolicyVersion', { PolicyArn: ARN, VersionId: 'v9' })).toMatchObject({
      code: 'NoSuchEntity', message: `Policy ${ARN} version v9 does not exist or is not attachable.`,
    });
    expect(err(world, 'iam:GetPolicyVersion', { PolicyArn: ARN, VersionId: '1' }).message).toContain("at 'versionId'");
  });
});

describe('policy versions', () => {
  it('keeps at most 5, never reuses ids, and sets the default', () => {
    const add = (n: number, setDefault = false) => ['iam:CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc(`s3:Get${n}`), SetAsDefault: setDefault }] as ['iam:CreatePolicyVersion', unknown];
    let world = seq(withPolicy(), [add(2), add(3), add(4), add(5)]);
    expect(err(world, ...add(6))).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409,
      message: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
    });
    world = ok(world, 'iam:DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v5' }).world;
    const created = ok(world, ...add(6, true));
    expect(created.output.PolicyVersion).toEqual({ VersionId: 'v6', IsDefaultVersion: true, CreateDate: '2026-01-15T09:00:00Z' });
    world = created.world;
    expect(ok(world, 'iam:ListPolicyVersions', { PolicyArn: ARN }).output.Versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([
      ['v6', true], ['v4', false], ['v3', false], ['v2', false], ['v1', false],
    ]);
    expect(ok(world, 'iam:GetPolicy', { PolicyArn: ARN }).output.Policy.DefaultVersionId).toBe('v6');
    world = ok(world, 'iam:SetDefaultPolicyVersion', { PolicyArn: ARN, VersionId: 'v2' }).world;
    expect(iamOf(world).policies[ARN]?.versions.filter((v) => v.isDefault).map((v) => v.versionId)).toEqual(['v2']);
    expect(err(world, 'iam:DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v2' })).toMatchObject({
      code: 'DeleteConflict', httpStatus: 409, message: 'Cannot delete the default version of a policy.',
    });
    expect(err(world, 'iam:SetDefaultPolicyVersion', { PolicyArn: ARN, VersionId: 'v5' }).code).toBe('NoSuchEntity');
    expect(err(world, 'iam:CreatePolicyVersion', { PolicyArn: IAM_FULL, PolicyDocument: S3_READ_POLICY }).code).toBe('NoSuchEntity');
  });

  it('lists only the default version of an AWS managed policy', () => {
    const versions = ok(createDefaultWorld(), 'iam:ListPolicyVersions', { PolicyArn: IAM_FULL }).output.Versions;
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ IsDefaultVersion: true });
    expect(versions[0]).not.toHaveProperty('Document');
  });
});

describe('DeletePolicy and ListEntitiesForPolicy', () => {
  it('lists the users, groups and roles using a policy', () => {
    const world = seq(withPolicy(), [
      ['iam:CreateRole', { RoleName: 'web', AssumeRolePolicyDocument: EC2_TRUST }],
      ['iam:CreateRole', { RoleName: 'bounded', AssumeRolePolicyDocument: EC2_TRUST, PermissionsBoundary: ARN }],
      ['iam:CreateGroup', { GroupName: 'Readers' }],
      ['iam:AttachRolePolicy', { RoleName: 'web', PolicyArn: ARN }],
      ['iam:AttachGroupPolicy', { GroupName: 'Readers', PolicyArn: ARN }],
      ['iam:AttachUserPolicy', { UserName: 'student', PolicyArn: ARN }],
    ]);
    const all = ok(world, 'iam:ListEntitiesForPolicy', { PolicyArn: ARN }).output;
    expect(all.PolicyRoles.map((r) => r.RoleName)).toEqual(['bounded', 'web']);
    expect(all.PolicyGroups.map((g) => g.GroupName)).toEqual(['Readers']);
    expect(all.PolicyUsers.map((u) => u.UserName)).toEqual(['student']);
    expect(all.PolicyRoles[0]?.RoleId).toMatch(/^AROA/);
    const roles = ok(world, 'iam:ListEntitiesForPolicy', { PolicyArn: ARN, EntityFilter: 'Role', PolicyUsageFilter: 'PermissionsPolicy' }).output;
    expect([roles.PolicyRoles.map((r) => r.RoleName), roles.PolicyUsers, roles.PolicyGroups]).toEqual([['web'], [], []]);
    expect(ok(world, 'iam:GetPolicy', { PolicyArn: ARN }).output.Policy).toMatchObject({ AttachmentCount: 3, PermissionsBoundaryUsageCount: 1 });
    expect(err(world, 'iam:DeletePolicy', { PolicyArn: ARN })).toMatchObject({
      code: 'DeleteConflict', httpStatus: 409, message: 'Cannot delete a policy attached to entities.',
    });
    expect(err(world, 'iam:ListEntitiesForPolicy', { PolicyArn: `${ARN}x` }).code).toBe('NoSuchEntity');
  });

  it('deletes a policy once only its default version is left', () => {
    const world = ok(withPolicy(), 'iam:CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc('s3:List*') }).world;
    expect(err(world, 'iam:DeletePolicy', { PolicyArn: ARN }).message).toBe("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    const deleted = seq(world, [['iam:DeletePolicyVersion', { PolicyArn: ARN, VersionId: 'v2' }], ['iam:DeletePolicy', { PolicyArn: ARN }]]);
    expect(iamOf(deleted).policies).toEqual({});
  });

  it('never mutates the world it is given', () => {
    const world = deepFreeze(withPolicy());
    const before = JSON.stringify(world);
    ok(world, 'iam:CreatePolicyVersion', { PolicyArn: ARN, PolicyDocument: doc('s3:List*'), SetAsDefault: true });
    ok(world, 'iam:DeletePolicy', { PolicyArn: ARN });
    ok(world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: ARN });
    expect(JSON.stringify(world)).toBe(before);
  });
});
