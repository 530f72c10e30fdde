import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The bucket policy; a bucket without one answers NoSuchBucketPolicy, which the tab shows as "No policy". */
export function useGetBucketPolicy(bucket: string) {
  return useQuery(cloudQuery(useConsoleSession(), 's3:GetBucketPolicy', { Bucket: bucket }));
}

export function usePutBucketPolicy() {
  return useMutation({ mutationFn: (r: { bucket: string; policy: string }) => call('s3:PutBucketPolicy', { Bucket: r.bucket, Policy: r.policy }) });
}

export function useDeleteBucketPolicy() {
  return useMutation({ mutationFn: (bucket: string) => call('s3:DeleteBucketPolicy', { Bucket: bucket }) });
}
