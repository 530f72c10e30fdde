import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { utf8Length } from '../logs/logs-lookup';
import { functionSource } from './function-code';
import { Behaviour, Description, Handler, MemorySize, RoleArn, Runtime, Timeout } from './function-inputs';
import { functionConfiguration, type FunctionConfiguration } from './function-output';
import { codeSha256, uuidFrom } from './lambda-ids';
import { changeFunctions, FunctionName, functionResource, lambdaError, lambdaTime, requireFunction } from './lambda-lookup';
import { cannotAssume, lambdaCanAssume, passRoleCheck } from './lambda-role';

/**
 * Changes the execution role (iam:PassRole, and Lambda must be able to assume it), handler, runtime,
 * description, timeout, memory or the simulated Behaviour. The next Invoke starts a new execution environment.
 */
export const updateFunctionConfiguration = defineOperation({
  service: 'lambda',
  name: 'UpdateFunctionConfiguration',
  action: 'lambda:UpdateFunctionConfiguration',
  access: 'write',
  input: z.object({
    FunctionName,
    Role: RoleArn.optional(),
    Handler: Handler.optional(),
    Runtime: Runtime.optional(),
    Description: Description.optional(),
    Timeout: Timeout.optional(),
    MemorySize: MemorySize.optional(),
    RevisionId: z.string().optional(),
    Behaviour: Behaviour.optional(),
  }),
  resource: functionResource,
  additionalChecks: (_ctx, input) => (input.Role !== undefined ? [passRoleCheck(input.Role)] : []),
  handler(world, input, ctx): HandlerResult<FunctionConfiguration> {
    const op = 'UpdateFunctionConfiguration';
    const fn = requireFunction(world, ctx, op, input.FunctionName);
    if (isAwsError(fn)) return fn;
    if (input.RevisionId !== undefined && input.RevisionId !== fn.revisionId) {
      return lambdaError(op, 'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id', 412);
    }
    if (input.Role !== undefined && !lambdaCanAssume(world, input.Role)) return cannotAssume(op);
    const runtime = input.Runtime ?? fn.runtime;
    const behaviour = input.Behaviour ?? fn.behaviour;
    const source = functionSource(runtime, behaviour).code;
    let updated = fn;
    const next = changeFunctions(world, ctx, (functions) => {
      updated = {
        ...fn, role: input.Role ?? fn.role, handler: input.Handler ?? fn.handler, runtime, behaviour,
        description: input.Description ?? fn.description, timeout: input.Timeout ?? fn.timeout, memorySize: input.MemorySize ?? fn.memorySize,
        lastModified: lambdaTime(ctx.now), codeSha256: codeSha256(source), codeSize: 300 + utf8Length(source),
        revisionId: uuidFrom(`revision:${fn.functionArn}:${ctx.now}:${world.revision}`),
      };
      delete updated.environment; // a new environment on the next Invoke
      functions[fn.functionName] = updated;
    });
    return { world: next, output: functionConfiguration(updated) };
  },
});
