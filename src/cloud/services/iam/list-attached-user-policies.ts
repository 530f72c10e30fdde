import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { policyNameFromArn } from '../../core/policy-lookup';
import { getAccount } from '../../core/world-update';
import { noSuchUser } from './iam-errors';
import { Pagination, PathPrefix, UserName } from './iam-inputs';
import { userResource } from './iam-resources';

export type AttachedPolicy = { PolicyName: string; PolicyArn: string };
export type ListAttachedUserPoliciesOutput = { AttachedPolicies: AttachedPolicy[]; IsTruncated: false };

/** The path part of a policy ARN ("arn:aws:iam::aws:policy/service-role/X" -> "/service-role/"). */
function policyPath(arn: string): string {
  const resource = arn.slice(arn.indexOf(':policy') + ':policy'.length);
  return resource.slice(0, resource.lastIndexOf('/') + 1);
}

export const listAttachedUserPolicies = defineOperation({
  service: 'iam',
  name: 'ListAttachedUserPolicies',
  action: 'iam:ListAttachedUserPolicies',
  access: 'read',
  input: z.object({ UserName, PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx, input, world) => userResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<ListAttachedUserPoliciesOutput> {
    const user = getAccount(world, ctx.accountId).iam.users[input.UserName];
    if (!user) return noSuchUser('ListAttachedUserPolicies', input.UserName);
    const prefix = input.PathPrefix ?? '/';
    const attached = user.attachedPolicyArns
      .filter((arn) => policyPath(arn).startsWith(prefix))
      .map((arn) => ({ PolicyName: policyNameFromArn(arn), PolicyArn: arn }));
    return { world, output: { AttachedPolicies: attached, IsTruncated: false } };
  },
});
