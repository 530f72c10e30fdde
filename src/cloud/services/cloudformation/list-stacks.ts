import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { stackSummary, type StackSummary } from './stack-output';
import { regionStacks } from './stack-store';

/** Every stack of the region, deleted ones too (kept 90 days in AWS), newest first; optionally by status. */
export const listStacks = defineOperation({
  service: 'cloudformation',
  name: 'ListStacks',
  action: 'cloudformation:ListStacks',
  access: 'read',
  input: z.object({ StackStatusFilter: z.array(z.string()).optional(), NextToken: z.string().optional() }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<{ StackSummaries: StackSummary[] }> {
    const filter = input.StackStatusFilter;
    const stacks = Object.values(regionStacks(world, ctx)).filter((s) => !filter?.length || filter.includes(s.status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { world, output: { StackSummaries: stacks.map(stackSummary) } };
  },
});
