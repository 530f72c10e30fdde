import { getAwsManagedPolicy, isAwsManagedPolicyArn, loadAwsManagedPolicies, loadAwsManagedPolicyIndex } from '../catalog/managed-policies';
import type { Account, World } from './world';

export type ResolvedManagedPolicy = { policyName: string; arn: string; policyText: string };

/**
 * A managed policy by ARN with its default version's text: AWS managed from the catalogue, else the
 * account's own. AWS managed documents load lazily: run preloadManagedPolicies before dispatch.
 */
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

/** Every AWS managed policy ARN the world uses: attached to users, groups and roles, or as a permissions boundary. */
export function awsManagedPolicyArnsInWorld(world: World): string[] {
  return [...new Set(Object.values(world.accounts).flatMap(awsManagedPolicyArnsInAccount))];
}

// Per account object: every console request asks, and a big account holds thousands of roles. Accounts
// are never changed in place, so an account seen before uses the same policies.
const arnsByAccount = new WeakMap<Account, string[]>();

function awsManagedPolicyArnsInAccount(account: Account): string[] {
  let found = arnsByAccount.get(account);
  if (found) return found;
  const arns = new Set<string>();
  const { users, groups, roles } = account.iam;
  for (const e of [...Object.values(users), ...Object.values(groups), ...Object.values(roles)]) {
    e.attachedPolicyArns.forEach((arn) => arns.add(arn));
    const boundary = (e as { permissionsBoundaryArn?: string }).permissionsBoundaryArn;
    if (boundary) arns.add(boundary);
  }
  arnsByAccount.set(account, (found = [...arns].filter(isAwsManagedPolicyArn)));
  return found;
}

// Operations whose handler reads the whole AWS managed policy index.
const NEEDS_INDEX = new Set(['iam:ListPolicies']);

/**
 * Loads the catalogue data a synchronous dispatch of `operation` can read: the documents of every AWS
 * managed policy in the world and of any named in the input (PolicyArn, PermissionsBoundary, ...), and
 * the index when the operation lists policies. Cheap when already loaded.
 */
export async function preloadManagedPolicies(world: World, operation: string, input: unknown): Promise<void> {
  const arns = [...awsManagedPolicyArnsInWorld(world), ...arnsIn(input)];
  await Promise.all([loadAwsManagedPolicies(arns), NEEDS_INDEX.has(operation) ? loadAwsManagedPolicyIndex() : undefined]);
}

function arnsIn(input: unknown): string[] {
  if (typeof input === 'string') return isAwsManagedPolicyArn(input) ? [input] : [];
  if (Array.isArray(input)) return input.flatMap(arnsIn);
  if (input && typeof input === 'object') return Object.values(input).flatMap(arnsIn);
  return [];
}
