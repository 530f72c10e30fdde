import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { groupOutput, type GroupOutput } from './group-output';
import { Pagination, PathPrefix } from './iam-inputs';
import { underPath } from './role-output';
import { iamOperation } from './iam-operation';

export type ListGroupsOutput = { Groups: GroupOutput[]; IsTruncated: false };

export const listGroups = defineOperation({
  ...iamOperation('ListGroups', 'read'),
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'group', '/'),
  handler(world, input, ctx): HandlerResult<ListGroupsOutput> {
    const groups = underPath(getAccount(world, ctx.accountId).iam.groups, input.PathPrefix, (g) => g.groupName);
    return { world, output: { Groups: groups.map(groupOutput), IsTruncated: false } };
  },
});
