import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { ManagedPolicy } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { alreadyExists } from './iam-errors';
import { Path, PolicyDescription, PolicyDocument, PolicyName, Tags } from './iam-inputs';
import { nameTaken } from './iam-lookup';
import { customerPolicyArn } from './iam-resources';
import { checkManagedPolicy } from './policy-document';
import { customerPolicyOutput, type PolicyOutput } from './policy-output';
import { duplicateTagKeys } from './tags';
import { iamOperation } from './iam-operation';

export const createPolicy = defineOperation({
  ...iamOperation('CreatePolicy', 'write'),
  input: z.object({
    PolicyName, Path: Path.optional(), PolicyDocument, Description: PolicyDescription.optional(), Tags: Tags.optional(),
  }),
  resource: (ctx, input) => customerPolicyArn(ctx.accountId, input.Path ?? '/', input.PolicyName),
  handler(world, input, ctx): HandlerResult<{ Policy: PolicyOutput }> {
    const account = getAccount(world, ctx.accountId);
    const names = Object.fromEntries(Object.values(account.iam.policies).map((p) => [p.policyName, p]));
    if (nameTaken(names, input.PolicyName)) {
      return alreadyExists('CreatePolicy', `A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`);
    }
    const invalid = duplicateTagKeys('CreatePolicy', input.Tags) ?? checkManagedPolicy('CreatePolicy', input.PolicyDocument);
    if (invalid) return invalid;
    const { world: seeded, id } = nextId(world, 'policy');
    const path = input.Path ?? '/';
    const now = toIso(ctx.now);
    const policy: ManagedPolicy = {
      policyName: input.PolicyName, policyId: id, arn: customerPolicyArn(ctx.accountId, path, input.PolicyName), path,
      defaultVersionId: 'v1', versions: [{ versionId: 'v1', document: input.PolicyDocument, isDefault: true, createDate: now }],
      createDate: now, updateDate: now, nextVersionNumber: 2,
      ...(input.Description !== undefined && { description: input.Description }),
      ...(input.Tags !== undefined && { tags: input.Tags }),
    };
    const next = updateAccount(seeded, ctx.accountId, (draft) => { draft.iam.policies[policy.arn] = policy; });
    return { world: next, output: { Policy: customerPolicyOutput(account, policy) } };
  },
});
