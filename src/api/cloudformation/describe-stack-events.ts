import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';
import { pollWhile } from './stack-status';

/** The Events tab: DescribeStackEvents (newest first), refetched every second while the stack is moving. */
export function useStackEvents(stackName: string, moving: boolean) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'cloudformation:DescribeStackEvents', { StackName: stackName }),
    refetchInterval: pollWhile(moving),
  });
}
