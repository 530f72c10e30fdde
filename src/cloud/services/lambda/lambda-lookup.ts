import { awsError, type AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import { memberString } from '../../core/validation';
import type { LambdaFunction, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';

export const lambdaError = (operation: string, code: string, message: string, status = 400): AwsError =>
  awsError('lambda', operation, code, message, status);

export const functionArn = (region: string, account: string, name: string) => `arn:aws:lambda:${region}:${account}:function:${name}`;

// botocore lambda/2015-03-31 FunctionName: a name, a partial ARN (ACCOUNT:function:NAME) or a full ARN.
const FUNCTION_NAME = /^(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?$/;
export const FunctionName = memberString(1, 140, {
  regex: FUNCTION_NAME,
  text: '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?',
});

/** The bare function name in any of the accepted forms ("my-fn", "123456789012:function:my-fn", a full ARN). */
export function functionNameOf(nameOrArn: string): string {
  return FUNCTION_NAME.exec(nameOrArn)?.[7] ?? nameOrArn;
}

export const functionResource = (ctx: OperationContext, input: { FunctionName: string }) =>
  functionArn(ctx.region, ctx.accountId, functionNameOf(input.FunctionName));

export function regionFunctions(world: World, ctx: OperationContext): Record<string, LambdaFunction> {
  return world.accounts[ctx.accountId]?.regions[ctx.region]?.lambda?.functions ?? {};
}

export function findFunction(world: World, ctx: OperationContext, nameOrArn: string): LambdaFunction | undefined {
  return regionFunctions(world, ctx)[functionNameOf(nameOrArn)];
}

/** "Function not found: arn:aws:lambda:REGION:ACCOUNT:function:NAME", HTTP 404 [obs] (many CLI transcripts). */
export function functionNotFound(operation: string, ctx: OperationContext, nameOrArn: string): AwsError {
  return lambdaError(operation, 'ResourceNotFoundException',
    `Function not found: ${functionArn(ctx.region, ctx.accountId, functionNameOf(nameOrArn))}`, 404);
}

export function requireFunction(world: World, ctx: OperationContext, operation: string, nameOrArn: string): LambdaFunction | AwsError {
  return findFunction(world, ctx, nameOrArn) ?? functionNotFound(operation, ctx, nameOrArn);
}

/** A new world in which `recipe` has changed the region's functions (created when missing). */
export function changeFunctions(world: World, ctx: Pick<OperationContext, 'accountId' | 'region'>, recipe: (functions: Record<string, LambdaFunction>) => void): World {
  return updateAccount(world, ctx.accountId, (a) => {
    const region = a.regions[ctx.region] ?? { ec2: { instances: {} } };
    const lambda = region.lambda ?? { functions: {} };
    recipe(lambda.functions);
    region.lambda = lambda;
    a.regions[ctx.region] = region;
  });
}

/** Lambda's timestamp format: "2026-01-15T09:00:00.000+0000". */
export const lambdaTime = (epochMs: number) => new Date(epochMs).toISOString().replace('Z', '+0000');
