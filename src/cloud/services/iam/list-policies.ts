import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { stableId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum } from '../../core/validation';
import type { Account } from '../../core/world';
import { getAccount } from '../../core/world-update';
import { listAwsManagedPolicies } from '../../catalog/managed-policies';
import { Pagination, PathPrefix } from './iam-inputs';
import type { PolicyOutput as SinglePolicyOutput } from './policy-output';
import { byName } from './role-output';

// The list shape is GetPolicy's, without Tags (ListPolicies does not return them).
export type PolicyOutput = Omit<SinglePolicyOutput, 'Tags'>;
export type ListPoliciesOutput = { Policies: PolicyOutput[]; IsTruncated: false };

function usage(account: Account): { attached: Map<string, number>; boundaries: Map<string, number> } {
  const attached = new Map<string, number>();
  const boundaries = new Map<string, number>();
  const bump = (map: Map<string, number>, arn: string) => map.set(arn, (map.get(arn) ?? 0) + 1);
  const { users, groups, roles } = account.iam;
  for (const e of [...Object.values(users), ...Object.values(groups), ...Object.values(roles)]) {
    e.attachedPolicyArns.forEach((arn) => bump(attached, arn));
  }
  Object.values(roles).forEach((r) => r.permissionsBoundaryArn && bump(boundaries, r.permissionsBoundaryArn));
  return { attached, boundaries };
}

export const listPolicies = defineOperation({
  service: 'iam',
  name: 'ListPolicies',
  action: 'iam:ListPolicies',
  access: 'read',
  input: z.object({
    Scope: memberEnum(['All', 'AWS', 'Local']).default('All'),
    OnlyAttached: z.boolean().default(false),
    PathPrefix: PathPrefix.optional(),
    ...Pagination,
  }),
  resource: (ctx) => iamArn(ctx.accountId, 'policy', '/'),
  handler(world, input, ctx): HandlerResult<ListPoliciesOutput> {
    const account = getAccount(world, ctx.accountId);
    const { attached, boundaries } = usage(account);
    const row = (p: Omit<PolicyOutput, 'AttachmentCount' | 'PermissionsBoundaryUsageCount' | 'IsAttachable'>) => ({
      ...p,
      AttachmentCount: attached.get(p.Arn) ?? 0,
      PermissionsBoundaryUsageCount: boundaries.get(p.Arn) ?? 0,
      IsAttachable: true,
    });
    // The whole catalogue index (about 1,600 policies): the caller loads it first (preloadManagedPolicies).
    const aws = input.Scope === 'Local' ? [] : listAwsManagedPolicies().map((p) => row({
      PolicyName: p.policyName, PolicyId: stableId('policy', p.arn), Arn: p.arn, Path: p.path,
      DefaultVersionId: p.defaultVersionId, CreateDate: p.createDate, UpdateDate: p.updateDate,
      ...(p.description && { Description: p.description.en }),
    }));
    const local = input.Scope === 'AWS' ? [] : Object.values(account.iam.policies).map((p) => row({
      PolicyName: p.policyName, PolicyId: p.policyId, Arn: p.arn, Path: p.path,
      DefaultVersionId: p.defaultVersionId, CreateDate: p.createDate, UpdateDate: p.updateDate,
      ...(p.description !== undefined && { Description: p.description }),
    }));
    const prefix = input.PathPrefix ?? '/';
    const policies = [...aws, ...local]
      .filter((p) => p.Path.startsWith(prefix) && (!input.OnlyAttached || p.AttachmentCount > 0))
      .sort(byName((p) => p.PolicyName));
    return { world, output: { Policies: policies, IsTruncated: false } };
  },
});
