import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';
import { enableConsoleAccess, passwordOf, type ConsolePasswordRequest } from './console-password';

/** The three "Permissions options" of the Create user and Add permissions wizards (facts §4). */
export type PermissionChoice =
  | { option: 'group'; groupNames: string[] }
  | { option: 'copy'; fromUser: string }
  | { option: 'attach'; policyArns: string[] };

/**
 * Copy permissions: the source user's groups, attached managed policies and inline policies, each
 * copied by its own authorized call, as the console does. (Permissions boundaries are not simulated for users.)
 */
async function copyPermissions(userName: string, fromUser: string) {
  const { Groups } = await call('iam:ListGroupsForUser', { UserName: fromUser });
  for (const g of Groups) await call('iam:AddUserToGroup', { UserName: userName, GroupName: g.GroupName });
  const { AttachedPolicies } = await call('iam:ListAttachedUserPolicies', { UserName: fromUser });
  for (const p of AttachedPolicies) await call('iam:AttachUserPolicy', { UserName: userName, PolicyArn: p.PolicyArn ?? '' });
  const { PolicyNames } = await call('iam:ListUserPolicies', { UserName: fromUser });
  for (const PolicyName of PolicyNames) {
    const { PolicyDocument } = await call('iam:GetUserPolicy', { UserName: fromUser, PolicyName });
    // GetUserPolicy returns the document URL-encoded, as IAM does.
    await call('iam:PutUserPolicy', { UserName: userName, PolicyName, PolicyDocument: decodeURIComponent(PolicyDocument) });
  }
}

export async function applyPermissions(userName: string, choice: PermissionChoice) {
  if (choice.option === 'copy') return copyPermissions(userName, choice.fromUser);
  if (choice.option === 'group') {
    for (const GroupName of choice.groupNames) await call('iam:AddUserToGroup', { UserName: userName, GroupName });
    return;
  }
  for (const PolicyArn of choice.policyArns) await call('iam:AttachUserPolicy', { UserName: userName, PolicyArn });
}

type CreateUserRequest = { userName: string; choice: PermissionChoice; consoleAccess?: Omit<ConsolePasswordRequest, 'userName'> };

/**
 * Create user: CreateUser, then with console access CreateLoginProfile (a custom password checked against
 * the policy before anything is created), then the permissions. The password comes back for the one page
 * that shows it.
 */
export function useCreateUser() {
  return useMutation({
    mutationFn: async ({ userName, choice, consoleAccess }: CreateUserRequest) => {
      const checked = consoleAccess ? await passwordOf(consoleAccess.choice) : undefined;
      const { User } = await call('iam:CreateUser', { UserName: userName });
      const password = consoleAccess ? await enableConsoleAccess({ userName: User.UserName, ...consoleAccess }, checked) : undefined;
      await applyPermissions(User.UserName, choice);
      return { user: User, password };
    },
  });
}

export function useApplyPermissions() {
  return useMutation({
    mutationFn: ({ userName, choice }: { userName: string; choice: PermissionChoice }) => applyPermissions(userName, choice),
  });
}

/**
 * The console's Delete user: it removes what DeleteUser would refuse over (access keys, inline and
 * attached policies, group memberships), one authorized call each, then DeleteUser.
 */
export async function deleteUserLikeConsole(userName: string) {
  const { AccessKeyMetadata } = await call('iam:ListAccessKeys', { UserName: userName });
  for (const k of AccessKeyMetadata) await call('iam:DeleteAccessKey', { UserName: userName, AccessKeyId: k.AccessKeyId });
  const { PolicyNames } = await call('iam:ListUserPolicies', { UserName: userName });
  for (const PolicyName of PolicyNames) await call('iam:DeleteUserPolicy', { UserName: userName, PolicyName });
  const { AttachedPolicies } = await call('iam:ListAttachedUserPolicies', { UserName: userName });
  for (const p of AttachedPolicies) await call('iam:DetachUserPolicy', { UserName: userName, PolicyArn: p.PolicyArn ?? '' });
  const { Groups } = await call('iam:ListGroupsForUser', { UserName: userName });
  for (const g of Groups) await call('iam:RemoveUserFromGroup', { UserName: userName, GroupName: g.GroupName });
  await call('iam:DeleteUser', { UserName: userName });
}

export function useDeleteUsers() {
  return useMutation({
    mutationFn: async (userNames: string[]) => {
      for (const name of userNames) await deleteUserLikeConsole(name);
    },
  });
}

export function usePutUserPolicy() {
  return useMutation({
    mutationFn: (r: { userName: string; policyName: string; document: string }) =>
      call('iam:PutUserPolicy', { UserName: r.userName, PolicyName: r.policyName, PolicyDocument: r.document }),
  });
}

export function useDeleteUserPolicy() {
  return useMutation({
    mutationFn: (r: { userName: string; policyName: string }) => call('iam:DeleteUserPolicy', { UserName: r.userName, PolicyName: r.policyName }),
  });
}
