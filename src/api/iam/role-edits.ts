import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

// The role details page's writes (facts §1.3). Each is one authorized, recorded dispatch; a success bumps
// the world revision, which refreshes every query, so no hook here touches the query cache.

export function useUpdateRole() {
  return useMutation({
    mutationFn: (r: { roleName: string; description: string; maxSessionDuration: number }) =>
      call('iam:UpdateRole', { RoleName: r.roleName, Description: r.description, MaxSessionDuration: r.maxSessionDuration }),
  });
}

export function useUpdateAssumeRolePolicy() {
  return useMutation({
    mutationFn: (r: { roleName: string; document: string }) =>
      call('iam:UpdateAssumeRolePolicy', { RoleName: r.roleName, PolicyDocument: r.document }),
  });
}

/** Tag editor's Save changes: untag the removed keys, then tag the new and changed ones, as two calls. */
export function useSaveRoleTags() {
  return useMutation({
    mutationFn: async (r: { roleName: string; removedKeys: string[]; tags: { Key: string; Value: string }[] }) => {
      if (r.removedKeys.length) await call('iam:UntagRole', { RoleName: r.roleName, TagKeys: r.removedKeys });
      if (r.tags.length) await call('iam:TagRole', { RoleName: r.roleName, Tags: r.tags });
    },
  });
}
