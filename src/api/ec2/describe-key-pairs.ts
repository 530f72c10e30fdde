import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The key pairs of the console's region, for Launch instances > Key pair (login). */
export function useDescribeKeyPairs() {
  return useQuery(cloudQuery(useConsoleSession(), 'ec2:DescribeKeyPairs', {}));
}
