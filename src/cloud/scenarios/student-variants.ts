import type { World } from '../core/world';
import { awsManagedPolicyArn, iamArn } from '../core/arn';
import { nextId } from '../core/ids';
import { updateAccount } from '../core/world-update';
import { addServiceRole, DEFAULT_ACCOUNT_ID } from './build';
import { createDefaultWorld } from './default';

/** The default world with other policies on `student`: for lessons and tests about what a policy grants. */
function withStudentPolicies(policyArns: string[]): World {
  const world = createDefaultWorld();
  const account = world.accounts[DEFAULT_ACCOUNT_ID]!;
  const student = account.iam.users.student!;
  account.iam.users.student = { ...student, attachedPolicyArns: policyArns };
  return world;
}

/** `student` with no policy at all: every page shows its denial. */
export const createNoPermissionsWorld = () => withStudentPolicies([]);

/** `student` with AdministratorAccess: every page shows its data. */
export const createAdministratorWorld = () => withStudentPolicies([awsManagedPolicyArn('AdministratorAccess')]);

/**
 * The "EC2 reads S3" lesson set up by an administrator: the role `example-for-ec2` (trusts EC2, reads S3)
 * with its instance profile, while student keeps EC2 full access but only reads IAM, so Modify IAM role
 * is refused for want of iam:PassRole.
 */
export function createNoPassRoleWorld(): World {
  let world = withStudentPolicies([awsManagedPolicyArn('AmazonEC2FullAccess'), awsManagedPolicyArn('IAMReadOnlyAccess')]);
  world = addServiceRole(world, DEFAULT_ACCOUNT_ID, {
    roleName: 'example-for-ec2', path: '/', createDate: '2026-01-15T08:30:00Z',
    attachedPolicyArns: [awsManagedPolicyArn('AmazonS3ReadOnlyAccess')], trustedService: 'ec2.amazonaws.com',
  });
  const { world: next, id } = nextId(world, 'instance-profile');
  return updateAccount(next, DEFAULT_ACCOUNT_ID, (a) => {
    a.iam.instanceProfiles['example-for-ec2'] = {
      name: 'example-for-ec2', id, path: '/', arn: iamArn(DEFAULT_ACCOUNT_ID, 'instance-profile', '/example-for-ec2'),
      roleName: 'example-for-ec2', createDate: '2026-01-15T08:30:00Z',
    };
  });
}
