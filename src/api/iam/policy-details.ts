import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useGetPolicy(policyArn: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:GetPolicy', { PolicyArn: policyArn }));
}

export function useGetPolicyVersion(policyArn: string, versionId: string | undefined) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'iam:GetPolicyVersion', { PolicyArn: policyArn, VersionId: versionId ?? 'v1' }),
    enabled: versionId !== undefined,
  });
}

export function useListEntitiesForPolicy(policyArn: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListEntitiesForPolicy', { PolicyArn: policyArn }));
}

export function useListPolicyVersions(policyArn: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListPolicyVersions', { PolicyArn: policyArn }));
}
