import { getAwsManagedPolicy } from '../../catalog/managed-policies';
import type { AwsError } from '../../core/aws-error';
import { stableId } from '../../core/ids';
import type { Account, ManagedPolicy, PolicyVersion, Tag, World } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchPolicy } from './iam-errors';

/** A managed policy as GetPolicy and CreatePolicy return it. */
export type PolicyOutput = {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: string;
  UpdateDate: string;
  Tags?: Tag[];
};

export type PolicyVersionOutput = { Document?: string; VersionId: string; IsDefaultVersion: boolean; CreateDate: string };

/** How many users, groups and roles have the policy attached, and how many roles use it as their boundary. */
export function policyUsage(account: Account, arn: string): { attachments: number; boundaries: number } {
  const { users, groups, roles } = account.iam;
  const entities = [...Object.values(users), ...Object.values(groups), ...Object.values(roles)];
  return {
    attachments: entities.filter((e) => e.attachedPolicyArns.includes(arn)).length,
    boundaries: Object.values(roles).filter((r) => r.permissionsBoundaryArn === arn).length,
  };
}

function withUsage(account: Account, arn: string) {
  const { attachments, boundaries } = policyUsage(account, arn);
  return { AttachmentCount: attachments, PermissionsBoundaryUsageCount: boundaries, IsAttachable: true };
}

export function customerPolicyOutput(account: Account, p: ManagedPolicy): PolicyOutput {
  return {
    PolicyName: p.policyName, PolicyId: p.policyId, Arn: p.arn, Path: p.path, DefaultVersionId: p.defaultVersionId,
    ...withUsage(account, p.arn),
    ...(p.description !== undefined && { Description: p.description }),
    CreateDate: p.createDate, UpdateDate: p.updateDate,
    ...(p.tags && p.tags.length > 0 && { Tags: p.tags }),
  };
}

/** An AWS managed policy from the catalogue (its documents must be loaded), or undefined. */
export function awsPolicyOutput(account: Account, arn: string): PolicyOutput | undefined {
  const p = getAwsManagedPolicy(arn);
  if (!p) return undefined;
  return {
    PolicyName: p.policyName, PolicyId: stableId('policy', p.arn), Arn: p.arn, Path: p.path,
    DefaultVersionId: p.defaultVersionId, ...withUsage(account, p.arn),
    ...(p.description && { Description: p.description.en }),
    CreateDate: p.createDate, UpdateDate: p.updateDate,
  };
}

export function versionOutput(v: PolicyVersion, withDocument: boolean): PolicyVersionOutput {
  return { ...(withDocument && { Document: v.document }), VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createDate };
}

/**
 * A customer managed policy of the request's account, or NoSuchEntity. AWS managed policies are not
 * in the account, so changing one (CreatePolicyVersion, DeletePolicy, ...) is NoSuchEntity too. (unconfirmed)
 */
export function requestPolicy(world: World, accountId: string, operation: string, arn: string): ManagedPolicy | AwsError {
  return getAccount(world, accountId).iam.policies[arn] ?? noSuchPolicy(operation, arn);
}

export function changePolicy(world: World, accountId: string, arn: string, recipe: (p: ManagedPolicy) => void): World {
  return updateAccount(world, accountId, (draft) => {
    const policy = draft.iam.policies[arn];
    if (policy) recipe(policy);
  });
}

/** 7 for "v7". */
export function versionNumber(versionId: string): number {
  return Number.parseInt(versionId.slice(1), 10) || 0;
}
