import { awsManagedPolicyArn } from '../core/arn';
import type { World } from '../core/world';
import { updateAccount } from '../core/world-update';
import { DEFAULT_ACCOUNT_ID as ACCOUNT, DEFAULT_REGION as REGION } from './build';
import { createDefaultWorld } from './default';
import { largeEventHistory, type Pools } from './large-events';
import { largeIam } from './large-iam';
import { seededRandom } from './large-names';
import { largeBuckets, largeFleet } from './large-resources';

export const LARGE = { roles: 5000, instances: 2000, buckets: 500, events: 10_000, eventDays: 30 } as const;

/**
 * The default world grown to a big company's size, to keep the console fast where it matters:
 * 5,000 roles (EC2 with instance profiles, Lambda, ECS, cross-account, IAM Identity Center, GitHub OIDC),
 * 2,000 instances (about two in three with an instance profile), 500 buckets in several Regions and
 * 10,000 management events over the last 30 days; student may also read S3 and CloudTrail, so every
 * list shows. Seeded: every call builds the identical world.
 */
export function createLargeWorld(): World {
  const random = seededRandom(20_260_115);
  const iam = largeIam(createDefaultWorld(), LARGE.roles, random);
  const fleet = largeFleet(iam.world, LARGE.instances, iam.profiles, random);
  const buckets = largeBuckets(fleet.world, LARGE.buckets, random);
  // One account update for all of them: adding them one at a time would copy the account 8,000 times.
  const world = updateAccount(fleet.world, ACCOUNT, (a) => {
    // The learner may also read S3 and the event history, so every big list shows.
    a.iam.users.student!.attachedPolicyArns.push(awsManagedPolicyArn('AmazonS3ReadOnlyAccess'), awsManagedPolicyArn('AWSCloudTrail_ReadOnlyAccess'));
    for (const role of iam.roles) a.iam.roles[role.roleName] = role;
    for (const profile of iam.profiles) a.iam.instanceProfiles[profile.name] = profile;
    for (const instance of fleet.instances) a.regions[REGION]!.ec2.instances[instance.instanceId] = instance;
    for (const bucket of buckets) a.s3.buckets[bucket.name] = bucket;
  });
  const pools: Pools = {
    roles: iam.roles,
    instances: fleet.instances,
    buckets: buckets.map((b) => b.name),
    sso: iam.roles.filter((r) => r.roleName.startsWith('AWSReservedSSO_')),
    ci: iam.roles.filter((r) => r.roleName.startsWith('github-actions-')),
    ec2: iam.profiles.map((p) => iam.roles.find((r) => r.roleName === p.roleName)!),
  };
  return { ...world, events: largeEventHistory(world, pools, LARGE.events, LARGE.eventDays, random) };
}
