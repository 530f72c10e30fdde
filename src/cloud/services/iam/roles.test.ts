import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, EC2_TRUST, S3_READ_ONLY, S3_READ_POLICY, call, deepFreeze, err, iamOf, ok, seq, validation } from './iam-test-kit';

const SLR = 'AWSServiceRoleForSupport';
const create = (extra: object = {}) => ({ RoleName: 'example-for-ec2', AssumeRolePolicyDocument: EC2_TRUST, ...extra });
const withRole = (extra: object = {}) => ok(createDefaultWorld(), 'iam:CreateRole', create(extra)).world;

describe('CreateRole', () => {
  it('creates a role like GetRole shows it, with an AROA id, and bumps the revision', () => {
    const world = createDefaultWorld();
    const { world: next, output } = ok(world, 'iam:CreateRole', create({
      Path: '/service-role/', Description: 'Allows EC2 instances to call AWS services', Tags: [{ Key: 'team', Value: 'web' }],
    }));
    expect(output.Role).toMatchObject({
      RoleName: 'example-for-ec2', Path: '/service-role/', Arn: `arn:aws:iam::${ACCOUNT}:role/service-role/example-for-ec2`,
      CreateDate: '2026-01-15T09:00:00Z', AssumeRolePolicyDocument: EC2_TRUST, MaxSessionDuration: 3600,
      Description: 'Allows EC2 instances to call AWS services', Tags: [{ Key: 'team', Value: 'web' }],
    });
    expect(output.Role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(next.revision).toBe(world.revision + 1);
    expect(ok(next, 'iam:GetRole', { RoleName: 'example-for-ec2' }).output.Role).toMatchObject({ ...output.Role, RoleLastUsed: {} });
    expect(next.events.at(-1)?.resource).toBe(`arn:aws:iam::${ACCOUNT}:role/service-role/example-for-ec2`);
  });

  it('refuses a name taken in any letter case', () => {
    const error = err(withRole(), 'iam:CreateRole', create({ RoleName: 'EXAMPLE-for-EC2' }));
    expect(error).toMatchObject({ code: 'EntityAlreadyExists', httpStatus: 409, message: 'Role with name EXAMPLE-for-EC2 already exists.' });
  });

  it('validates names, paths, descriptions, durations and tags with AWS texts', () => {
    const world = createDefaultWorld();
    expect(err(world, 'iam:CreateRole', create({ RoleName: 'my role' })).message).toBe(
      validation("'my role'", 'roleName', 'Member must satisfy regular expression pattern: [\\w+=,.@-]+'));
    expect(err(world, 'iam:CreateRole', create({ RoleName: 'r'.repeat(65) })).message).toBe(
      validation(`'${'r'.repeat(65)}'`, 'roleName', 'Member must have length less than or equal to 64'));
    expect(err(world, 'iam:CreateRole', create({ MaxSessionDuration: 60 })).message).toBe(
      validation("'60'", 'maxSessionDuration', 'Member must have value greater than or equal to 3600'));
    expect(err(world, 'iam:CreateRole', create({ MaxSessionDuration: 43201 })).code).toBe('ValidationError');
    expect(err(world, 'iam:CreateRole', create({ Path: 'service-role' })).message).toContain("at 'path' failed to satisfy");
    expect(err(world, 'iam:CreateRole', create({ Description: 'd'.repeat(1001) })).message).toContain(
      'Member must have length less than or equal to 1000');
    expect(err(world, 'iam:CreateRole', create({ Description: 'emoji 😀' })).message).toContain('regular expression pattern');
    const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: '' }));
    expect(err(world, 'iam:CreateRole', create({ Tags: tags })).message).toContain('Member must have length less than or equal to 50');
    expect(err(world, 'iam:CreateRole', create({ Tags: [{ Key: 'k'.repeat(129), Value: '' }] })).message).toContain("at 'tags.1.key'");
    expect(err(world, 'iam:CreateRole', create({ Tags: [{ Key: 'Team', Value: 'a' }, { Key: 'team', Value: 'b' }] }))).toMatchObject({
      code: 'InvalidInput', message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
    });
  });

  it('rejects trust policies that are not JSON, name a Resource, lack a Principal or are too large', () => {
    const world = createDefaultWorld();
    const trust = (doc: string) => err(world, 'iam:CreateRole', create({ AssumeRolePolicyDocument: doc }));
    expect(trust('{"Version": "2012-10-17",')).toEqual({
      code: 'MalformedPolicyDocument', httpStatus: 400, operation: 'CreateRole', service: 'iam', message: 'This policy contains invalid Json',
    });
    const statement = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };
    expect(trust(JSON.stringify({ Statement: [{ ...statement, Resource: '*' }] })).message).toBe('Has prohibited field Resource');
    expect(trust(JSON.stringify({ Statement: { Effect: 'Allow', Action: 'sts:AssumeRole' } })).message).toBe(
      'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!');
    const big = JSON.stringify({ Statement: [{ ...statement, Principal: { AWS: Array.from({ length: 60 }, (_, i) => `arn:aws:iam::${String(i).padStart(12, '0')}:root`) } }] });
    expect(trust(big)).toMatchObject({ code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for ACLSizePerRole: 2048' });
    expect(err(world, 'iam:CreateRole', create({ PermissionsBoundary: 'arn:aws:iam::aws:policy/Nope' }))).toMatchObject({
      code: 'NoSuchEntity', message: 'Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.',
    });
  });
});

describe('DeleteRole', () => {
  it('deletes a bare role and refuses one with policies or an instance profile', () => {
    const world = withRole();
    expect(iamOf(ok(world, 'iam:DeleteRole', { RoleName: 'example-for-ec2' }).world).roles['example-for-ec2']).toBeUndefined();
    const attached = ok(world, 'iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: S3_READ_ONLY }).world;
    expect(err(attached, 'iam:DeleteRole', { RoleName: 'example-for-ec2' })).toMatchObject({
      code: 'DeleteConflict', httpStatus: 409, message: 'Cannot delete entity, must detach all policies first.',
    });
    const inline = ok(world, 'iam:PutRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'S3', PolicyDocument: S3_READ_POLICY }).world;
    expect(err(inline, 'iam:DeleteRole', { RoleName: 'example-for-ec2' }).message).toBe('Cannot delete entity, must delete policies first.');
    const profiled = seq(world, [
      ['iam:CreateInstanceProfile', { InstanceProfileName: 'example-for-ec2' }],
      ['iam:AddRoleToInstanceProfile', { InstanceProfileName: 'example-for-ec2', RoleName: 'example-for-ec2' }],
    ]);
    expect(err(profiled, 'iam:DeleteRole', { RoleName: 'example-for-ec2' }).message).toBe(
      'Cannot delete entity, must remove roles from instance profile first.');
  });

  it('refuses service-linked roles and unknown roles', () => {
    expect(err(createDefaultWorld(), 'iam:DeleteRole', { RoleName: SLR })).toEqual({
      code: 'UnmodifiableEntity', httpStatus: 400, operation: 'DeleteRole', service: 'iam',
      message: `Cannot perform the operation on the protected role '${SLR}' - this role is only modifiable by AWS`,
    });
    expect(err(createDefaultWorld(), 'iam:DeleteRole', { RoleName: 'ghost' })).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: 'The role with name ghost cannot be found.',
    });
  });
});

describe('role settings', () => {
  it('UpdateRole and UpdateRoleDescription change the summary fields', () => {
    let world = ok(withRole(), 'iam:UpdateRole', { RoleName: 'example-for-ec2', Description: 'web', MaxSessionDuration: 7200 }).world;
    expect(iamOf(world).roles['example-for-ec2']).toMatchObject({ description: 'web', maxSessionDuration: 7200 });
    const updated = ok(world, 'iam:UpdateRoleDescription', { RoleName: 'example-for-ec2', Description: 'new' });
    expect(updated.output.Role).toMatchObject({ RoleName: 'example-for-ec2', Description: 'new', MaxSessionDuration: 7200 });
    world = ok(createDefaultWorld(), 'iam:UpdateRoleDescription', { RoleName: SLR, Description: 'mine' }).world;
    expect(iamOf(world).roles[SLR]?.description).toBe('mine');
    expect(err(world, 'iam:UpdateRole', { RoleName: SLR, MaxSessionDuration: 7200 }).code).toBe('UnmodifiableEntity');
  });

  it('UpdateAssumeRolePolicy replaces the trust policy and rejects bad JSON', () => {
    const trust = EC2_TRUST.replace('ec2', 'lambda');
    const world = ok(withRole(), 'iam:UpdateAssumeRolePolicy', { RoleName: 'example-for-ec2', PolicyDocument: trust }).world;
    expect(iamOf(world).roles['example-for-ec2']?.assumeRolePolicyDocument).toBe(trust);
    expect(err(world, 'iam:UpdateAssumeRolePolicy', { RoleName: 'example-for-ec2', PolicyDocument: '{' })).toMatchObject({
      code: 'MalformedPolicyDocument', message: 'This policy contains invalid Json',
    });
    expect(err(world, 'iam:UpdateAssumeRolePolicy', { RoleName: SLR, PolicyDocument: trust }).code).toBe('UnmodifiableEntity');
  });

  it('puts and deletes a permissions boundary', () => {
    const world = ok(withRole(), 'iam:PutRolePermissionsBoundary', { RoleName: 'example-for-ec2', PermissionsBoundary: S3_READ_ONLY }).world;
    expect(ok(world, 'iam:GetRole', { RoleName: 'example-for-ec2' }).output.Role.PermissionsBoundary).toEqual({
      PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: S3_READ_ONLY,
    });
    const cleared = ok(world, 'iam:DeleteRolePermissionsBoundary', { RoleName: 'example-for-ec2' }).world;
    expect(iamOf(cleared).roles['example-for-ec2']?.permissionsBoundaryArn).toBeUndefined();
    expect(err(world, 'iam:PutRolePermissionsBoundary', { RoleName: SLR, PermissionsBoundary: S3_READ_ONLY }).code).toBe('UnmodifiableEntity');
  });

  it('tags, lists and untags, keys case-insensitive', () => {
    let world = ok(withRole(), 'iam:TagRole', { RoleName: 'example-for-ec2', Tags: [{ Key: 'Team', Value: 'a' }, { Key: 'env', Value: 'dev' }] }).world;
    world = ok(world, 'iam:TagRole', { RoleName: 'example-for-ec2', Tags: [{ Key: 'team', Value: 'b' }] }).world;
    expect(ok(world, 'iam:ListRoleTags', { RoleName: 'example-for-ec2' }).output).toEqual({
      Tags: [{ Key: 'env', Value: 'dev' }, { Key: 'team', Value: 'b' }], IsTruncated: false,
    });
    world = ok(world, 'iam:UntagRole', { RoleName: 'example-for-ec2', TagKeys: ['ENV'] }).world;
    expect(iamOf(world).roles['example-for-ec2']?.tags).toEqual([{ Key: 'team', Value: 'b' }]);
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(err(world, 'iam:TagRole', { RoleName: 'example-for-ec2', Tags: fifty }).code).toBe('LimitExceeded');
  });
});

describe('role managed policies', () => {
  it('attaches up to 10, lists them and detaches', () => {
    const names = Array.from({ length: 11 }, (_, i) => `p${i}`);
    let world = seq(withRole(), names.map((n) => ['iam:CreatePolicy', { PolicyName: n, PolicyDocument: S3_READ_POLICY }]));
    const arn = (n: string) => `arn:aws:iam::${ACCOUNT}:policy/${n}`;
    world = seq(world, names.slice(0, 10).map((n) => ['iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: arn(n) }]));
    expect(err(world, 'iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: arn('p10') })).toMatchObject({
      code: 'LimitExceeded', httpStatus: 409, message: 'Cannot exceed quota for PoliciesPerRole: 10',
    });
    const listed = ok(world, 'iam:ListAttachedRolePolicies', { RoleName: 'example-for-ec2' }).output;
    expect(listed.AttachedPolicies[0]).toEqual({ PolicyName: 'p0', PolicyArn: arn('p0') });
    expect(listed.AttachedPolicies).toHaveLength(10);
    world = ok(world, 'iam:DetachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: arn('p0') }).world;
    expect(err(world, 'iam:DetachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: arn('p0') })).toMatchObject({
      code: 'NoSuchEntity', message: `Policy ${arn('p0')} was not found.`,
    });
    expect(err(world, 'iam:AttachRolePolicy', { RoleName: SLR, PolicyArn: S3_READ_ONLY }).code).toBe('UnmodifiableEntity');
    expect(err(world, 'iam:ListAttachedRolePolicies', { RoleName: 'ghost' }).message).toBe('The role with name ghost cannot be found.');
  });
});

describe('role inline policies', () => {
  const input = { RoleName: 'example-for-ec2', PolicyName: 'S3Read', PolicyDocument: S3_READ_POLICY };

  it('puts, gets (URL-encoded), lists and deletes', () => {
    const world = ok(withRole(), 'iam:PutRolePolicy', input).world;
    const got = ok(world, 'iam:GetRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'S3Read' }).output;
    expect(got).toMatchObject({ RoleName: 'example-for-ec2', PolicyName: 'S3Read' });
    expect(got.PolicyDocument).toMatch(/^%7B%22Version%22%3A%222012-10-17%22/);
    expect(decodeURIComponent(got.PolicyDocument)).toBe(S3_READ_POLICY);
    expect(ok(world, 'iam:ListRolePolicies', { RoleName: 'example-for-ec2' }).output).toEqual({ PolicyNames: ['S3Read'], IsTruncated: false });
    const deleted = ok(world, 'iam:DeleteRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'S3Read' }).world;
    expect(err(deleted, 'iam:GetRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'S3Read' })).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: 'The role policy with name S3Read cannot be found.',
    });
    expect(err(deleted, 'iam:DeleteRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'S3Read' }).code).toBe('NoSuchEntity');
  });

  it('rejects bad names, principals, missing resources and too much text', () => {
    const world = withRole();
    expect(err(world, 'iam:PutRolePolicy', { ...input, PolicyName: 'my policy' }).message).toContain("at 'policyName'");
    expect(err(world, 'iam:PutRolePolicy', { ...input, PolicyDocument: EC2_TRUST })).toMatchObject({
      code: 'MalformedPolicyDocument', message: 'Policy document should not specify a principal.',
    });
    const noResource = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*"}}';
    expect(err(world, 'iam:PutRolePolicy', { ...input, PolicyDocument: noResource }).message).toBe('Policy statement must contain resources.');
    const big = JSON.stringify({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) } });
    expect(err(world, 'iam:PutRolePolicy', { ...input, PolicyDocument: big })).toMatchObject({
      code: 'LimitExceeded', message: 'Maximum policy size of 10240 bytes exceeded for role example-for-ec2',
    });
    expect(err(createDefaultWorld(), 'iam:PutRolePolicy', { ...input, RoleName: SLR }).code).toBe('UnmodifiableEntity');
  });
});

describe('purity', () => {
  it('never mutates the world it is given', () => {
    const world = deepFreeze(withRole());
    const before = JSON.stringify(world);
    call(world, 'iam:CreateRole', create({ RoleName: 'other' }));
    call(world, 'iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: S3_READ_ONLY });
    call(world, 'iam:PutRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'p', PolicyDocument: S3_READ_POLICY });
    call(world, 'iam:TagRole', { RoleName: 'example-for-ec2', Tags: [{ Key: 'a', Value: 'b' }] });
    call(world, 'iam:UpdateRole', { RoleName: 'example-for-ec2', MaxSessionDuration: 7200 });
    call(world, 'iam:DeleteRole', { RoleName: 'example-for-ec2' });
    expect(JSON.stringify(world)).toBe(before);
  });
});
