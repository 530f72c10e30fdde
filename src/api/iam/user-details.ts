import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useGetUser(userName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:GetUser', { UserName: userName }));
}

export function useListAttachedUserPolicies(userName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListAttachedUserPolicies', { UserName: userName }));
}

export function useListUserPolicies(userName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListUserPolicies', { UserName: userName }));
}

export function useListGroupsForUser(userName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListGroupsForUser', { UserName: userName }));
}

/** Add permissions > Attach policies directly: one AttachUserPolicy per policy, each authorized. */
export function useAttachUserPolicies() {
  return useMutation({
    mutationFn: async ({ userName, policyArns }: { userName: string; policyArns: string[] }) => {
      for (const PolicyArn of policyArns) await callAsConsoleAsync('iam:AttachUserPolicy', { UserName: userName, PolicyArn });
    },
  });
}

export function useDetachUserPolicy() {
  return useMutation({
    mutationFn: ({ userName, policyArn }: { userName: string; policyArn: string }) =>
      callAsConsoleAsync('iam:DetachUserPolicy', { UserName: userName, PolicyArn: policyArn }),
  });
}
