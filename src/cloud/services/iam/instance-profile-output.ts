import type { AwsError } from '../../core/aws-error';
import type { Account, InstanceProfile, World } from '../../core/world';
import { getAccount } from '../../core/world-update';
import { noSuchInstanceProfile } from './iam-errors';
import { roleOutput, type RoleOutput } from './role-output';

/** An instance profile as IAM's API returns it, with its role (at most one) in Roles. */
export type InstanceProfileOutput = {
  Path: string;
  InstanceProfileName: string;
  InstanceProfileId: string;
  Arn: string;
  CreateDate: string;
  Roles: RoleOutput[];
};

export function instanceProfileOutput(account: Account, profile: InstanceProfile): InstanceProfileOutput {
  const role = profile.roleName === undefined ? undefined : account.iam.roles[profile.roleName];
  return {
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.id,
    Arn: profile.arn,
    CreateDate: profile.createDate,
    Roles: role ? [roleOutput(role)] : [],
  };
}

/** The named instance profile of the request's account, or NoSuchEntity. */
export function requestProfile(world: World, accountId: string, operation: string, name: string): InstanceProfile | AwsError {
  return getAccount(world, accountId).iam.instanceProfiles[name] ?? noSuchInstanceProfile(operation, name);
}
