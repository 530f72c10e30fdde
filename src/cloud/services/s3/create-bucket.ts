import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { BucketName, findBucket, s3Error } from './bucket-lookup';
import { isValidBucketName } from './bucket-name';

export type CreateBucketOutput = { Location: string };

/**
 * A bucket in the request's region (or CreateBucketConfiguration.LocationConstraint). Names are global:
 * BucketAlreadyOwnedByYou for one of the caller's account, BucketAlreadyExists for anyone else's.
 */
export const createBucket = defineOperation({
  service: 's3',
  name: 'CreateBucket',
  action: 's3:CreateBucket',
  access: 'write',
  input: z.object({
    Bucket: BucketName,
    CreateBucketConfiguration: z.object({ LocationConstraint: z.string().optional() }).optional(),
  }),
  resource: (_ctx, input) => s3BucketArn(input.Bucket),
  handler(world, input, ctx): HandlerResult<CreateBucketOutput> {
    const fail = (code: string, message: string, status: number) => s3Error('CreateBucket', code, message, status);
    if (!isValidBucketName(input.Bucket)) return fail('InvalidBucketName', 'The specified bucket is not valid.', 400);
    const constraint = input.CreateBucketConfiguration?.LocationConstraint;
    if (constraint === 'us-east-1') return fail('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400);
    if (constraint !== undefined && ctx.region !== 'us-east-1' && constraint !== ctx.region) {
      return fail('IllegalLocationConstraintException',
        `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`, 400);
    }
    const existing = findBucket(world, input.Bucket);
    if (existing?.accountId === ctx.accountId) {
      return fail('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409);
    }
    if (existing) {
      return fail('BucketAlreadyExists', 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. '
        + 'Please select a different name and try again.', 409);
    }
    const region = constraint ?? ctx.region;
    const next = updateAccount(world, ctx.accountId, (a) => {
      a.s3.buckets[input.Bucket] = { name: input.Bucket, region, creationDate: toIso(ctx.now), objects: {} };
    });
    const location = region === 'us-east-1' ? `/${input.Bucket}` : `http://${input.Bucket}.s3.amazonaws.com/`;
    return { world: next, output: { Location: location } };
  },
});
