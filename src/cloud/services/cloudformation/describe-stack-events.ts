import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { stackEvents, type StackEventShape } from './stack-output';
import { requireStack, stackResource } from './stack-store';

/** The stack's events, newest first. A deleted stack is found by its ID only [doc]. */
export const describeStackEvents = defineOperation({
  service: 'cloudformation',
  name: 'DescribeStackEvents',
  action: 'cloudformation:DescribeStackEvents',
  access: 'read',
  input: z.object({ StackName: z.string(), NextToken: z.string().optional() }),
  resource: (ctx, input, world) => stackResource(ctx, input.StackName, world),
  handler(world, input, ctx): HandlerResult<{ StackEvents: StackEventShape[] }> {
    const stack = requireStack(world, ctx, 'DescribeStackEvents', input.StackName);
    return isAwsError(stack) ? stack : { world, output: { StackEvents: stackEvents(stack) } };
  },
});
