import { nextId } from '../core/ids';
import type { Bucket, Instance, InstanceProfile, World } from '../core/world';
import { IMAGES } from '../services/ec2/images';
import { DEFAULT_ACCOUNT_ID as ACCOUNT } from './build';
import { APPS, BUCKET_PURPOSES, BUCKET_REGIONS, daysBefore, ENVS, INSTANCE_TYPES, TEAMS, ZONES, type Random } from './large-names';

const SUBNETS: Record<string, number> = { 'ap-northeast-2a': 0, 'ap-northeast-2b': 16, 'ap-northeast-2c': 32 };

/**
 * `count` instances in the console's default Region, most running; about two in three carry one of the
 * EC2 roles' instance profiles (the rest none, as many real fleets), so the IAM role column is mixed.
 * Returns them and the world with its id seed moved past them.
 */
export function largeFleet(world: World, count: number, profiles: readonly InstanceProfile[], random: Random): { world: World; instances: Instance[] } {
  let w = world;
  const created: Instance[] = [];
  const byName = new Map(profiles.map((p) => [p.name, p]));
  for (let index = 0; index < count; index++) {
    const instance = nextId(w, 'instance');
    const group = nextId(instance.world, 'security-group');
    w = group.world;
    const team = random.pick(TEAMS), app = random.pick(APPS), env = random.pick(ENVS);
    const name = `${team}-${app}-${env}-${String(index % 100).padStart(2, '0')}`;
    const image = random.pick(IMAGES);
    const zone = random.pick(ZONES);
    const launchTime = daysBefore(w.clock.now, random.int(400), random);
    const running = random.chance(0.78);
    let record: Instance = {
      instanceId: instance.id, name, imageId: image.ImageId, amiName: image.Name, platform: image.platform,
      instanceType: random.pick(INSTANCE_TYPES), state: running ? 'running' : 'stopped', launchTime, availabilityZone: zone,
      privateIp: `10.0.${SUBNETS[zone]! + random.int(16)}.${4 + random.int(250)}`,
      ...(running && env === 'prod' && random.chance(0.5) && { publicIp: `3.${34 + random.int(6)}.${random.int(256)}.${1 + random.int(254)}` }),
      ...(random.chance(0.5) && { keyName: 'my-key' }),
      securityGroups: [{ groupId: group.id, groupName: `${team}-${app}-${env}-sg` }],
      tags: [{ Key: 'Name', Value: name }, { Key: 'team', Value: team }, { Key: 'env', Value: env }],
    };
    // Its own app's role when there is one (as teams do), else some other EC2 role.
    const profile = profiles.length > 0 && random.chance(0.65) ? (byName.get(`${team}-${app}-${env}-ec2-role`) ?? random.pick(profiles)) : undefined;
    if (profile) {
      const association = nextId(w, 'iip-assoc');
      w = association.world;
      record = { ...record, iamInstanceProfileArn: profile.arn,
        iamInstanceProfileAssociation: { associationId: association.id, associatedAt: Date.parse(launchTime) } };
    }
    created.push(record);
  }
  return { world: w, instances: created };
}

/** `count` buckets in several Regions, named as teams name them, a few small objects in some. */
export function largeBuckets(world: World, count: number, random: Random): Bucket[] {
  const buckets: Bucket[] = [];
  const taken = new Set(Object.keys(world.accounts[ACCOUNT]!.s3.buckets));
  while (buckets.length < count) {
    const region = random.pick(BUCKET_REGIONS);
    const base = `acme-${random.pick(TEAMS)}-${random.pick(BUCKET_PURPOSES)}-${random.pick(ENVS)}-${region}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    const creationDate = daysBefore(world.clock.now, random.int(1500), random);
    const objects: Bucket['objects'] = {};
    for (let i = random.int(3); i > 0; i--) {
      const key = `2026/01/${String(1 + random.int(14)).padStart(2, '0')}/part-${String(i).padStart(5, '0')}.json`;
      const body = `{"records":${random.int(5000)}}\n`;
      objects[key] = { key, body, size: body.length, lastModified: creationDate, contentType: 'application/json' };
    }
    buckets.push({ name, region, creationDate, objects });
  }
  return buckets;
}
