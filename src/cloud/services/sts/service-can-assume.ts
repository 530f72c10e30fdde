import type { World } from '../../core/world';
import { evaluate } from '../../policy/evaluate';
import { roleByArn } from './assume-role';

/** True when the role exists and its trust policy lets `service` (lambda.amazonaws.com, ...) assume it. */
export function serviceCanAssume(world: World, roleArn: string, service: string): boolean {
  const found = roleByArn(world, roleArn);
  if (!found) return false;
  return evaluate({
    principal: { arn: service, accountId: '', type: 'service' },
    action: 'sts:AssumeRole', resource: found.role.arn, resourceAccount: found.accountId, context: {},
  }, { identity: [], resourcePolicies: [{ name: 'Trust policy', document: found.role.assumeRolePolicyDocument, kind: 'role-trust' }] })
    .decision === 'Allowed';
}
