import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/**
 * The console's Edit policy > Save changes: CreatePolicyVersion, by default as the default version. When the policy already
 * has 5 versions the console first deletes the version the user chose (facts §3.3).
 */
export function useSavePolicyVersion() {
  return useMutation({
    mutationFn: async (r: { policyArn: string; document: string; setAsDefault: boolean; deleteFirst?: string }) => {
      if (r.deleteFirst) await call('iam:DeletePolicyVersion', { PolicyArn: r.policyArn, VersionId: r.deleteFirst });
      return (await call('iam:CreatePolicyVersion', { PolicyArn: r.policyArn, PolicyDocument: r.document, SetAsDefault: r.setAsDefault })).PolicyVersion;
    },
  });
}

export function useSetDefaultPolicyVersion() {
  return useMutation({
    mutationFn: (r: { policyArn: string; versionId: string }) => call('iam:SetDefaultPolicyVersion', { PolicyArn: r.policyArn, VersionId: r.versionId }),
  });
}

export function useDeletePolicyVersion() {
  return useMutation({
    mutationFn: (r: { policyArn: string; versionId: string }) => call('iam:DeletePolicyVersion', { PolicyArn: r.policyArn, VersionId: r.versionId }),
  });
}

/**
 * The console's Delete policy: an unattached policy loses its non-default versions first, then DeletePolicy.
 * An attached one goes straight to DeletePolicy, so AWS's DeleteConflict message is what the user reads.
 */
export function useDeletePolicy() {
  return useMutation({
    mutationFn: async ({ policyArn, attached }: { policyArn: string; attached: boolean }) => {
      if (!attached) {
        const { Versions } = await call('iam:ListPolicyVersions', { PolicyArn: policyArn });
        for (const v of Versions) if (!v.IsDefaultVersion) await call('iam:DeletePolicyVersion', { PolicyArn: policyArn, VersionId: v.VersionId });
      }
      await call('iam:DeletePolicy', { PolicyArn: policyArn });
    },
  });
}
