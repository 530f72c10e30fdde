import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeFunctions, FunctionName, functionResource, requireFunction } from './lambda-lookup';

/** Deletes the function. Its log group stays, as in AWS. */
export const deleteFunction = defineOperation({
  service: 'lambda',
  name: 'DeleteFunction',
  action: 'lambda:DeleteFunction',
  access: 'write',
  input: z.object({ FunctionName, Qualifier: z.string().optional() }),
  resource: functionResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const fn = requireFunction(world, ctx, 'DeleteFunction', input.FunctionName);
    if (isAwsError(fn)) return fn;
    return { world: changeFunctions(world, ctx, (functions) => { delete functions[fn.functionName]; }), output: {} };
  },
});
