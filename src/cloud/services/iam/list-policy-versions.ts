import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchPolicy } from './iam-errors';
import { Pagination, PolicyArn } from './iam-inputs';
import { knownVersions } from './get-policy-version';
import { versionNumber, versionOutput, type PolicyVersionOutput } from './policy-output';
import { iamOperation } from './iam-operation';

export const listPolicyVersions = defineOperation({
  ...iamOperation('ListPolicyVersions', 'read'),
  input: z.object({ PolicyArn, ...Pagination }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<{ Versions: PolicyVersionOutput[]; IsTruncated: false }> {
    const versions = knownVersions(getAccount(world, ctx.accountId).iam.policies, input.PolicyArn);
    if (!versions) return noSuchPolicy('ListPolicyVersions', input.PolicyArn);
    // Newest first; without the documents.
    const sorted = [...versions].sort((a, b) => versionNumber(b.versionId) - versionNumber(a.versionId));
    return { world, output: { Versions: sorted.map((v) => versionOutput(v, false)), IsTruncated: false } };
  },
});
