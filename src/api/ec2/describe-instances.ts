import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

const TRANSITIONAL = ['pending', 'stopping', 'shutting-down'];

/** The region's instances; while one is starting or stopping, the list refreshes itself as the console does. */
export function useDescribeInstances(input: { InstanceIds?: string[] } = {}) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'ec2:DescribeInstances', input),
    refetchInterval: (query) =>
      query.state.data?.Reservations.some((r) => r.Instances.some((i) => TRANSITIONAL.includes(i.State.Name))) ? 5_000 : false,
  });
}
