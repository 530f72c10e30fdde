import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';
import { pollWhile } from './stack-status';

/** The Resources tab: DescribeStackResources, refetched every second while the stack is moving. */
export function useStackResources(stackName: string, moving: boolean) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'cloudformation:DescribeStackResources', { StackName: stackName }),
    refetchInterval: pollWhile(moving),
  });
}
