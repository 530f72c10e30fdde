import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The bucket's Region (GetBucketLocation answers null for us-east-1). */
export function useBucketRegion(bucket: string) {
  const query = useQuery(cloudQuery(useConsoleSession(), 's3:GetBucketLocation', { Bucket: bucket }));
  return { ...query, data: query.data ? (query.data.LocationConstraint ?? 'us-east-1') : undefined };
}
