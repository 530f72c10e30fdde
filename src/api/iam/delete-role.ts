import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/**
 * The console's Delete role (facts §1.2): detach managed policies, delete inline ones, take the role out
 * of its instance profiles and delete the profile named like the role, then DeleteRole. Each step is its
 * own authorized call, as in AWS.
 */
export async function deleteRoleLikeConsole(roleName: string) {
  const { AttachedPolicies } = await call('iam:ListAttachedRolePolicies', { RoleName: roleName });
  for (const p of AttachedPolicies) await call('iam:DetachRolePolicy', { RoleName: roleName, PolicyArn: p.PolicyArn ?? '' });
  const { PolicyNames } = await call('iam:ListRolePolicies', { RoleName: roleName });
  for (const PolicyName of PolicyNames) await call('iam:DeleteRolePolicy', { RoleName: roleName, PolicyName });
  const { InstanceProfiles } = await call('iam:ListInstanceProfilesForRole', { RoleName: roleName });
  for (const profile of InstanceProfiles) {
    await call('iam:RemoveRoleFromInstanceProfile', { InstanceProfileName: profile.InstanceProfileName, RoleName: roleName });
    if (profile.InstanceProfileName === roleName) await call('iam:DeleteInstanceProfile', { InstanceProfileName: roleName });
  }
  await call('iam:DeleteRole', { RoleName: roleName });
}

export function useDeleteRoles() {
  return useMutation({
    mutationFn: async (roleNames: string[]) => {
      for (const name of roleNames) await deleteRoleLikeConsole(name);
    },
  });
}
