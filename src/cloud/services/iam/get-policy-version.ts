import { z } from 'zod';
import { getAwsManagedPolicy } from '../../catalog/managed-policies';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { PolicyVersion } from '../../core/world';
import { getAccount } from '../../core/world-update';
import { noSuchPolicyVersion } from './iam-errors';
import { PolicyArn, VersionId } from './iam-inputs';
import { urlEncodedDocument } from './policy-document';
import { versionOutput, type PolicyVersionOutput } from './policy-output';
import { iamOperation } from './iam-operation';

/** The versions known for a policy: a customer policy's own, or an AWS managed policy's default (the catalogue has no others). */
export function knownVersions(policies: Record<string, { versions: PolicyVersion[] } | undefined>, arn: string): PolicyVersion[] | undefined {
  const own = policies[arn];
  if (own) return own.versions;
  const aws = getAwsManagedPolicy(arn);
  return aws && [{ versionId: aws.defaultVersionId, document: aws.document, isDefault: true, createDate: aws.updateDate }];
}

export const getPolicyVersion = defineOperation({
  ...iamOperation('GetPolicyVersion', 'read'),
  input: z.object({ PolicyArn, VersionId }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<{ PolicyVersion: PolicyVersionOutput }> {
    const versions = knownVersions(getAccount(world, ctx.accountId).iam.policies, input.PolicyArn);
    const version = versions?.find((v) => v.versionId === input.VersionId);
    if (!version) return noSuchPolicyVersion('GetPolicyVersion', input.PolicyArn, input.VersionId);
    // IAM returns the document URL-encoded, as for GetRolePolicy.
    return { world, output: { PolicyVersion: versionOutput({ ...version, document: urlEncodedDocument(version.document) }, true) } };
  },
});
