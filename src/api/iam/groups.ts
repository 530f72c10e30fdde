import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

// IAM > User groups: a group's members and policies, and the console's writes to them. The account's
// groups list, the per-group policy lists and Create group live in user-groups.ts.

export function useGetGroup(groupName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:GetGroup', { GroupName: groupName }));
}

/** GetGroup for each group: the list's Users column counts the members it returns. */
export function useGetGroups(groupNames: string[]) {
  const session = useConsoleSession();
  return useQueries({ queries: groupNames.map((GroupName) => cloudQuery(session, 'iam:GetGroup', { GroupName })) });
}

export function useListAttachedGroupPolicies(groupName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListAttachedGroupPolicies', { GroupName: groupName }));
}

export function useListGroupPolicies(groupName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListGroupPolicies', { GroupName: groupName }));
}

/** One inline policy's document, read only while it is shown. */
export function useGetGroupPolicy(groupName: string, policyName: string | undefined) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'iam:GetGroupPolicy', { GroupName: groupName, PolicyName: policyName ?? '' }),
    enabled: policyName !== undefined,
  });
}

/** Add users: one AddUserToGroup per user, as the console sends them. */
export function useAddUsersToGroup() {
  return useMutation({
    mutationFn: async ({ groupName, userNames }: { groupName: string; userNames: string[] }) => {
      for (const UserName of userNames) await call('iam:AddUserToGroup', { GroupName: groupName, UserName });
    },
  });
}

export function useRemoveUsersFromGroup() {
  return useMutation({
    mutationFn: async ({ groupName, userNames }: { groupName: string; userNames: string[] }) => {
      for (const UserName of userNames) await call('iam:RemoveUserFromGroup', { GroupName: groupName, UserName });
    },
  });
}

export function useAttachGroupPolicies() {
  return useMutation({
    mutationFn: async ({ groupName, policyArns }: { groupName: string; policyArns: string[] }) => {
      for (const PolicyArn of policyArns) await call('iam:AttachGroupPolicy', { GroupName: groupName, PolicyArn });
    },
  });
}

/** A row of the Permissions policies table: managed policies have an ARN, inline ones only a name. */
export type GroupPolicyRef = { name: string; arn?: string };

/** Remove: a managed policy is detached, an inline one deleted. */
export function useRemoveGroupPolicies() {
  return useMutation({
    mutationFn: async ({ groupName, policies }: { groupName: string; policies: GroupPolicyRef[] }) => {
      for (const p of policies) {
        if (p.arn) await call('iam:DetachGroupPolicy', { GroupName: groupName, PolicyArn: p.arn });
        else await call('iam:DeleteGroupPolicy', { GroupName: groupName, PolicyName: p.name });
      }
    },
  });
}

/**
 * The console's Delete group: it removes what DeleteGroup would refuse over (members, attached and
 * inline policies), one authorized call each, then DeleteGroup.
 */
export async function deleteGroupLikeConsole(groupName: string) {
  const { Users } = await call('iam:GetGroup', { GroupName: groupName });
  for (const u of Users) await call('iam:RemoveUserFromGroup', { GroupName: groupName, UserName: u.UserName });
  const { AttachedPolicies } = await call('iam:ListAttachedGroupPolicies', { GroupName: groupName });
  for (const p of AttachedPolicies) await call('iam:DetachGroupPolicy', { GroupName: groupName, PolicyArn: p.PolicyArn ?? '' });
  const { PolicyNames } = await call('iam:ListGroupPolicies', { GroupName: groupName });
  for (const PolicyName of PolicyNames) await call('iam:DeleteGroupPolicy', { GroupName: groupName, PolicyName });
  await call('iam:DeleteGroup', { GroupName: groupName });
}

export function useDeleteGroups() {
  return useMutation({
    mutationFn: async (groupNames: string[]) => {
      for (const name of groupNames) await deleteGroupLikeConsole(name);
    },
  });
}
