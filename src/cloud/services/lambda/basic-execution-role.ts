import { iamArn } from '../../core/arn';
import { stableHex } from '../../core/ids';
import type { World } from '../../core/world';
import { logGroupOf } from './function-output';
import { uuidFrom } from './lambda-ids';
import { LAMBDA_SERVICE } from './lambda-role';

export type ConsoleIamRequest =
  | { operation: 'iam:CreatePolicy'; input: { PolicyName: string; Path: string; PolicyDocument: string } }
  | { operation: 'iam:CreateRole'; input: { RoleName: string; Path: string; AssumeRolePolicyDocument: string } }
  | { operation: 'iam:AttachRolePolicy'; input: { RoleName: string; PolicyArn: string } };

export type BasicExecutionRolePlan = {
  roleName: string;
  roleArn: string;
  policyName: string;
  policyArn: string;
  /** In the order the console makes them; dispatch each as the console identity, stopping at the first error. */
  requests: ConsoleIamRequest[];
};

const PATH = '/service-role/';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The policy the console writes (facts §9): create any log group in the region, write to the function's. */
export function basicExecutionPolicy(accountId: string, region: string, functionName: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: `arn:aws:logs:${region}:${accountId}:*` },
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: [`arn:aws:logs:${region}:${accountId}:log-group:${logGroupOf(functionName)}:*`] },
    ],
  }, null, 4);
}

export const lambdaTrustPolicy = () => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: LAMBDA_SERVICE }, Action: 'sts:AssumeRole' }],
}, null, 4);

/**
 * "Create a new role with basic Lambda permissions" (facts §9), as the IAM requests the Lambda console
 * makes: a customer managed policy AWSLambdaBasicExecutionRole-<uuid> and a role FUNCTION-role-xxxxxxxx
 * (8 lowercase alphanumerics), both under /service-role/, the role trusting lambda.amazonaws.com, and the
 * policy attached to it. Names derive from the world's seed, revision and clock, so they repeat in a
 * replayed demo yet differ between two functions created one after the other. Pure: reads nothing else.
 */
export function basicExecutionRolePlan(world: World, accountId: string, region: string, functionName: string): BasicExecutionRolePlan {
  const nonce = `${accountId}:${region}:${functionName}:${world.seed}:${world.revision}:${world.clock.now}`;
  const suffix = [...stableHex(`role:${nonce}`, 16).match(/../g)!].slice(0, 8)
    .map((pair) => BASE36[Number.parseInt(pair, 16) % 36]).join('');
  // Role names stop at 64 characters (unconfirmed how the console shortens a long function name).
  const roleName = `${functionName.slice(0, 64 - '-role-'.length - 8)}-role-${suffix}`;
  const policyName = `AWSLambdaBasicExecutionRole-${uuidFrom(`policy:${nonce}`)}`;
  const policyArn = iamArn(accountId, 'policy', `${PATH}${policyName}`);
  return {
    roleName, roleArn: iamArn(accountId, 'role', `${PATH}${roleName}`), policyName, policyArn,
    requests: [
      { operation: 'iam:CreatePolicy', input: { PolicyName: policyName, Path: PATH, PolicyDocument: basicExecutionPolicy(accountId, region, functionName) } },
      { operation: 'iam:CreateRole', input: { RoleName: roleName, Path: PATH, AssumeRolePolicyDocument: lambdaTrustPolicy() } },
      { operation: 'iam:AttachRolePolicy', input: { RoleName: roleName, PolicyArn: policyArn } },
    ],
  };
}
