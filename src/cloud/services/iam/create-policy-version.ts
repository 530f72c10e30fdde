import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { PolicyVersion } from '../../core/world';
import { limitExceeded } from './iam-errors';
import { PolicyArn, PolicyDocument } from './iam-inputs';
import { checkManagedPolicy } from './policy-document';
import { changePolicy, requestPolicy, versionNumber, versionOutput, type PolicyVersionOutput } from './policy-output';
import { iamOperation } from './iam-operation';

/** Versions kept per customer managed policy (facts §3.3). */
export const MAX_POLICY_VERSIONS = 5;

export const createPolicyVersion = defineOperation({
  ...iamOperation('CreatePolicyVersion', 'write'),
  input: z.object({ PolicyArn, PolicyDocument, SetAsDefault: z.boolean().default(false) }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<{ PolicyVersion: PolicyVersionOutput }> {
    const policy = requestPolicy(world, ctx.accountId, 'CreatePolicyVersion', input.PolicyArn);
    if (isAwsError(policy)) return policy;
    if (policy.versions.length >= MAX_POLICY_VERSIONS) {
      return limitExceeded('CreatePolicyVersion', 'A managed policy can have up to 5 versions. '
        + 'Before you create a new version, you must delete an existing version.');
    }
    const invalid = checkManagedPolicy('CreatePolicyVersion', input.PolicyDocument);
    if (invalid) return invalid;
    // Version ids are never reused (v1, v3, v5, v6, ...).
    const number = policy.nextVersionNumber ?? Math.max(0, ...policy.versions.map((v) => versionNumber(v.versionId))) + 1;
    const now = toIso(ctx.now);
    const version: PolicyVersion = { versionId: `v${number}`, document: input.PolicyDocument, isDefault: input.SetAsDefault, createDate: now };
    const next = changePolicy(world, ctx.accountId, policy.arn, (p) => {
      if (version.isDefault) {
        p.versions.forEach((v) => { v.isDefault = false; });
        p.defaultVersionId = version.versionId;
        p.updateDate = now;
      }
      p.versions.push(version);
      p.nextVersionNumber = number + 1;
    });
    return { world: next, output: { PolicyVersion: versionOutput(version, false) } };
  },
});
