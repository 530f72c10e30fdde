import { z } from 'zod';
import subset from './aws-managed-policies.subset.json';

// A first cut: a few AWS managed policies extracted by scripts/extract-managed-policies.mjs.
// The full generated catalogue (loaded lazily per service) replaces this later.
const AwsManagedPolicySchema = z.object({
  policyName: z.string(),
  arn: z.string(),
  path: z.string(),
  defaultVersionId: z.string(),
  document: z.string(), // compact JSON text of the default version
  createDate: z.string(),
  updateDate: z.string(),
});
export type AwsManagedPolicy = z.infer<typeof AwsManagedPolicySchema>;

const all: readonly AwsManagedPolicy[] = z.array(AwsManagedPolicySchema).parse(subset);
const byArn = new Map(all.map((p) => [p.arn, p]));

export function getAwsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return byArn.get(arn);
}

export function listAwsManagedPolicies(): readonly AwsManagedPolicy[] {
  return all;
}

/** True for ARNs in the AWS-owned namespace (arn:aws:iam::aws:policy/...), known to the catalog or not. */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return arn.startsWith('arn:aws:iam::aws:policy/');
}
