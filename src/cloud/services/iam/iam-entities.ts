import type { z } from 'zod';
import type { AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import type { Account, Group, Role, User, World } from '../../core/world';
import { noSuchGroup, noSuchRole, noSuchUser, unmodifiableRole } from './iam-errors';
import { GroupName, RoleName, UserName } from './iam-inputs';
import { isProtectedRole } from './iam-lookup';
import { groupResource, roleResource, userResource } from './iam-resources';

/** What the attach/detach and inline policy operations need to know about roles, users and groups. */
export type EntityKind<K extends string> = {
  /** 'Role' in AttachRolePolicy. */
  label: 'Role' | 'User' | 'Group';
  /** 'role' in "The role policy with name X cannot be found." */
  noun: 'role' | 'user' | 'group';
  /** The input member naming the entity. */
  member: K;
  nameSchema: z.ZodString;
  collection: 'roles' | 'users' | 'groups';
  /** Aggregate inline policy size per entity, whitespace not counted (IAM quotas). */
  inlineSizeLimit: number;
  noSuch(operation: string, name: string): AwsError;
  resource(ctx: OperationContext, world: World, name: string): string;
  /** Refuses changes to entities only AWS may change (service-linked roles). */
  guard?(operation: string, account: Account, name: string): AwsError | undefined;
};

export const ROLE_KIND: EntityKind<'RoleName'> = {
  label: 'Role', noun: 'role', member: 'RoleName', nameSchema: RoleName, collection: 'roles', inlineSizeLimit: 10240,
  noSuch: noSuchRole, resource: roleResource,
  guard(operation, account, name) {
    const role = account.iam.roles[name];
    return role && isProtectedRole(role) ? unmodifiableRole(operation, name) : undefined;
  },
};

export const USER_KIND: EntityKind<'UserName'> = {
  label: 'User', noun: 'user', member: 'UserName', nameSchema: UserName, collection: 'users', inlineSizeLimit: 2048,
  noSuch: noSuchUser, resource: userResource,
};

export const GROUP_KIND: EntityKind<'GroupName'> = {
  label: 'Group', noun: 'group', member: 'GroupName', nameSchema: GroupName, collection: 'groups', inlineSizeLimit: 5120,
  noSuch: noSuchGroup, resource: groupResource,
};

/** `{ RoleName: schema }` for a kind, typed so the operation's input keeps the member's name. */
export function nameShape<K extends string>(kind: EntityKind<K>): Record<K, z.ZodString> {
  return { [kind.member]: kind.nameSchema } as Record<K, z.ZodString>;
}

export function findEntity(account: Account, kind: EntityKind<string>, name: string): Role | User | Group | undefined {
  return account.iam[kind.collection][name];
}

/** The entity, or NoSuchEntity / UnmodifiableEntity for the operation. */
export function entityFor(
  account: Account, kind: EntityKind<string>, operation: string, name: string, write: boolean,
): Role | User | Group | AwsError {
  const entity = findEntity(account, kind, name);
  if (!entity) return kind.noSuch(operation, name);
  return (write && kind.guard?.(operation, account, name)) || entity;
}

/** The entity name from an input built with nameShape (TypeScript cannot index a generic zod output). */
export function entityNameOf(kind: EntityKind<string>, input: unknown): string {
  return String((input as Record<string, unknown>)[kind.member]);
}
