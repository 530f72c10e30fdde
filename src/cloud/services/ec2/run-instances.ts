import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId, stableHex, stableId } from '../../core/ids';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import type { Instance, World } from '../../core/world';
import { ec2Error, instanceArn, putInstances } from './ec2-lookup';
import { instanceOutput, type InstanceOutput } from './instance-output';
import { entering } from './instance-state';
import { IMAGES, type Image } from './images';
import { findProfile, IamInstanceProfileSpec, passRoleChecks, profileNotFound, withProfile } from './profile-association';

export type RunInstancesOutput = { ReservationId: string; OwnerId: string; Groups: []; Instances: InstanceOutput[] };

const Count = z.number({ error: 'Member must be a number' }).int().min(1).max(20).default(1);
const input = z.object({
  ImageId: z.string({ error: 'Member must not be null' }),
  InstanceType: z.string().default('m1.small'),
  MinCount: Count,
  MaxCount: Count,
  KeyName: z.string().optional(),
  IamInstanceProfile: IamInstanceProfileSpec.optional(),
  TagSpecifications: z.array(z.object({ ResourceType: z.string(), Tags: z.array(z.object({ Key: z.string(), Value: z.string() })) })).optional(),
  Placement: z.object({ AvailabilityZone: z.string().optional() }).optional(),
});
type Input = z.output<typeof input>;

const byte = (text: string, i: number) => Number.parseInt(stableHex(`${text}/${i}`, 2), 16);

function launch(world: World, ctx: OperationContext, req: Input, image: Image): { world: World; instance: Instance } {
  const made = nextId(world, 'instance');
  const group = nextId(made.world, 'security-group');
  const id = made.id;
  const tags = (req.TagSpecifications ?? []).filter((t) => t.ResourceType === 'instance').flatMap((t) => t.Tags);
  const instance: Instance = {
    instanceId: id, name: tags.find((t) => t.Key === 'Name')?.Value ?? '', imageId: image.ImageId, amiName: image.Name,
    platform: image.platform, instanceType: req.InstanceType, state: 'pending', launchTime: toIso(ctx.now),
    availabilityZone: req.Placement?.AvailabilityZone ?? `${ctx.region}a`,
    privateIp: `172.31.${byte(id, 1) % 64}.${1 + (byte(id, 2) % 250)}`,
    publicIp: `3.${34 + (byte(id, 3) % 4)}.${byte(id, 4)}.${1 + (byte(id, 5) % 250)}`,
    ...(req.KeyName !== undefined && { keyName: req.KeyName }),
    securityGroups: [{ groupId: group.id, groupName: 'default' }], tags,
  };
  return { world: group.world, instance: entering(instance, 'pending', ctx.now) };
}

/** Launch instances: pending, then running after a few simulated seconds; a profile's role needs iam:PassRole. */
export const runInstances = defineOperation({
  service: 'ec2',
  name: 'RunInstances',
  action: 'ec2:RunInstances',
  access: 'write',
  input,
  resource: (ctx) => instanceArn(ctx, '*'),
  additionalChecks: (ctx, req, world) => passRoleChecks(world, ctx, req.IamInstanceProfile),
  handler(world, req, ctx): HandlerResult<RunInstancesOutput> {
    const fail = (code: string, message: string) => ec2Error('RunInstances', code, message);
    if (!/^ami-[0-9a-f]{8,17}$/.test(req.ImageId)) return fail('InvalidAMIID.Malformed', `Invalid id: "${req.ImageId}" (expecting "ami-...")`);
    const image = IMAGES.find((i) => i.ImageId === req.ImageId);
    if (!image) return fail('InvalidAMIID.NotFound', `The image id '[${req.ImageId}]' does not exist`);
    if (!/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(req.InstanceType)) return fail('InvalidParameterValue', `Invalid value '${req.InstanceType}' for InstanceType.`);
    if (req.MinCount > req.MaxCount) return fail('InvalidParameterValue', 'MinCount must be less than or equal to MaxCount'); // (unconfirmed)
    const keys = world.accounts[ctx.accountId]?.regions[ctx.region]?.ec2.keyPairs ?? {};
    if (req.KeyName !== undefined && !keys[req.KeyName]) return fail('InvalidKeyPair.NotFound', `The key pair '${req.KeyName}' does not exist`);
    const profile = req.IamInstanceProfile && findProfile(world, ctx, req.IamInstanceProfile);
    if (req.IamInstanceProfile && !profile) return profileNotFound('RunInstances', req.IamInstanceProfile);
    let w = world;
    const launched: Instance[] = [];
    for (let n = 0; n < req.MaxCount; n++) {
      const made = launch(w, ctx, req, image);
      w = putInstances(made.world, ctx, [made.instance]);
      const withRole = profile ? withProfile(w, ctx, made.instance, profile) : { world: w, instance: made.instance };
      w = withRole.world;
      launched.push(withRole.instance);
    }
    const account = w.accounts[ctx.accountId]!;
    return {
      world: w,
      output: {
        ReservationId: stableId('reservation', launched[0]!.instanceId), OwnerId: ctx.accountId, Groups: [],
        Instances: launched.map((i) => instanceOutput(account, i)),
      },
    };
  },
});
