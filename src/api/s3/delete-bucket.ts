import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Delete bucket: S3 refuses a bucket that still holds objects (BucketNotEmpty). */
export function useDeleteBucket() {
  return useMutation({ mutationFn: (bucket: string) => call('s3:DeleteBucket', { Bucket: bucket }) });
}
