import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListPolicies() {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListPolicies', { Scope: 'All' }));
}
