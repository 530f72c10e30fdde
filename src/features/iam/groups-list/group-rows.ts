import { useMemo } from 'react';
import { useGetGroups } from '../../../api/iam/groups';
import { useGroupsAttachedPolicies, useGroupsInlinePolicies, useListGroups } from '../../../api/iam/user-groups';
import type { OperationOutput } from '../../../cloud/core/registry';

type Group = OperationOutput<'iam:ListGroups'>['Groups'][number];

/** A row of the User groups table: ListGroups' group, with what the console reads per group. */
export type GroupRow = Group & { userCount?: number; defined?: boolean };

/**
 * ListGroups, then per group GetGroup (its users) and its attached and inline policy lists (whether
 * permissions are defined), as the console reads them. A count that could not be read stays undefined.
 */
export function useGroupRows() {
  const list = useListGroups();
  const groups = list.data?.Groups;
  const names = useMemo(() => (groups ?? []).map((g) => g.GroupName), [groups]);
  const details = useGetGroups(names);
  const attached = useGroupsAttachedPolicies(names);
  const inline = useGroupsInlinePolicies(names);
  const rows: GroupRow[] | undefined = groups?.map((g, i) => {
    const managed = attached[i]?.data?.AttachedPolicies;
    const own = inline[i]?.data?.PolicyNames;
    return {
      ...g,
      userCount: details[i]?.data?.Users.length,
      defined: managed && own ? managed.length + own.length > 0 : undefined,
    };
  });
  return { rows, loading: list.isPending, error: list.error };
}
