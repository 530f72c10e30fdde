import type { AssumedRoleCaller } from '../../core/caller';
import type { World } from '../../core/world';
import { evaluate } from '../../policy/evaluate';
import { settled } from './instance-state';

const HOUR = 3_600_000;
/** Instance credentials last 6 hours and rotate every hour, well before they expire (facts §6.4). */
const LIFETIME = 6 * HOUR;

/**
 * The caller that software on an instance runs as through its instance profile (IMDS): a session of
 * the profile's role named after the instance (facts §7.3), when the instance is running, has a
 * profile with a role, and the role's trust policy lets ec2.amazonaws.com assume it. Else undefined.
 */
export function instanceRoleCaller(world: World, accountId: string, region: string, instanceId: string): AssumedRoleCaller | undefined {
  const account = world.accounts[accountId];
  const stored = account?.regions[region]?.ec2.instances[instanceId];
  const instance = stored && settled(stored, world.clock.now);
  const association = instance?.iamInstanceProfileAssociation;
  if (!account || !instance || instance.state !== 'running' || !association) return undefined;
  const profile = Object.values(account.iam.instanceProfiles).find((p) => p.arn === instance.iamInstanceProfileArn);
  const role = profile?.roleName !== undefined ? account.iam.roles[profile.roleName] : undefined;
  if (!role) return undefined;
  const trusted = evaluate({
    principal: { arn: 'ec2.amazonaws.com', accountId: '', type: 'service' },
    action: 'sts:AssumeRole', resource: role.arn, resourceAccount: accountId, context: {},
  }, { identity: [], resourcePolicies: [{ name: 'Trust policy', document: role.assumeRolePolicyDocument, kind: 'role-trust' }] });
  if (trusted.decision !== 'Allowed') return undefined;
  const issuedAt = Math.max(association.associatedAt, Math.floor(world.clock.now / HOUR) * HOUR);
  return {
    type: 'assumed-role', accountId, roleName: role.roleName, sessionName: instanceId, issuedAt, expiresAt: issuedAt + LIFETIME,
  };
}
