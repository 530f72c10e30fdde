import { awsManagedPolicyArn, iamArn } from '../core/arn';
import { nextId, stableHex, stableId } from '../core/ids';
import type { Account, Instance, Role, User, World } from '../core/world';
import { updateAccount } from '../core/world-update';

// Small builders for seed worlds. Each takes ids from the world's seed, so a scenario built
// the same way always gets the same ids.

export const DEFAULT_ACCOUNT_ID = '123456789012';
export const DEFAULT_REGION = 'ap-northeast-2';

export function baseWorld(nowIso: string, accountId: string, alias: string, regions: string[]): World {
  const world: World = { schemaVersion: 1, seed: 0, clock: { now: Date.parse(nowIso) }, revision: 0, accounts: {}, events: [] };
  return addAccount(world, accountId, alias, regions);
}

/** A new empty account (no users, roles, instances or buckets). */
export function addAccount(world: World, accountId: string, alias: string, regions: string[]): World {
  const account: Account = {
    id: accountId,
    alias,
    iam: { users: {}, groups: {}, roles: {}, policies: {}, instanceProfiles: {} },
    regions: Object.fromEntries(regions.map((r) => [r, { ec2: { instances: {} } }])),
    s3: { buckets: {} },
  };
  return { ...world, accounts: { ...world.accounts, [accountId]: account } };
}

/**
 * passwordHash: a console password (made with core/password-hash.ts), set on the user's creation date.
 * stableId: the id comes from the user's name instead of the seed, so a user added to an existing seed
 * world leaves every id made after it (in scenarios built on that world) as it was.
 */
type UserSpec = { userName: string; path?: string; createDate: string; policies?: string[]; passwordHash?: string; stableId?: boolean };

export function addUser(world: World, accountId: string, spec: UserSpec): World {
  const { world: next, id } = spec.stableId
    ? { world, id: stableId('user', `${accountId}/${spec.userName}`) } : nextId(world, 'user');
  const path = spec.path ?? '/';
  const user: User = {
    userName: spec.userName, userId: id, path, arn: iamArn(accountId, 'user', path + spec.userName),
    createDate: spec.createDate, attachedPolicyArns: (spec.policies ?? []).map((name) => awsManagedPolicyArn(name)),
    inlinePolicies: {}, groupNames: [], tags: [],
    ...(spec.passwordHash !== undefined && { loginProfile: {
      createDate: spec.createDate, passwordSetDate: spec.createDate, passwordResetRequired: false, passwordHash: spec.passwordHash,
    } }),
  };
  return updateAccount(next, accountId, (a) => { a.iam.users[user.userName] = user; });
}

type RoleSpec = Pick<Role, 'roleName' | 'path' | 'createDate' | 'description' | 'attachedPolicyArns'> & {
  trustPolicy: object;
  maxSessionDuration?: number;
};

export function addRole(world: World, accountId: string, spec: RoleSpec): World {
  const { world: next, id } = nextId(world, 'role');
  const role: Role = {
    roleName: spec.roleName, roleId: id, path: spec.path, arn: iamArn(accountId, 'role', spec.path + spec.roleName),
    createDate: spec.createDate, ...(spec.description !== undefined && { description: spec.description }),
    maxSessionDuration: spec.maxSessionDuration ?? 3600, assumeRolePolicyDocument: JSON.stringify(spec.trustPolicy),
    attachedPolicyArns: spec.attachedPolicyArns, inlinePolicies: {}, tags: [],
  };
  return updateAccount(next, accountId, (a) => { a.iam.roles[role.roleName] = role; });
}

/** A trust policy with one Allow of sts:AssumeRole for the principal. */
export function trustPolicy(principal: Record<string, string>): object {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] };
}

export function addServiceRole(world: World, accountId: string, spec: Omit<RoleSpec, 'trustPolicy'> & { trustedService: string }): World {
  const { trustedService, ...rest } = spec;
  return addRole(world, accountId, { ...rest, trustPolicy: trustPolicy({ Service: trustedService }) });
}

type InstanceSpec = Omit<Instance, 'instanceId' | 'securityGroups' | 'tags'> & { securityGroupName: string };

export function addInstance(world: World, accountId: string, region: string, spec: InstanceSpec): World {
  const instance = nextId(world, 'instance');
  const group = nextId(instance.world, 'security-group');
  const { securityGroupName, ...fields } = spec;
  const created: Instance = {
    ...fields,
    instanceId: instance.id,
    securityGroups: [{ groupId: group.id, groupName: securityGroupName }],
    tags: [{ Key: 'Name', Value: spec.name }],
  };
  return updateAccount(group.world, accountId, (a) => {
    const regionState = a.regions[region] ?? { ec2: { instances: {} } };
    regionState.ec2.instances[created.instanceId] = created;
    a.regions[region] = regionState;
  });
}

export function addBucket(
  world: World, accountId: string,
  spec: { name: string; region: string; creationDate: string; objects: Record<string, string>; policy?: object },
): World {
  const encoder = new TextEncoder();
  const objects = Object.fromEntries(Object.entries(spec.objects).map(([key, body]) => [
    key, { key, body, size: encoder.encode(body).length, lastModified: spec.creationDate },
  ]));
  return updateAccount(world, accountId, (a) => {
    a.s3.buckets[spec.name] = {
      name: spec.name, region: spec.region, creationDate: spec.creationDate, objects,
      ...(spec.policy !== undefined && { policy: JSON.stringify(spec.policy) }),
    };
  });
}

/** A key pair; its id and fingerprint derive from the name, so the seed is untouched. */
export function addKeyPair(world: World, accountId: string, region: string, keyName: string, createTime: string): World {
  const fingerprint = (stableHex(`key:${accountId}:${keyName}`, 40).match(/../g) ?? []).join(':');
  return updateAccount(world, accountId, (a) => {
    const regionState = a.regions[region] ?? { ec2: { instances: {} } };
    regionState.ec2.keyPairs = {
      ...regionState.ec2.keyPairs,
      [keyName]: { keyName, keyPairId: stableId('key-pair', `${accountId}/${region}/${keyName}`), fingerprint, createTime },
    };
    a.regions[region] = regionState;
  });
}
