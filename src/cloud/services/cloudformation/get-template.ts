import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { requireStack, stackResource } from './stack-store';

/** The template as it was given (the console's "View original template"). */
export const getTemplate = defineOperation({
  service: 'cloudformation',
  name: 'GetTemplate',
  action: 'cloudformation:GetTemplate',
  access: 'read',
  input: z.object({ StackName: z.string(), TemplateStage: z.enum(['Original', 'Processed']).optional() }),
  resource: (ctx, input, world) => stackResource(ctx, input.StackName, world),
  handler(world, input, ctx): HandlerResult<{ TemplateBody: string; StagesAvailable: string[] }> {
    const stack = requireStack(world, ctx, 'GetTemplate', input.StackName);
    return isAwsError(stack) ? stack : { world, output: { TemplateBody: stack.templateBody, StagesAvailable: ['Original', 'Processed'] } };
  },
});
