import { getAwsManagedPolicy } from '../catalog/managed-policies';
import type { Account } from './world';

export type ResolvedManagedPolicy = { policyName: string; arn: string; policyText: string };

/** A managed policy by ARN with its default version's text: AWS managed from the catalog, else the account's own. */
export function resolveManagedPolicy(account: Account, arn: string): ResolvedManagedPolicy | undefined {
  const aws = getAwsManagedPolicy(arn);
  if (aws) return { policyName: aws.policyName, arn, policyText: aws.document };
  const own = account.iam.policies[arn];
  const version = own?.versions.find((v) => v.versionId === own.defaultVersionId);
  return own && version ? { policyName: own.policyName, arn, policyText: version.document } : undefined;
}

/** The policy name from a policy ARN ("arn:aws:iam::aws:policy/service-role/X" -> "X"). */
export function policyNameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
