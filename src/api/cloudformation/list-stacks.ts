import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';
import { isInProgress, pollWhile, STACK_STATUSES } from './stack-status';

/** The Stacks list's status filter: Active (the default: all but DELETE_COMPLETE), Deleted, or one status. */
export type StackStatusChoice = 'active' | 'deleted' | (typeof STACK_STATUSES)[number];

export function statusFilterOf(choice: StackStatusChoice): string[] {
  if (choice === 'active') return STACK_STATUSES.filter((s) => s !== 'DELETE_COMPLETE');
  if (choice === 'deleted') return ['DELETE_COMPLETE'];
  return [choice];
}

/** ListStacks with the chosen filter; refetched every second while a listed stack is *_IN_PROGRESS. */
export function useListStacks(choice: StackStatusChoice) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'cloudformation:ListStacks', { StackStatusFilter: statusFilterOf(choice) }),
    refetchInterval: (query) => pollWhile(query.state.data?.StackSummaries.some((s) => isInProgress(s.StackStatus)) ?? false),
  });
}
