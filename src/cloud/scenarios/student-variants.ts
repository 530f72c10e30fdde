import type { World } from '../core/world';
import { awsManagedPolicyArn } from '../core/arn';
import { DEFAULT_ACCOUNT_ID } from './build';
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
