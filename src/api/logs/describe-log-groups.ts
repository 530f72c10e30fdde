import { useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** Every log group of the region: DescribeLogGroups page after page, as the console's list loads them. */
export async function describeAllLogGroups() {
  const groups = [];
  let nextToken: string | undefined;
  do {
    const out = await call('logs:DescribeLogGroups', { limit: 50, ...(nextToken && { nextToken }) });
    groups.push(...out.logGroups);
    nextToken = out.nextToken;
  } while (nextToken);
  return groups;
}

export function useDescribeLogGroups() {
  const session = useConsoleSession();
  return useQuery({ queryKey: ['logs:DescribeLogGroups', identityKey(session), 'all'], queryFn: describeAllLogGroups });
}

/** One group's details: DescribeLogGroups by its name as prefix, keeping the exact match. */
export function useDescribeLogGroup(logGroupName: string) {
  const session = useConsoleSession();
  return useQuery({
    queryKey: ['logs:DescribeLogGroups', identityKey(session), logGroupName],
    queryFn: async () => {
      const out = await call('logs:DescribeLogGroups', { logGroupNamePrefix: logGroupName, limit: 50 });
      return out.logGroups.find((g) => g.logGroupName === logGroupName) ?? null;
    },
  });
}
