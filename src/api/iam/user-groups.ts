import { useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListGroups() {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListGroups', {}));
}

/** The managed policies of each group, for a user's "Attached via <group>" rows. */
export function useGroupsAttachedPolicies(groupNames: string[]) {
  const session = useConsoleSession();
  return useQueries({
    queries: groupNames.map((GroupName) => cloudQuery(session, 'iam:ListAttachedGroupPolicies', { GroupName })),
  });
}

export function useGroupsInlinePolicies(groupNames: string[]) {
  const session = useConsoleSession();
  return useQueries({ queries: groupNames.map((GroupName) => cloudQuery(session, 'iam:ListGroupPolicies', { GroupName })) });
}

export function useAddUserToGroups() {
  return useMutation({
    mutationFn: async ({ userName, groupNames }: { userName: string; groupNames: string[] }) => {
      for (const GroupName of groupNames) await call('iam:AddUserToGroup', { UserName: userName, GroupName });
    },
  });
}

export function useRemoveUserFromGroups() {
  return useMutation({
    mutationFn: async ({ userName, groupNames }: { userName: string; groupNames: string[] }) => {
      for (const GroupName of groupNames) await call('iam:RemoveUserFromGroup', { UserName: userName, GroupName });
    },
  });
}

/**
 * Create group (the Create user group page, or from within a wizard): CreateGroup, then one AddUserToGroup
 * per chosen user and one AttachGroupPolicy per chosen policy.
 */
export function useCreateGroup() {
  return useMutation({
    mutationFn: async ({ groupName, userNames = [], policyArns }: { groupName: string; userNames?: string[]; policyArns: string[] }) => {
      const { Group } = await call('iam:CreateGroup', { GroupName: groupName });
      for (const UserName of userNames) await call('iam:AddUserToGroup', { GroupName: Group.GroupName, UserName });
      for (const PolicyArn of policyArns) await call('iam:AttachGroupPolicy', { GroupName: Group.GroupName, PolicyArn });
      return Group;
    },
  });
}
