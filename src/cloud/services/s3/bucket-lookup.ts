import { z } from 'zod';
import { awsError, type AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import type { Bucket, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import type { PolicySource } from '../../policy/evaluate';

export const BucketName = z.string({ error: 'Member must not be null' }).min(1, 'Member must have length greater than or equal to 1');
export const ObjectKey = z.string({ error: 'Member must not be null' })
  .min(1, 'Member must have length greater than or equal to 1').max(1024, 'Member must have length less than or equal to 1024');

export const s3Error = (operation: string, code: string, message: string, status: number): AwsError =>
  awsError('s3', operation, code, message, status);
export const noSuchBucket = (operation: string) => s3Error(operation, 'NoSuchBucket', 'The specified bucket does not exist', 404);

/** Bucket names are global: the bucket and the account that owns it, whoever asks. */
export function findBucket(world: World, name: string): { accountId: string; bucket: Bucket } | undefined {
  for (const account of Object.values(world.accounts)) {
    const bucket = account.s3.buckets[name];
    if (bucket) return { accountId: account.id, bucket };
  }
  return undefined;
}

/** The bucket or NoSuchBucket. */
export function requireBucket(world: World, operation: string, name: string): { accountId: string; bucket: Bucket } | AwsError {
  return findBucket(world, name) ?? noSuchBucket(operation);
}

/** A new world in which `recipe` has changed the bucket in its owner's account. */
export function changeBucket(world: World, found: { accountId: string; bucket: Bucket }, recipe: (bucket: Bucket) => void): World {
  return updateAccount(world, found.accountId, (a) => {
    const bucket = a.s3.buckets[found.bucket.name];
    if (bucket) recipe(bucket);
  });
}

/**
 * The hooks every bucket and object operation shares: the bucket policy is the resource policy
 * (a union with identity policies in the owner's account, both needed across accounts, facts §8.2),
 * and the bucket's owner is the resource account (S3 ARNs name no account).
 */
export const bucketAuthorization = {
  resourcePolicies: (_ctx: OperationContext, input: { Bucket: string }, world: World): PolicySource[] | undefined => {
    const found = findBucket(world, input.Bucket);
    return found?.bucket.policy === undefined ? undefined
      : [{ name: 'Bucket policy', arn: `arn:aws:s3:::${input.Bucket}`, document: found.bucket.policy, kind: 'resource' }];
  },
  resourceAccount: (ctx: OperationContext, input: { Bucket: string }, world: World): string =>
    findBucket(world, input.Bucket)?.accountId ?? ctx.accountId,
};

/** The fields every S3 operation shares. */
export function s3Operation(name: string, action: string, access: 'read' | 'write') {
  return { service: 's3' as const, name, action, access, ...bucketAuthorization };
}
