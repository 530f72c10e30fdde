import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { stableUuid } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum, memberString } from '../../core/validation';
import { isRecord } from '../../core/is-record';
import { missingCapabilityMessage } from '../../cloudformation/template/capabilities';
import { NO_ECHO_MASK } from '../../cloudformation/template/parameters';
import { parseTemplate } from '../../cloudformation/template/parse-template';
import { startStack } from '../../cloudformation/stacks/start-stack';
import { cloudFormationCanAssume, forwardedCaller, passRoleCheck, roleArnContext, roleInvalid } from './stack-caller';
import { cfnError, findStack, putStack, stackArnPrefix } from './stack-store';
import { readTemplate, TemplateBody } from './template-input';

// The API's StackName pattern, as its validation message quotes it [obs] (facts §2).
const STACK_NAME = { regex: /^(?:[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*)$/, text: '[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*' };
export const StackName = memberString(1, 128, STACK_NAME);
export const RoleARN = memberString(20, 2048);
/** A NoEcho parameter's value is a secret: the CreateStack event shows it as DescribeStacks does, masked. */
function maskNoEchoParameters(input: unknown): unknown {
  if (!isRecord(input) || typeof input.TemplateBody !== 'string' || !Array.isArray(input.Parameters)) return input;
  const template = parseTemplate(input.TemplateBody);
  const noEcho = (key: unknown) => !template.ok || template.value.Parameters[String(key)]?.NoEcho === true;
  return {
    ...input,
    Parameters: input.Parameters.map((p: unknown) => (isRecord(p) && p.ParameterValue !== undefined && noEcho(p.ParameterKey) ? { ...p, ParameterValue: NO_ECHO_MASK } : p)),
  };
}

const Tag = z.object({ Key: memberString(1, 127), Value: memberString(0, 255) });

/**
 * Starts a stack (CREATE_IN_PROGRESS) and returns its ID at once; its resources are then made step by step
 * in simulated time (settle-stacks.ts), as the service role's session or, without one, as the caller.
 */
export const createStack = defineOperation({
  service: 'cloudformation',
  name: 'CreateStack',
  action: 'cloudformation:CreateStack',
  access: 'write',
  input: z.object({
    StackName,
    TemplateBody: TemplateBody.optional(),
    TemplateURL: z.string().optional(),
    Parameters: z.array(z.object({ ParameterKey: z.string(), ParameterValue: z.string().optional(), UsePreviousValue: z.boolean().optional() })).optional(),
    Capabilities: z.array(memberEnum(['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'])).optional(),
    RoleARN: RoleARN.optional(),
    OnFailure: memberEnum(['DO_NOTHING', 'ROLLBACK', 'DELETE']).optional(),
    DisableRollback: z.boolean().optional(),
    TimeoutInMinutes: z.number().int().min(1).optional(),
    Tags: z.array(Tag).max(50, 'Member must have length less than or equal to 50').optional(),
  }),
  resource: (ctx, input) => `${stackArnPrefix(ctx, input.StackName)}*`,
  shownRequest: maskNoEchoParameters,
  context: (_ctx, input) => roleArnContext(input.RoleARN),
  additionalChecks: (_ctx, input) => (input.RoleARN ? [passRoleCheck(input.RoleARN)] : []),
  handler(world, input, ctx): HandlerResult<{ StackId: string }> {
    const fail = (code: string, message: string) => cfnError('CreateStack', code, message);
    if (input.TemplateBody === undefined) {
      return input.TemplateURL === undefined ? fail('ValidationError', 'Either Template URL or Template Body must be specified.')
        // Not simulated: there is no S3 endpoint to fetch from; say so plainly rather than pretend.
        : fail('ValidationError', 'TemplateURL is not simulated here: give the template itself (--template-body file://template.yaml).');
    }
    if (input.OnFailure !== undefined && input.DisableRollback !== undefined) {
      return fail('ValidationError', 'You cannot specify both OnFailure and DisableRollback.'); // (unconfirmed wording; the rule is [doc])
    }
    if (findStack(world, ctx, input.StackName)) return fail('AlreadyExistsException', `Stack [${input.StackName}] already exists`);
    const template = readTemplate('CreateStack', input.TemplateBody);
    if (isAwsError(template)) return template;
    const missing = missingCapabilityMessage(template, input.Capabilities ?? []);
    if (missing) return fail('InsufficientCapabilitiesException', missing);
    if (input.RoleARN && !cloudFormationCanAssume(world, input.RoleARN)) return roleInvalid('CreateStack', input.RoleARN);
    const stackId = `${stackArnPrefix(ctx, input.StackName)}${stableUuid(`stack:${ctx.accountId}:${ctx.region}:${input.StackName}:${ctx.now}:${world.revision}`)}`;
    const given = Object.fromEntries((input.Parameters ?? []).flatMap((p) => (p.ParameterValue === undefined ? [] : [[p.ParameterKey, p.ParameterValue]])));
    // DELETE (delete the stack after a failed create) is played as ROLLBACK: the resources go either way.
    const onFailure = input.DisableRollback || input.OnFailure === 'DO_NOTHING' ? 'DO_NOTHING' : 'ROLLBACK';
    const started = startStack({
      stackName: input.StackName, stackId, templateBody: input.TemplateBody, template, parameters: given, onFailure,
      ...(input.RoleARN ? { roleArn: input.RoleARN } : { caller: forwardedCaller(ctx.caller) }),
      capabilities: input.Capabilities ?? [], tags: input.Tags ?? [], now: ctx.now, accountId: ctx.accountId, region: ctx.region,
    });
    if (!started.ok) return fail(started.error.code, started.error.message);
    return { world: putStack(world, ctx, started.value), output: { StackId: stackId } };
  },
});
