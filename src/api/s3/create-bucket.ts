import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

export { bucketNameProblem, type BucketNameProblem } from '../../cloud/services/s3/bucket-name';

/** Create bucket: in the console's region, which CreateBucket takes from the request's endpoint. */
export function useCreateBucket() {
  return useMutation({ mutationFn: (bucket: string) => call('s3:CreateBucket', { Bucket: bucket }) });
}
