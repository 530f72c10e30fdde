import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListRoles() {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListRoles', {}));
}
