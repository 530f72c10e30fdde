import type { ArgSpec } from '../args';
import { apiCommand, merged, optional, required, type CliService } from '../command';

const role = required('role-name');
const tags: ArgSpec = { name: 'tags', type: 'structure-list' };
const pathPrefix = optional('path-prefix');

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
    apiCommand('attach-user-policy', 'iam:AttachUserPolicy', [required('user-name'), required('policy-arn')]),
    apiCommand('list-attached-user-policies', 'iam:ListAttachedUserPolicies', [required('user-name'), pathPrefix], { output: merged }),
    apiCommand('list-groups-for-user', 'iam:ListGroupsForUser', [required('user-name')], { output: merged }),
    apiCommand('create-access-key', 'iam:CreateAccessKey', [optional('user-name')]),
    apiCommand('list-access-keys', 'iam:ListAccessKeys', [optional('user-name')], { output: merged }),
    apiCommand('get-policy', 'iam:GetPolicy', [required('policy-arn')]),
    apiCommand('get-policy-version', 'iam:GetPolicyVersion', [required('policy-arn'), required('version-id')]),
  ],
};
