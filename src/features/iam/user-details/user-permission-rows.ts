import { useTranslation } from 'react-i18next';
import { useGroupsAttachedPolicies, useGroupsInlinePolicies } from '../../../api/iam/user-groups';
import { useListAttachedUserPolicies, useListGroupsForUser, useListUserPolicies } from '../../../api/iam/user-details';
import { policyType, policyTypeKey } from '../policy-type';

/** One row of Permissions policies: `via` is Directly, Inline or the group's name (facts §4). */
export type PermissionRow = { id: string; name: string; arn?: string; typeKey: string; via: string; removable: 'managed' | 'inline' | false };

const managedTypeKey = (arn: string, name: string) => policyTypeKey[policyType({ Arn: arn, Path: '', PolicyName: name })];

/** The user's policies: attached directly, inline, and those of each group it belongs to. */
export function useUserPermissionRows(userName: string) {
  const { t } = useTranslation();
  const attached = useListAttachedUserPolicies(userName);
  const inline = useListUserPolicies(userName);
  const groups = useListGroupsForUser(userName);
  const groupNames = (groups.data?.Groups ?? []).map((g) => g.GroupName);
  const groupAttached = useGroupsAttachedPolicies(groupNames);
  const groupInline = useGroupsInlinePolicies(groupNames);
  const rows: PermissionRow[] = [
    ...(attached.data?.AttachedPolicies ?? []).map((p) => ({
      id: `direct:${p.PolicyArn}`, name: p.PolicyName ?? '', arn: p.PolicyArn,
      typeKey: managedTypeKey(p.PolicyArn ?? '', p.PolicyName ?? ''), via: t('users.directly'), removable: 'managed' as const,
    })),
    ...(inline.data?.PolicyNames ?? []).map((name) => ({
      id: `inline:${name}`, name, typeKey: 'userEdit.customerInline', via: t('users.inline'), removable: 'inline' as const,
    })),
    ...groupNames.flatMap((group, i) => [
      ...(groupAttached[i]?.data?.AttachedPolicies ?? []).map((p) => ({
        id: `group:${group}:${p.PolicyArn}`, name: p.PolicyName ?? '', arn: p.PolicyArn,
        typeKey: managedTypeKey(p.PolicyArn ?? '', p.PolicyName ?? ''), via: group, removable: false as const,
      })),
      ...(groupInline[i]?.data?.PolicyNames ?? []).map((name) => ({
        id: `group-inline:${group}:${name}`, name, typeKey: 'userEdit.customerInline', via: group, removable: false as const,
      })),
    ]),
  ];
  const error = attached.error ?? inline.error ?? groups.error ?? groupAttached.find((q) => q.error)?.error ?? groupInline.find((q) => q.error)?.error;
  const loading = attached.isPending || inline.isPending || groups.isPending;
  return { rows, error, loading };
}
