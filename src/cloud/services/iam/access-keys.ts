import { isAwsError, type AwsError } from '../../core/aws-error';
import { stableHex } from '../../core/ids';
import type { OperationContext } from '../../core/operation';
import type { AccessKey, User, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { requestUser } from './group-output';
import { noSuchAccessKey, userNameRequired } from './iam-errors';
import { targetUserName } from './iam-lookup';

/** "maximum of two access keys (active or inactive)" (facts §4). */
export const MAX_ACCESS_KEYS = 2;

export type AccessKeyMetadata = { UserName: string; AccessKeyId: string; Status: 'Active' | 'Inactive'; CreateDate: string };

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A 40-character secret access key, derived from the key id and the seed so demos repeat exactly. */
export function secretAccessKey(accessKeyId: string, seed: number): string {
  let out = '';
  for (let i = 0; i < 40; i++) {
    out += SECRET_ALPHABET[Number.parseInt(stableHex(`${accessKeyId}/${seed}/${i}`, 2), 16) % SECRET_ALPHABET.length];
  }
  return out;
}

export function keyMetadata(userName: string, key: AccessKey): AccessKeyMetadata {
  return { UserName: userName, AccessKeyId: key.accessKeyId, Status: key.status, CreateDate: key.createDate };
}

export function keyOwner(world: World, ctx: OperationContext, operation: string, userName: string | undefined): User | AwsError {
  const name = targetUserName(ctx.caller, userName);
  return name === undefined ? userNameRequired(operation) : requestUser(world, ctx.accountId, operation, name);
}

export function changeKeys(world: World, ctx: OperationContext, userName: string, recipe: (keys: AccessKey[]) => AccessKey[]): World {
  return updateAccount(world, ctx.accountId, (draft) => {
    const user = draft.iam.users[userName];
    if (user) user.accessKeys = recipe(user.accessKeys ?? []);
  });
}

/** The user and one of its keys, or NoSuchEntity. */
export function findKey(
  world: World, ctx: OperationContext, operation: string, userName: string | undefined, accessKeyId: string,
): { user: User; key: AccessKey } | AwsError {
  const user = keyOwner(world, ctx, operation, userName);
  if (isAwsError(user)) return user;
  const key = (user.accessKeys ?? []).find((k) => k.accessKeyId === accessKeyId);
  return key ? { user, key } : noSuchAccessKey(operation, accessKeyId);
}
