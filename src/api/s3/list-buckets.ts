import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListBuckets() {
  return useQuery(cloudQuery(useConsoleSession(), 's3:ListBuckets', {}));
}
