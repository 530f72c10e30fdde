import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useDescribeInstances() {
  return useQuery(cloudQuery(useConsoleSession(), 'ec2:DescribeInstances', {}));
}
