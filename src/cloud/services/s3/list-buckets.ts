import { z } from 'zod';
import { stableHex } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';

export type ListBucketsOutput = {
  Buckets: { Name: string; CreationDate: string; BucketRegion: string }[];
  Owner: { ID: string; DisplayName: string };
};

/** The account's S3 canonical user id: 64 hex characters, stable per account. */
export function canonicalUserId(accountId: string): string {
  return stableHex(`canonical:${accountId}`, 64);
}

export const listBuckets = defineOperation({
  service: 's3',
  name: 'ListBuckets',
  action: 's3:ListAllMyBuckets',
  access: 'read',
  input: z.object({}),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<ListBucketsOutput> {
    const account = getAccount(world, ctx.accountId);
    const buckets = Object.values(account.s3.buckets)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region }));
    return {
      world,
      output: { Buckets: buckets, Owner: { ID: canonicalUserId(account.id), DisplayName: account.alias ?? account.id } },
    };
  },
});
