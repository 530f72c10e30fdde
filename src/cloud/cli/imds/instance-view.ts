import type { AssumedRoleCaller } from '../../core/caller';
import type { Instance, World } from '../../core/world';
import { instanceRoleCaller } from '../../services/ec2/instance-role';
import { settled } from '../../services/ec2/instance-state';

/** What an instance knows about itself: its own record and the instance profile EC2 associated with it. */
export type InstanceView = {
  instance: Instance;
  accountId: string;
  region: string;
  profile?: { arn: string; id: string; roleName?: string };
  /** The role session EC2 holds for the instance (undefined when there is no role or EC2 may not assume it). */
  session?: AssumedRoleCaller;
};

/**
 * THE one place the terminal reads the world directly, and why it may: instance metadata is not an AWS
 * API call made by a caller, it is the instance's view of itself that EC2 serves on the link-local
 * address (its id, placement, and the role association EC2 itself keeps). No policy decides it, so it
 * cannot go through dispatch. The credentials it hands out are the instance's role session
 * (instanceRoleCaller); every AWS call made with them goes through dispatch like any other.
 */
export function instanceView(world: World, accountId: string, region: string, instanceId: string): InstanceView | undefined {
  const account = world.accounts[accountId];
  const stored = account?.regions[region]?.ec2.instances[instanceId];
  if (!account || !stored) return undefined;
  const instance = settled(stored, world.clock.now);
  const arn = instance.iamInstanceProfileArn;
  const profile = arn === undefined ? undefined : Object.values(account.iam.instanceProfiles).find((p) => p.arn === arn);
  const session = instanceRoleCaller(world, accountId, region, instanceId);
  return {
    instance, accountId, region,
    ...(arn !== undefined && {
      profile: { arn, id: profile?.id ?? '', ...(profile?.roleName !== undefined && { roleName: profile.roleName }) },
    }),
    ...(session && { session }),
  };
}
