import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** "Search all log streams": FilterLogEvents over the group, with the filter pattern when one is typed. */
export function useFilterLogEvents(logGroupName: string, filterPattern: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'logs:FilterLogEvents', {
    logGroupName, ...(filterPattern.trim() !== '' && { filterPattern }),
  }));
}
