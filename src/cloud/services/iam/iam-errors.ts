import { awsError, type AwsError } from '../../core/aws-error';

export function noSuchRole(operation: string, roleName: string): AwsError {
  return awsError('iam', operation, 'NoSuchEntity', `The role with name ${roleName} cannot be found.`, 404);
}

export function noSuchUser(operation: string, userName: string): AwsError {
  return awsError('iam', operation, 'NoSuchEntity', `The user with name ${userName} cannot be found.`, 404);
}
