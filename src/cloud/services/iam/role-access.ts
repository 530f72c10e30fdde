import type { AwsError } from '../../core/aws-error';
import type { Account, Role, World } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchRole, unmodifiableRole } from './iam-errors';
import { isProtectedRole } from './iam-lookup';

/** The role, NoSuchEntity, or (for writes) UnmodifiableEntity when only AWS may change it. */
export function roleFor(account: Account, operation: string, roleName: string, write: boolean): Role | AwsError {
  const role = account.iam.roles[roleName];
  if (!role) return noSuchRole(operation, roleName);
  if (write && isProtectedRole(role)) return unmodifiableRole(operation, roleName);
  return role;
}

/** Looks the role up in the request's account (see roleFor). */
export function requestRole(world: World, accountId: string, operation: string, roleName: string, write = true): Role | AwsError {
  return roleFor(getAccount(world, accountId), operation, roleName, write);
}

/** A new world in which `recipe` has changed the role (which the caller has checked exists). */
export function changeRole(world: World, accountId: string, roleName: string, recipe: (role: Role) => void): World {
  return updateAccount(world, accountId, (draft) => {
    const role = draft.iam.roles[roleName];
    if (role) recipe(role);
  });
}
