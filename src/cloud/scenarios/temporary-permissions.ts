import { awsManagedPolicyArn, iamArn } from '../core/arn';
import { nextId } from '../core/ids';
import type { ManagedPolicy, Role, World } from '../core/world';
import { updateAccount } from '../core/world-update';
import { DEFAULT_ACCOUNT_ID as ACCOUNT } from './build';
import { createDefaultWorld } from './default';

const CREATED = '2026-01-15T08:30:00Z';

/**
 * The default world after the "temporary permissions" lesson's first half: a role `s3-admin-role` that
 * trusts this account and has AmazonS3FullAccess, and the customer managed policy `assume-s3-admin-role`
 * (sts:AssumeRole on it) attached to student, and `ec2-admin-role` (trusts this account too, but student
 * may not assume it). Ready for Switch role.
 */
export function createTemporaryPermissionsWorld(): World {
  let world = createDefaultWorld();
  const roleId = nextId(world, 'role');
  world = roleId.world;
  const role: Role = {
    roleName: 's3-admin-role', roleId: roleId.id, path: '/', arn: iamArn(ACCOUNT, 'role', '/s3-admin-role'),
    createDate: CREATED, maxSessionDuration: 3600, tags: [], inlinePolicies: {},
    attachedPolicyArns: [awsManagedPolicyArn('AmazonS3FullAccess')],
    assumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole', Condition: {} }],
    }),
  };
  const policyId = nextId(world, 'policy');
  world = policyId.world;
  const arn = iamArn(ACCOUNT, 'policy', '/assume-s3-admin-role');
  const policy: ManagedPolicy = {
    policyName: 'assume-s3-admin-role', policyId: policyId.id, arn, path: '/', defaultVersionId: 'v1',
    createDate: CREATED, updateDate: CREATED,
    versions: [{
      versionId: 'v1', isDefault: true, createDate: CREATED,
      document: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'VisualEditor0', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: role.arn }],
      }),
    }],
  };
  // A second role that trusts this account but that student's policy does not cover: Switch role fails
  // on the identity side, which the lesson uses to show both halves of AssumeRole.
  const otherId = nextId(world, 'role');
  world = otherId.world;
  const other: Role = { ...role, roleName: 'ec2-admin-role', roleId: otherId.id, arn: iamArn(ACCOUNT, 'role', '/ec2-admin-role'),
    attachedPolicyArns: [awsManagedPolicyArn('AmazonEC2FullAccess')] };
  return updateAccount(world, ACCOUNT, (a) => {
    a.iam.roles[role.roleName] = role;
    a.iam.roles[other.roleName] = other;
    a.iam.policies[arn] = policy;
    a.iam.users.student!.attachedPolicyArns.push(arn);
  });
}
