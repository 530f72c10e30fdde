import { loadTemplateYaml } from '../cloudformation/template/yaml-loader';
import { loadPasswordHashing } from '../core/password-hash';
import { preloadManagedPolicies } from '../core/policy-lookup';
import type { World } from '../core/world';

const MANAGED_POLICY_ARN = /arn:aws:iam::aws:policy\/[\w+=,.@/-]+/g;

/**
 * dispatch is synchronous and reads AWS managed policy documents that must already be loaded. The view
 * awaits this before runLine: the documents of every managed policy in the world, any the line names,
 * the policy index when the line lists policies, and password hashing when it sets or checks a password.
 */
export async function preloadForLine(world: World, line: string): Promise<void> {
  const named = line.match(MANAGED_POLICY_ARN) ?? [];
  await Promise.all([
    preloadManagedPolicies(world, /\blist-policies\b/.test(line) ? 'iam:ListPolicies' : 'cli', named),
    /password|login-profile/.test(line) ? loadPasswordHashing() : undefined,
    /\bcloudformation\b/.test(line) ? loadTemplateYaml() : undefined,
  ]);
}
