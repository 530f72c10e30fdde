import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** A stream's events, oldest first (the console's log events view reads from the head). */
export function useGetLogEvents(logGroupName: string, logStreamName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'logs:GetLogEvents', { logGroupName, logStreamName, startFromHead: true }));
}
