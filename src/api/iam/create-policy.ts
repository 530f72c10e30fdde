import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync } from '../call-as-console';

export type CreatePolicyRequest = { name: string; description: string; document: string; tags: { key: string; value: string }[] };

export function useCreatePolicy() {
  return useMutation({
    mutationFn: async (r: CreatePolicyRequest) =>
      (
        await callAsConsoleAsync('iam:CreatePolicy', {
          PolicyName: r.name,
          PolicyDocument: r.document,
          ...(r.description ? { Description: r.description } : {}),
          ...(r.tags.length ? { Tags: r.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
        })
      ).Policy,
  });
}
