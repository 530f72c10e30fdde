import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, PathPrefix } from './iam-inputs';
import { instanceProfileOutput, type InstanceProfileOutput } from './instance-profile-output';
import { underPath } from './role-output';
import { iamOperation } from './iam-operation';

export type ListInstanceProfilesOutput = { InstanceProfiles: InstanceProfileOutput[]; IsTruncated: false };

export const listInstanceProfiles = defineOperation({
  ...iamOperation('ListInstanceProfiles', 'read'),
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'instance-profile', '/'),
  handler(world, input, ctx): HandlerResult<ListInstanceProfilesOutput> {
    const account = getAccount(world, ctx.accountId);
    const profiles = underPath(account.iam.instanceProfiles, input.PathPrefix, (p) => p.name);
    return { world, output: { InstanceProfiles: profiles.map((p) => instanceProfileOutput(account, p)), IsTruncated: false } };
  },
});
