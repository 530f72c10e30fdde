import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useGetRole(roleName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:GetRole', { RoleName: roleName }));
}
