import { useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** A group's streams, newest event first as the console lists them, every page. */
export async function describeAllLogStreams(logGroupName: string) {
  const streams = [];
  let nextToken: string | undefined;
  do {
    const out = await call('logs:DescribeLogStreams', {
      logGroupName, orderBy: 'LastEventTime', descending: true, limit: 50, ...(nextToken && { nextToken }),
    });
    streams.push(...out.logStreams);
    nextToken = out.nextToken;
  } while (nextToken);
  return streams;
}

export function useDescribeLogStreams(logGroupName: string) {
  const session = useConsoleSession();
  return useQuery({ queryKey: ['logs:DescribeLogStreams', identityKey(session), logGroupName], queryFn: () => describeAllLogStreams(logGroupName) });
}
