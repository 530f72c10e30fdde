import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';
import { isInProgress, pollWhile } from './stack-status';

/**
 * DescribeStacks for one stack, by name or by stack ID (a deleted stack answers only to its ID, as on AWS);
 * refetched every second while it is *_IN_PROGRESS.
 */
export function useDescribeStack(stackName: string) {
  const query = useQuery({
    ...cloudQuery(useConsoleSession(), 'cloudformation:DescribeStacks', { StackName: stackName }),
    refetchInterval: (q) => pollWhile(q.state.data?.Stacks.some((s) => isInProgress(s.StackStatus)) ?? false),
  });
  return { ...query, stack: query.data?.Stacks[0] };
}
