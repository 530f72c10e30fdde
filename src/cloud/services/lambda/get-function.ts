import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { functionConfiguration, type FunctionConfiguration } from './function-output';
import { uuidFrom } from './lambda-ids';
import { FunctionName, functionResource, requireFunction } from './lambda-lookup';

export type GetFunctionOutput = {
  Configuration: FunctionConfiguration;
  Code: { RepositoryType: 'S3'; Location: string };
  Tags: Record<string, string>;
};

/** The function's configuration and where its package could be downloaded (a presigned-looking URL). */
export const getFunction = defineOperation({
  service: 'lambda',
  name: 'GetFunction',
  action: 'lambda:GetFunction',
  access: 'read',
  input: z.object({ FunctionName, Qualifier: z.string().optional() }),
  resource: functionResource,
  handler(world, input, ctx): HandlerResult<GetFunctionOutput> {
    const fn = requireFunction(world, ctx, 'GetFunction', input.FunctionName);
    if (isAwsError(fn)) return fn;
    const location = `https://awslambda-${ctx.region}-tasks.s3.${ctx.region}.amazonaws.com/snapshots/${ctx.accountId}/`
      + `${fn.functionName}-${uuidFrom(`code:${fn.functionArn}:${fn.codeSha256}`)}`;
    return { world, output: { Configuration: functionConfiguration(fn), Code: { RepositoryType: 'S3', Location: location }, Tags: {} } };
  },
});
