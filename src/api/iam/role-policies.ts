import { useMutation, useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

// Permissions tab writes: managed policies, inline policies and the permissions boundary (facts §1.3).

export function useGetRolePolicy(roleName: string, policyName: string | undefined) {
  return useQuery({
    ...cloudQuery(useConsoleSession(), 'iam:GetRolePolicy', { RoleName: roleName, PolicyName: policyName ?? '' }),
    enabled: policyName !== undefined,
  });
}

/** Add permissions > Attach policies: one AttachRolePolicy per policy, as the console sends them. */
export function useAttachRolePolicies() {
  return useMutation({
    mutationFn: async ({ roleName, policyArns }: { roleName: string; policyArns: string[] }) => {
      for (const PolicyArn of policyArns) await call('iam:AttachRolePolicy', { RoleName: roleName, PolicyArn });
    },
  });
}

export type RolePolicyRef = { name: string; arn?: string };

/** Remove: a managed policy is detached, an inline one deleted. */
export function useRemoveRolePolicies() {
  return useMutation({
    mutationFn: async ({ roleName, policies }: { roleName: string; policies: RolePolicyRef[] }) => {
      for (const p of policies) {
        if (p.arn) await call('iam:DetachRolePolicy', { RoleName: roleName, PolicyArn: p.arn });
        else await call('iam:DeleteRolePolicy', { RoleName: roleName, PolicyName: p.name });
      }
    },
  });
}

export function usePutRolePolicy() {
  return useMutation({
    mutationFn: (r: { roleName: string; policyName: string; document: string }) =>
      call('iam:PutRolePolicy', { RoleName: r.roleName, PolicyName: r.policyName, PolicyDocument: r.document }),
  });
}

/** Set boundary (a policy ARN) or Remove boundary (undefined). */
export function useSetRoleBoundary() {
  return useMutation({
    mutationFn: ({ roleName, policyArn }: { roleName: string; policyArn: string | undefined }) =>
      policyArn
        ? call('iam:PutRolePermissionsBoundary', { RoleName: roleName, PermissionsBoundary: policyArn })
        : call('iam:DeleteRolePermissionsBoundary', { RoleName: roleName }),
  });
}
