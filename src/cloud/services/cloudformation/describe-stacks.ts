import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { describeStack, type StackDescription } from './stack-output';
import { regionStacks, requireStack, stackResource } from './stack-store';

/** One stack by name or ID, or every stack that is not deleted, newest first. */
export const describeStacks = defineOperation({
  service: 'cloudformation',
  name: 'DescribeStacks',
  action: 'cloudformation:DescribeStacks',
  access: 'read',
  input: z.object({ StackName: z.string().optional(), NextToken: z.string().optional() }),
  resource: (ctx, input, world) => stackResource(ctx, input.StackName, world),
  handler(world, input, ctx): HandlerResult<{ Stacks: StackDescription[] }> {
    if (input.StackName !== undefined) {
      const stack = requireStack(world, ctx, 'DescribeStacks', input.StackName);
      return isAwsError(stack) ? stack : { world, output: { Stacks: [describeStack(stack)] } };
    }
    const live = Object.values(regionStacks(world, ctx)).filter((s) => s.status !== 'DELETE_COMPLETE')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { world, output: { Stacks: live.map(describeStack) } };
  },
});
