import type { z } from 'zod';
import { describeInstances } from '../services/ec2/describe-instances';
import { associateIamInstanceProfile } from '../services/ec2/associate-iam-instance-profile';
import { describeIamInstanceProfileAssociations } from '../services/ec2/describe-iam-instance-profile-associations';
import { describeImages } from '../services/ec2/describe-images';
import { describeKeyPairs } from '../services/ec2/describe-key-pairs';
import { disassociateIamInstanceProfile } from '../services/ec2/disassociate-iam-instance-profile';
import { rebootInstances } from '../services/ec2/reboot-instances';
import { replaceIamInstanceProfileAssociation } from '../services/ec2/replace-iam-instance-profile-association';
import { runInstances } from '../services/ec2/run-instances';
import { startInstances } from '../services/ec2/start-instances';
import { stopInstances } from '../services/ec2/stop-instances';
import { terminateInstances } from '../services/ec2/terminate-instances';
import { addRoleToInstanceProfile } from '../services/iam/add-role-to-instance-profile';
import { addUserToGroup } from '../services/iam/add-user-to-group';
import { attachGroupPolicy } from '../services/iam/attach-group-policy';
import { attachRolePolicy } from '../services/iam/attach-role-policy';
import { attachUserPolicy } from '../services/iam/attach-user-policy';
import { createAccessKey } from '../services/iam/create-access-key';
import { createGroup } from '../services/iam/create-group';
import { createInstanceProfile } from '../services/iam/create-instance-profile';
import { createPolicy } from '../services/iam/create-policy';
import { createPolicyVersion } from '../services/iam/create-policy-version';
import { createRole } from '../services/iam/create-role';
import { createUser } from '../services/iam/create-user';
import { deleteAccessKey } from '../services/iam/delete-access-key';
import { deleteGroup } from '../services/iam/delete-group';
import { deleteGroupPolicy } from '../services/iam/delete-group-policy';
import { deleteInstanceProfile } from '../services/iam/delete-instance-profile';
import { deletePolicy } from '../services/iam/delete-policy';
import { deletePolicyVersion } from '../services/iam/delete-policy-version';
import { deleteRole } from '../services/iam/delete-role';
import { deleteRolePermissionsBoundary } from '../services/iam/delete-role-permissions-boundary';
import { deleteRolePolicy } from '../services/iam/delete-role-policy';
import { deleteUser } from '../services/iam/delete-user';
import { deleteUserPolicy } from '../services/iam/delete-user-policy';
import { detachGroupPolicy } from '../services/iam/detach-group-policy';
import { detachRolePolicy } from '../services/iam/detach-role-policy';
import { detachUserPolicy } from '../services/iam/detach-user-policy';
import { getGroup } from '../services/iam/get-group';
import { getGroupPolicy } from '../services/iam/get-group-policy';
import { getInstanceProfile } from '../services/iam/get-instance-profile';
import { getPolicy } from '../services/iam/get-policy';
import { getPolicyVersion } from '../services/iam/get-policy-version';
import { getRole } from '../services/iam/get-role';
import { getRolePolicy } from '../services/iam/get-role-policy';
import { getUser } from '../services/iam/get-user';
import { generateServiceLastAccessedDetails } from '../services/iam/generate-service-last-accessed-details';
import { getServiceLastAccessedDetails } from '../services/iam/get-service-last-accessed-details';
import { getUserPolicy } from '../services/iam/get-user-policy';
import { listAccessKeys } from '../services/iam/list-access-keys';
import { listAttachedGroupPolicies } from '../services/iam/list-attached-group-policies';
import { listAttachedRolePolicies } from '../services/iam/list-attached-role-policies';
import { listAttachedUserPolicies } from '../services/iam/list-attached-user-policies';
import { listEntitiesForPolicy } from '../services/iam/list-entities-for-policy';
import { listGroupPolicies } from '../services/iam/list-group-policies';
import { listGroups } from '../services/iam/list-groups';
import { listGroupsForUser } from '../services/iam/list-groups-for-user';
import { listInstanceProfiles } from '../services/iam/list-instance-profiles';
import { listInstanceProfilesForRole } from '../services/iam/list-instance-profiles-for-role';
import { listPolicies } from '../services/iam/list-policies';
import { listPolicyVersions } from '../services/iam/list-policy-versions';
import { listRolePolicies } from '../services/iam/list-role-policies';
import { listRoleTags } from '../services/iam/list-role-tags';
import { listRoles } from '../services/iam/list-roles';
import { listUserPolicies } from '../services/iam/list-user-policies';
import { listUsers } from '../services/iam/list-users';
import { putGroupPolicy } from '../services/iam/put-group-policy';
import { putRolePermissionsBoundary } from '../services/iam/put-role-permissions-boundary';
import { putRolePolicy } from '../services/iam/put-role-policy';
import { putUserPolicy } from '../services/iam/put-user-policy';
import { removeRoleFromInstanceProfile } from '../services/iam/remove-role-from-instance-profile';
import { removeUserFromGroup } from '../services/iam/remove-user-from-group';
import { setDefaultPolicyVersion } from '../services/iam/set-default-policy-version';
import { tagRole } from '../services/iam/tag-role';
import { untagRole } from '../services/iam/untag-role';
import { updateAccessKey } from '../services/iam/update-access-key';
import { updateAssumeRolePolicy } from '../services/iam/update-assume-role-policy';
import { updateRole } from '../services/iam/update-role';
import { updateRoleDescription } from '../services/iam/update-role-description';
import { changePassword } from '../services/iam/change-password';
import { createAccountAlias } from '../services/iam/create-account-alias';
import { createLoginProfile } from '../services/iam/create-login-profile';
import { deleteAccountAlias } from '../services/iam/delete-account-alias';
import { deleteAccountPasswordPolicy } from '../services/iam/delete-account-password-policy';
import { deleteLoginProfile } from '../services/iam/delete-login-profile';
import { getAccountPasswordPolicy } from '../services/iam/get-account-password-policy';
import { getLoginProfile } from '../services/iam/get-login-profile';
import { listAccountAliases } from '../services/iam/list-account-aliases';
import { updateAccountPasswordPolicy } from '../services/iam/update-account-password-policy';
import { updateLoginProfile } from '../services/iam/update-login-profile';
import { getBucketLocation, headBucket } from '../services/s3/bucket-info';
import { deleteBucketPolicy, getBucketPolicy, putBucketPolicy } from '../services/s3/bucket-policy';
import { createBucket } from '../services/s3/create-bucket';
import { deleteBucket } from '../services/s3/delete-bucket';
import { headObject } from '../services/s3/head-object';
import { deleteObject, getObject, putObject } from '../services/s3/objects';
import { listBuckets } from '../services/s3/list-buckets';
import { listObjectsV2 } from '../services/s3/list-objects-v2';
import { assumeRole } from '../services/sts/assume-role';
import { decodeAuthorizationMessageOperation } from '../services/sts/decode-authorization-message';
import { getCallerIdentity } from '../services/sts/get-caller-identity';
import { createLogGroup } from '../services/logs/create-log-group';
import { createLogStream } from '../services/logs/create-log-stream';
import { deleteLogGroup } from '../services/logs/delete-log-group';
import { deleteLogStream } from '../services/logs/delete-log-stream';
import { deleteRetentionPolicy } from '../services/logs/delete-retention-policy';
import { describeLogGroups } from '../services/logs/describe-log-groups';
import { describeLogStreams } from '../services/logs/describe-log-streams';
import { filterLogEvents } from '../services/logs/filter-log-events';
import { getLogEvents } from '../services/logs/get-log-events';
import { putLogEvents } from '../services/logs/put-log-events';
import { putRetentionPolicy } from '../services/logs/put-retention-policy';
import { createFunction } from '../services/lambda/create-function';
import { deleteFunction } from '../services/lambda/delete-function';
import { getFunction } from '../services/lambda/get-function';
import { invoke } from '../services/lambda/invoke';
import { listFunctions } from '../services/lambda/list-functions';
import { updateFunctionConfiguration } from '../services/lambda/update-function-configuration';
import { consoleLogin } from '../services/signin/console-login';
import { resolveAccountAlias } from '../services/signin/resolve-account-alias';
import { exitRoleEvent, switchRoleEvent } from '../services/signin/switch-role-events';
import { lookupEvents } from '../services/cloudtrail/lookup-events';
import { createTable } from '../services/dynamodb/create-table';
import { deleteItem } from '../services/dynamodb/delete-item';
import { deleteTable } from '../services/dynamodb/delete-table';
import { describeTable } from '../services/dynamodb/describe-table';
import { getItem } from '../services/dynamodb/get-item';
import { listTables } from '../services/dynamodb/list-tables';
import { putItem } from '../services/dynamodb/put-item';
import { query } from '../services/dynamodb/query';
import { scan } from '../services/dynamodb/scan';
import { updateItem } from '../services/dynamodb/update-item';
import { createStack } from '../services/cloudformation/create-stack';
import { deleteStack } from '../services/cloudformation/delete-stack';
import { describeStackEvents } from '../services/cloudformation/describe-stack-events';
import { describeStackResources } from '../services/cloudformation/describe-stack-resources';
import { describeStacks } from '../services/cloudformation/describe-stacks';
import { getTemplate } from '../services/cloudformation/get-template';
import { listStacks } from '../services/cloudformation/list-stacks';
import { validateTemplate } from '../services/cloudformation/validate-template';

/** Every operation of the simulated cloud, keyed 'service:OperationName'. */
export const operations = {
  'iam:ListRoles': listRoles,
  'iam:GetRole': getRole,
  'iam:ListUsers': listUsers,
  'iam:GetUser': getUser,
  'iam:ListAttachedUserPolicies': listAttachedUserPolicies,
  'iam:AttachUserPolicy': attachUserPolicy,
  'iam:DetachUserPolicy': detachUserPolicy,
  'iam:ListPolicies': listPolicies,
  'iam:AddRoleToInstanceProfile': addRoleToInstanceProfile,
  'iam:AddUserToGroup': addUserToGroup,
  'iam:AttachGroupPolicy': attachGroupPolicy,
  'iam:AttachRolePolicy': attachRolePolicy,
  'iam:CreateAccessKey': createAccessKey,
  'iam:CreateGroup': createGroup,
  'iam:CreateInstanceProfile': createInstanceProfile,
  'iam:CreatePolicy': createPolicy,
  'iam:CreatePolicyVersion': createPolicyVersion,
  'iam:CreateRole': createRole,
  'iam:CreateUser': createUser,
  'iam:DeleteAccessKey': deleteAccessKey,
  'iam:DeleteGroup': deleteGroup,
  'iam:DeleteGroupPolicy': deleteGroupPolicy,
  'iam:DeleteInstanceProfile': deleteInstanceProfile,
  'iam:DeletePolicy': deletePolicy,
  'iam:DeletePolicyVersion': deletePolicyVersion,
  'iam:DeleteRole': deleteRole,
  'iam:DeleteRolePermissionsBoundary': deleteRolePermissionsBoundary,
  'iam:DeleteRolePolicy': deleteRolePolicy,
  'iam:DeleteUser': deleteUser,
  'iam:DeleteUserPolicy': deleteUserPolicy,
  'iam:DetachGroupPolicy': detachGroupPolicy,
  'iam:DetachRolePolicy': detachRolePolicy,
  'iam:GetGroup': getGroup,
  'iam:GetGroupPolicy': getGroupPolicy,
  'iam:GetInstanceProfile': getInstanceProfile,
  'iam:GetPolicy': getPolicy,
  'iam:GetPolicyVersion': getPolicyVersion,
  'iam:GetRolePolicy': getRolePolicy,
  'iam:GetUserPolicy': getUserPolicy,
  'iam:GenerateServiceLastAccessedDetails': generateServiceLastAccessedDetails,
  'iam:GetServiceLastAccessedDetails': getServiceLastAccessedDetails,
  'iam:ListAccessKeys': listAccessKeys,
  'iam:ListAttachedGroupPolicies': listAttachedGroupPolicies,
  'iam:ListAttachedRolePolicies': listAttachedRolePolicies,
  'iam:ListEntitiesForPolicy': listEntitiesForPolicy,
  'iam:ListGroupPolicies': listGroupPolicies,
  'iam:ListGroups': listGroups,
  'iam:ListGroupsForUser': listGroupsForUser,
  'iam:ListInstanceProfiles': listInstanceProfiles,
  'iam:ListInstanceProfilesForRole': listInstanceProfilesForRole,
  'iam:ListPolicyVersions': listPolicyVersions,
  'iam:ListRolePolicies': listRolePolicies,
  'iam:ListRoleTags': listRoleTags,
  'iam:ListUserPolicies': listUserPolicies,
  'iam:PutGroupPolicy': putGroupPolicy,
  'iam:PutRolePermissionsBoundary': putRolePermissionsBoundary,
  'iam:PutRolePolicy': putRolePolicy,
  'iam:PutUserPolicy': putUserPolicy,
  'iam:RemoveRoleFromInstanceProfile': removeRoleFromInstanceProfile,
  'iam:RemoveUserFromGroup': removeUserFromGroup,
  'iam:SetDefaultPolicyVersion': setDefaultPolicyVersion,
  'iam:TagRole': tagRole,
  'iam:UntagRole': untagRole,
  'iam:UpdateAccessKey': updateAccessKey,
  'iam:UpdateAssumeRolePolicy': updateAssumeRolePolicy,
  'iam:UpdateRole': updateRole,
  'iam:UpdateRoleDescription': updateRoleDescription,
  'iam:ChangePassword': changePassword,
  'iam:CreateAccountAlias': createAccountAlias,
  'iam:CreateLoginProfile': createLoginProfile,
  'iam:DeleteAccountAlias': deleteAccountAlias,
  'iam:DeleteAccountPasswordPolicy': deleteAccountPasswordPolicy,
  'iam:DeleteLoginProfile': deleteLoginProfile,
  'iam:GetAccountPasswordPolicy': getAccountPasswordPolicy,
  'iam:GetLoginProfile': getLoginProfile,
  'iam:ListAccountAliases': listAccountAliases,
  'iam:UpdateAccountPasswordPolicy': updateAccountPasswordPolicy,
  'iam:UpdateLoginProfile': updateLoginProfile,
  'signin:ResolveAccountAlias': resolveAccountAlias,
  'signin:ConsoleLogin': consoleLogin,
  'signin:SwitchRole': switchRoleEvent,
  'signin:ExitRole': exitRoleEvent,
  'cloudtrail:LookupEvents': lookupEvents,
  'sts:GetCallerIdentity': getCallerIdentity,
  'sts:AssumeRole': assumeRole,
  'sts:DecodeAuthorizationMessage': decodeAuthorizationMessageOperation,
  'ec2:DescribeInstances': describeInstances,
  'ec2:AssociateIamInstanceProfile': associateIamInstanceProfile,
  'ec2:DescribeIamInstanceProfileAssociations': describeIamInstanceProfileAssociations,
  'ec2:DescribeImages': describeImages,
  'ec2:DescribeKeyPairs': describeKeyPairs,
  'ec2:DisassociateIamInstanceProfile': disassociateIamInstanceProfile,
  'ec2:RebootInstances': rebootInstances,
  'ec2:ReplaceIamInstanceProfileAssociation': replaceIamInstanceProfileAssociation,
  'ec2:RunInstances': runInstances,
  'ec2:StartInstances': startInstances,
  'ec2:StopInstances': stopInstances,
  'ec2:TerminateInstances': terminateInstances,
  's3:ListBuckets': listBuckets,
  's3:ListObjectsV2': listObjectsV2,
  's3:CreateBucket': createBucket,
  's3:DeleteBucket': deleteBucket,
  's3:HeadBucket': headBucket,
  's3:GetBucketLocation': getBucketLocation,
  's3:PutObject': putObject,
  's3:GetObject': getObject,
  's3:HeadObject': headObject,
  's3:DeleteObject': deleteObject,
  's3:PutBucketPolicy': putBucketPolicy,
  's3:GetBucketPolicy': getBucketPolicy,
  's3:DeleteBucketPolicy': deleteBucketPolicy,
  'logs:CreateLogGroup': createLogGroup,
  'logs:DescribeLogGroups': describeLogGroups,
  'logs:DeleteLogGroup': deleteLogGroup,
  'logs:PutRetentionPolicy': putRetentionPolicy,
  'logs:DeleteRetentionPolicy': deleteRetentionPolicy,
  'logs:CreateLogStream': createLogStream,
  'logs:DescribeLogStreams': describeLogStreams,
  'logs:DeleteLogStream': deleteLogStream,
  'logs:PutLogEvents': putLogEvents,
  'logs:GetLogEvents': getLogEvents,
  'logs:FilterLogEvents': filterLogEvents,
  'lambda:CreateFunction': createFunction,
  'lambda:GetFunction': getFunction,
  'lambda:ListFunctions': listFunctions,
  'lambda:DeleteFunction': deleteFunction,
  'lambda:UpdateFunctionConfiguration': updateFunctionConfiguration,
  'lambda:Invoke': invoke,
  'dynamodb:CreateTable': createTable,
  'dynamodb:DescribeTable': describeTable,
  'dynamodb:ListTables': listTables,
  'dynamodb:DeleteTable': deleteTable,
  'dynamodb:PutItem': putItem,
  'dynamodb:GetItem': getItem,
  'dynamodb:UpdateItem': updateItem,
  'dynamodb:DeleteItem': deleteItem,
  'dynamodb:Scan': scan,
  'dynamodb:Query': query,
  'cloudformation:ValidateTemplate': validateTemplate,
  'cloudformation:CreateStack': createStack,
  'cloudformation:DescribeStacks': describeStacks,
  'cloudformation:ListStacks': listStacks,
  'cloudformation:DescribeStackEvents': describeStackEvents,
  'cloudformation:DescribeStackResources': describeStackResources,
  'cloudformation:GetTemplate': getTemplate,
  'cloudformation:DeleteStack': deleteStack,
};

type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller may pass (before zod defaults are applied). */
export type OperationInput<O extends OperationName> = z.input<Operations[O]['input']>;
export type OperationOutput<O extends OperationName> =
  Extract<ReturnType<Operations[O]['handler']>, { output: unknown }>['output'];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
