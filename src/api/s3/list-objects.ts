import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The Objects tab: the objects and folders at one prefix, folded on '/' as the console shows them. */
export function useListObjects(bucket: string, prefix: string) {
  return useQuery(cloudQuery(useConsoleSession(), 's3:ListObjectsV2', { Bucket: bucket, Prefix: prefix, Delimiter: '/' }));
}

/** Whether a bucket holds any object (Delete bucket warns before S3 would refuse). */
export function useBucketHasObjects(bucket: string) {
  const query = useQuery(cloudQuery(useConsoleSession(), 's3:ListObjectsV2', { Bucket: bucket, MaxKeys: 1 }));
  return { ...query, data: query.data ? query.data.KeyCount > 0 : undefined };
}
