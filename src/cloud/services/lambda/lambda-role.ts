import type { AwsError } from '../../core/aws-error';
import type { AssumedRoleCaller } from '../../core/caller';
import type { AccessCheck } from '../../core/operation';
import type { LambdaFunction, World } from '../../core/world';
import { roleByArn } from '../sts/assume-role';
import { serviceCanAssume } from '../sts/service-can-assume';
import { lambdaError } from './lambda-lookup';

export const LAMBDA_SERVICE = 'lambda.amazonaws.com';
const HOUR = 3_600_000;
/** How long an execution environment's role credentials last (unconfirmed: Lambda does not document it). */
export const SESSION_LIFETIME = 12 * HOUR;

// botocore lambda/2015-03-31 RoleArn.
export const ROLE_ARN = { regex: /^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/, text: 'arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+' };

/** True when the role exists and its trust policy lets lambda.amazonaws.com assume it. */
export const lambdaCanAssume = (world: World, roleArn: string): boolean => serviceCanAssume(world, roleArn, LAMBDA_SERVICE);

/** CreateFunction's answer for a role Lambda cannot assume (missing, or not trusting Lambda) [obs]. */
export const cannotAssume = (operation: string): AwsError =>
  lambdaError(operation, 'InvalidParameterValueException', 'The role defined for the function cannot be assumed by Lambda.');

/** Giving a function a role passes it to Lambda. */
export const passRoleCheck = (roleArn: string): AccessCheck =>
  ({ action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': LAMBDA_SERVICE } });

/**
 * What the function's code runs as: the execution role's session named after the function,
 * arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION (the EC2 analogue is instanceRoleCaller).
 * Undefined when Lambda cannot assume the role.
 */
export function functionRoleCaller(world: World, fn: LambdaFunction, issuedAt: number): AssumedRoleCaller | undefined {
  const found = roleByArn(world, fn.role);
  if (!found || !lambdaCanAssume(world, fn.role)) return undefined;
  return {
    type: 'assumed-role', accountId: found.accountId, roleName: found.role.roleName, sessionName: fn.functionName,
    issuedAt, expiresAt: issuedAt + SESSION_LIFETIME,
  };
}
