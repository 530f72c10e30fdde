import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListAccessKeys(userName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'iam:ListAccessKeys', { UserName: userName }));
}

/** The secret comes back only here, once, as in AWS. */
export function useCreateAccessKey() {
  return useMutation({ mutationFn: async (userName: string) => (await call('iam:CreateAccessKey', { UserName: userName })).AccessKey });
}

export function useUpdateAccessKey() {
  return useMutation({
    mutationFn: (r: { userName: string; accessKeyId: string; status: 'Active' | 'Inactive' }) =>
      call('iam:UpdateAccessKey', { UserName: r.userName, AccessKeyId: r.accessKeyId, Status: r.status }),
  });
}

export function useDeleteAccessKey() {
  return useMutation({
    mutationFn: (r: { userName: string; accessKeyId: string }) => call('iam:DeleteAccessKey', { UserName: r.userName, AccessKeyId: r.accessKeyId }),
  });
}
