import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/**
 * Deletes every object under a prefix ('' for the whole bucket) the way the console does it: list, then
 * delete each key, every step its own authorized call. Returns how many objects were deleted.
 */
export async function deleteAllUnder(bucket: string, prefix: string): Promise<number> {
  let deleted = 0;
  // Each pass lists at most 1,000 keys; deleted keys drop out of the next listing.
  for (;;) {
    const { Contents = [] } = await call('s3:ListObjectsV2', { Bucket: bucket, Prefix: prefix });
    if (Contents.length === 0) return deleted;
    for (const object of Contents) await call('s3:DeleteObject', { Bucket: bucket, Key: object.Key });
    deleted += Contents.length;
  }
}

/** Empty bucket: deletes all the objects in the bucket. */
export function useEmptyBucket() {
  return useMutation({ mutationFn: (bucket: string) => deleteAllUnder(bucket, '') });
}

/** Delete objects: the selected keys, and for a selected folder (a key ending in '/') everything in it. */
export function useDeleteObjects() {
  return useMutation({
    mutationFn: async ({ bucket, keys }: { bucket: string; keys: string[] }) => {
      let deleted = 0;
      for (const key of keys) {
        if (key.endsWith('/')) {
          deleted += await deleteAllUnder(bucket, key);
        } else {
          await call('s3:DeleteObject', { Bucket: bucket, Key: key });
          deleted += 1;
        }
      }
      return deleted;
    },
  });
}
