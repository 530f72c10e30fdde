import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The role inside an instance profile, for the IAM Role field of an instance's details. */
export function useGetInstanceProfile(name: string | undefined) {
  return useQuery({ ...cloudQuery(useConsoleSession(), 'iam:GetInstanceProfile', { InstanceProfileName: name ?? '' }), enabled: !!name, retry: false });
}
