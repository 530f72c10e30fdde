import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync, cloudQuery, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export type LookupAttribute = { AttributeKey: 'EventName' | 'Username' | 'EventSource' | 'ResourceName' | 'ResourceType' | 'ReadOnly' | 'EventId'; AttributeValue: string };

/** Event history, 50 events a page as the console loads them; "Load more" follows NextToken. */
export function useLookupEvents(attribute: LookupAttribute | undefined) {
  const session = useConsoleSession();
  const LookupAttributes = attribute ? [attribute] : undefined;
  return useInfiniteQuery({
    queryKey: ['cloudtrail:LookupEvents', identityKey(session), LookupAttributes],
    queryFn: ({ pageParam }) => callAsConsoleAsync('cloudtrail:LookupEvents', { LookupAttributes, MaxResults: 50, ...(pageParam && { NextToken: pageParam }) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.NextToken,
  });
}

/** One event, by id, for its details page. */
export function useEvent(eventId: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'cloudtrail:LookupEvents', {
    LookupAttributes: [{ AttributeKey: 'EventId', AttributeValue: eventId }],
  }));
}
