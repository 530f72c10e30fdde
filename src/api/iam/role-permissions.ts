import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListAttachedRolePolicies(roleName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListAttachedRolePolicies', { RoleName: roleName }));
}

export function useListRolePolicies(roleName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListRolePolicies', { RoleName: roleName }));
}

export function useListInstanceProfilesForRole(roleName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListInstanceProfilesForRole', { RoleName: roleName }));
}
