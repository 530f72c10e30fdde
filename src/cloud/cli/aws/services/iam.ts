import type { ArgSpec } from '../args';
import { apiCommand, merged, optional, required, type CliService } from '../command';

const role = required('role-name');
const tags: ArgSpec = { name: 'tags', type: 'structure-list' };
const pathPrefix = optional('path-prefix');
const flag = (name: string): ArgSpec => ({ name, type: 'boolean' });
const group = required('group-name');
const alias = required('account-alias');

export const iamService: CliService = {
  name: 'iam',
  commands: [
    apiCommand('list-roles', 'iam:ListRoles', [pathPrefix], { output: merged }),
    apiCommand('get-role', 'iam:GetRole', [role]),
    apiCommand('create-role', 'iam:CreateRole', [
      role, required('assume-role-policy-document'), optional('path'), optional('description'),
      optional('max-session-duration', 'integer'), optional('permissions-boundary'), tags,
    ]),
    apiCommand('delete-role', 'iam:DeleteRole', [role]),
    apiCommand('update-assume-role-policy', 'iam:UpdateAssumeRolePolicy', [role, required('policy-document')]),
    apiCommand('attach-role-policy', 'iam:AttachRolePolicy', [role, required('policy-arn')]),
    apiCommand('detach-role-policy', 'iam:DetachRolePolicy', [role, required('policy-arn')]),
    apiCommand('list-attached-role-policies', 'iam:ListAttachedRolePolicies', [role, pathPrefix], { output: merged }),
    apiCommand('put-role-policy', 'iam:PutRolePolicy', [role, required('policy-name'), required('policy-document')]),
    apiCommand('get-role-policy', 'iam:GetRolePolicy', [role, required('policy-name')]),
    apiCommand('list-role-policies', 'iam:ListRolePolicies', [role], { output: merged }),
    apiCommand('list-instance-profiles', 'iam:ListInstanceProfiles', [pathPrefix], { output: merged }),
    apiCommand('get-instance-profile', 'iam:GetInstanceProfile', [required('instance-profile-name')]),
    apiCommand('create-instance-profile', 'iam:CreateInstanceProfile', [required('instance-profile-name'), optional('path')]),
    apiCommand('add-role-to-instance-profile', 'iam:AddRoleToInstanceProfile', [required('instance-profile-name'), role]),
    apiCommand('remove-role-from-instance-profile', 'iam:RemoveRoleFromInstanceProfile', [required('instance-profile-name'), role]),
    apiCommand('list-instance-profiles-for-role', 'iam:ListInstanceProfilesForRole', [role], { output: merged }),
    apiCommand('list-users', 'iam:ListUsers', [pathPrefix], { output: merged }),
    apiCommand('get-user', 'iam:GetUser', [optional('user-name')]),
    apiCommand('create-user', 'iam:CreateUser', [required('user-name'), optional('path'), tags]),
    apiCommand('attach-user-policy', 'iam:AttachUserPolicy', [required('user-name'), required('policy-arn')]),
    apiCommand('list-attached-user-policies', 'iam:ListAttachedUserPolicies', [required('user-name'), pathPrefix], { output: merged }),
    apiCommand('list-groups-for-user', 'iam:ListGroupsForUser', [required('user-name')], { output: merged }),
    apiCommand('create-access-key', 'iam:CreateAccessKey', [optional('user-name')]),
    apiCommand('list-access-keys', 'iam:ListAccessKeys', [optional('user-name')], { output: merged }),
    apiCommand('create-login-profile', 'iam:CreateLoginProfile', [optional('user-name'), required('password'), flag('password-reset-required')]),
    apiCommand('get-login-profile', 'iam:GetLoginProfile', [optional('user-name')]),
    apiCommand('update-login-profile', 'iam:UpdateLoginProfile', [optional('user-name'), optional('password'), flag('password-reset-required')]),
    apiCommand('delete-login-profile', 'iam:DeleteLoginProfile', [optional('user-name')]),
    apiCommand('change-password', 'iam:ChangePassword', [required('old-password'), required('new-password')]),
    apiCommand('get-account-password-policy', 'iam:GetAccountPasswordPolicy', []),
    apiCommand('update-account-password-policy', 'iam:UpdateAccountPasswordPolicy', [
      optional('minimum-password-length', 'integer'), flag('require-symbols'), flag('require-numbers'),
      flag('require-uppercase-characters'), flag('require-lowercase-characters'), flag('allow-users-to-change-password'),
      optional('max-password-age', 'integer'), optional('password-reuse-prevention', 'integer'), flag('hard-expiry'),
    ]),
    apiCommand('delete-account-password-policy', 'iam:DeleteAccountPasswordPolicy', []),
    apiCommand('create-account-alias', 'iam:CreateAccountAlias', [alias]),
    apiCommand('list-account-aliases', 'iam:ListAccountAliases', [], { output: merged }),
    apiCommand('delete-account-alias', 'iam:DeleteAccountAlias', [alias]),
    apiCommand('list-groups', 'iam:ListGroups', [pathPrefix], { output: merged }),
    apiCommand('get-group', 'iam:GetGroup', [group], { output: merged }),
    apiCommand('create-group', 'iam:CreateGroup', [group, optional('path')]),
    apiCommand('add-user-to-group', 'iam:AddUserToGroup', [group, required('user-name')]),
    apiCommand('get-policy', 'iam:GetPolicy', [required('policy-arn')]),
    apiCommand('get-policy-version', 'iam:GetPolicyVersion', [required('policy-arn'), required('version-id')]),
  ],
};
