import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { utf8Length } from '../logs/logs-lookup';
import { defaultHandler, functionSource } from './function-code';
import { Behaviour, Description, Handler, MemorySize, RoleArn, Runtime, Timeout } from './function-inputs';
import { functionConfiguration, type FunctionConfiguration } from './function-output';
import { codeSha256, uuidFrom } from './lambda-ids';
import { changeFunctions, findFunction, functionArn, FunctionName, functionNameOf, functionResource, lambdaError, lambdaTime } from './lambda-lookup';
import { cannotAssume, lambdaCanAssume, passRoleCheck } from './lambda-role';

/**
 * A function in the request's region with the given execution role. Passing the role needs
 * iam:PassRole, and Lambda must be able to assume it (facts §9): else InvalidParameterValueException.
 * Code is not uploaded: Behaviour (not in AWS) picks the simulated code; Code is accepted and ignored.
 */
export const createFunction = defineOperation({
  service: 'lambda',
  name: 'CreateFunction',
  action: 'lambda:CreateFunction',
  access: 'write',
  input: z.object({
    FunctionName,
    Runtime: Runtime.optional(),
    Role: RoleArn,
    Handler: Handler.optional(),
    Code: z.object({ ZipFile: z.string().optional(), S3Bucket: z.string().optional(), S3Key: z.string().optional() }).optional(),
    Description: Description.optional(),
    Timeout: Timeout.optional(),
    MemorySize: MemorySize.optional(),
    Publish: z.boolean().optional(),
    PackageType: z.enum(['Zip']).optional(),
    Architectures: z.array(z.enum(['x86_64', 'arm64'])).optional(),
    Tags: z.record(z.string(), z.string()).optional(),
    Behaviour: Behaviour.optional(),
  }),
  resource: functionResource,
  additionalChecks: (_ctx, input) => [passRoleCheck(input.Role)],
  handler(world, input, ctx): HandlerResult<FunctionConfiguration> {
    const name = functionNameOf(input.FunctionName);
    if (input.Runtime === undefined || input.Handler === undefined) {
      // (unconfirmed wording)
      return lambdaError('CreateFunction', 'InvalidParameterValueException',
        'Runtime and Handler are mandatory parameters for functions created with deployment packages.');
    }
    if (findFunction(world, ctx, name)) return lambdaError('CreateFunction', 'ResourceConflictException', `Function already exist: ${name}`, 409);
    if (!lambdaCanAssume(world, input.Role)) return cannotAssume('CreateFunction');
    const behaviour = input.Behaviour ?? 'hello';
    const source = functionSource(input.Runtime, behaviour).code;
    const arn = functionArn(ctx.region, ctx.accountId, name);
    const next = changeFunctions(world, ctx, (functions) => {
      functions[name] = {
        functionName: name, functionArn: arn, runtime: input.Runtime!, role: input.Role, handler: input.Handler ?? defaultHandler(input.Runtime!),
        description: input.Description ?? '', timeout: input.Timeout ?? 3, memorySize: input.MemorySize ?? 128, behaviour,
        lastModified: lambdaTime(ctx.now), codeSha256: codeSha256(source), codeSize: 300 + utf8Length(source),
        revisionId: uuidFrom(`revision:${arn}:${ctx.now}:${world.revision}`),
      };
    });
    return { world: next, output: functionConfiguration(next.accounts[ctx.accountId]!.regions[ctx.region]!.lambda!.functions[name]!) };
  },
});
