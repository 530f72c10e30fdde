import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { startDelete } from '../../cloudformation/stacks/start-stack';
import { RoleARN, StackName } from './create-stack';
import { cloudFormationCanAssume, forwardedCaller, passRoleCheck, roleArnContext, roleInvalid } from './stack-caller';
import { findStack, putStack, stackResource } from './stack-store';

/**
 * Starts deleting a stack and returns at once. A stack with a service role deletes as that role (a role
 * given here replaces it); one without deletes as whoever asks. An unknown stack is no error (believed).
 */
export const deleteStack = defineOperation({
  service: 'cloudformation',
  name: 'DeleteStack',
  action: 'cloudformation:DeleteStack',
  access: 'write',
  input: z.object({ StackName, RoleARN: RoleARN.optional() }),
  resource: (ctx, input, world) => stackResource(ctx, input.StackName, world),
  context: (_ctx, input) => roleArnContext(input.RoleARN),
  additionalChecks: (_ctx, input) => (input.RoleARN ? [passRoleCheck(input.RoleARN)] : []),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const stack = findStack(world, ctx, input.StackName);
    if (!stack || stack.status === 'DELETE_COMPLETE' || stack.status === 'DELETE_IN_PROGRESS') return { world, output: {} };
    const roleArn = input.RoleARN ?? stack.roleArn;
    if (roleArn && !cloudFormationCanAssume(world, roleArn)) return roleInvalid('DeleteStack', roleArn);
    const actor = roleArn ? { roleArn } : { caller: forwardedCaller(ctx.caller) };
    return { world: putStack(world, ctx, startDelete({ ...stack, ...actor }, ctx.now)), output: {} };
  },
});
