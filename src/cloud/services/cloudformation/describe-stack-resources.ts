import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { stackResources, type StackResourceShape } from './stack-output';
import { requireStack, stackResource } from './stack-store';

/** The stack's resources with their physical IDs and statuses. */
export const describeStackResources = defineOperation({
  service: 'cloudformation',
  name: 'DescribeStackResources',
  action: 'cloudformation:DescribeStackResources',
  access: 'read',
  input: z.object({ StackName: z.string() }),
  resource: (ctx, input, world) => stackResource(ctx, input.StackName, world),
  handler(world, input, ctx): HandlerResult<{ StackResources: StackResourceShape[] }> {
    const stack = requireStack(world, ctx, 'DescribeStackResources', input.StackName);
    return isAwsError(stack) ? stack : { world, output: { StackResources: stackResources(stack) } };
  },
});
