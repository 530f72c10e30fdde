import { awsError, type AwsError } from '../../core/aws-error';

const iam = (operation: string, code: string, message: string, status: number): AwsError =>
  awsError('iam', operation, code, message, status);

export function noSuchRole(operation: string, roleName: string): AwsError {
  return iam(operation, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`, 404);
}

export function noSuchUser(operation: string, userName: string): AwsError {
  return iam(operation, 'NoSuchEntity', `The user with name ${userName} cannot be found.`, 404);
}

export function noSuchGroup(operation: string, groupName: string): AwsError {
  return iam(operation, 'NoSuchEntity', `The group with name ${groupName} cannot be found.`, 404);
}

export function noSuchInstanceProfile(operation: string, name: string): AwsError {
  return iam(operation, 'NoSuchEntity', `Instance Profile ${name} cannot be found.`, 404);
}

/** GetPolicy, DeletePolicy, ListEntitiesForPolicy, ... on a policy that does not exist. */
export function noSuchPolicy(operation: string, arn: string): AwsError {
  return iam(operation, 'NoSuchEntity', `Policy ${arn} was not found.`, 404);
}

/** Attaching, or using as a boundary, a policy that does not exist. */
export function policyNotAttachable(operation: string, arn: string): AwsError {
  return iam(operation, 'NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404);
}

export function noSuchPolicyVersion(operation: string, arn: string, versionId: string): AwsError {
  return iam(operation, 'NoSuchEntity', `Policy ${arn} version ${versionId} does not exist or is not attachable.`, 404);
}

export function noSuchInlinePolicy(operation: string, entity: string, policyName: string): AwsError {
  return iam(operation, 'NoSuchEntity', `The ${entity} policy with name ${policyName} cannot be found.`, 404);
}

export function alreadyExists(operation: string, message: string): AwsError {
  return iam(operation, 'EntityAlreadyExists', message, 409);
}

export function deleteConflict(operation: string, message: string): AwsError {
  return iam(operation, 'DeleteConflict', message, 409);
}

export function limitExceeded(operation: string, message: string): AwsError {
  return iam(operation, 'LimitExceeded', message, 409);
}

export function quotaExceeded(operation: string, quota: string, limit: number): AwsError {
  return limitExceeded(operation, `Cannot exceed quota for ${quota}: ${limit}`);
}

export function malformedPolicy(operation: string, message: string): AwsError {
  return iam(operation, 'MalformedPolicyDocument', message, 400);
}

export function invalidInput(operation: string, message: string): AwsError {
  return iam(operation, 'InvalidInput', message, 400);
}

/** Service-linked (and other AWS reserved) roles can only be changed by AWS. */
export function unmodifiableRole(operation: string, roleName: string): AwsError {
  return iam(operation, 'UnmodifiableEntity',
    `Cannot perform the operation on the protected role '${roleName}' - this role is only modifiable by AWS`, 400);
}

/** GetUser and the access key operations without a UserName, called by a role session. */
export function userNameRequired(operation: string): AwsError {
  return iam(operation, 'ValidationError', 'Must specify userName when calling with non-User credentials', 400);
}

export function noSuchAccessKey(operation: string, accessKeyId: string): AwsError {
  return iam(operation, 'NoSuchEntity', `The Access Key with id ${accessKeyId} cannot be found.`, 404);
}
