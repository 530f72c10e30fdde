import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum } from '../../core/validation';
import { getAccount } from '../../core/world-update';
import { noSuchPolicy } from './iam-errors';
import { Pagination, PathPrefix, PolicyArn } from './iam-inputs';
import { managedPolicyExists } from './iam-lookup';
import { byName } from './role-output';
import { iamOperation } from './iam-operation';

export type ListEntitiesForPolicyOutput = {
  PolicyGroups: { GroupName: string; GroupId: string }[];
  PolicyUsers: { UserName: string; UserId: string }[];
  PolicyRoles: { RoleName: string; RoleId: string }[];
  IsTruncated: false;
};

export const listEntitiesForPolicy = defineOperation({
  ...iamOperation('ListEntitiesForPolicy', 'read'),
  input: z.object({
    PolicyArn,
    EntityFilter: memberEnum(['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']).optional(),
    PathPrefix: PathPrefix.optional(),
    PolicyUsageFilter: memberEnum(['PermissionsPolicy', 'PermissionsBoundary']).optional(),
    ...Pagination,
  }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<ListEntitiesForPolicyOutput> {
    const account = getAccount(world, ctx.accountId);
    const arn = input.PolicyArn;
    if (!managedPolicyExists(account, arn)) return noSuchPolicy('ListEntitiesForPolicy', arn);
    const prefix = input.PathPrefix ?? '/';
    const usage = input.PolicyUsageFilter;
    const wanted = (kind: 'User' | 'Role' | 'Group') => input.EntityFilter === undefined || input.EntityFilter === kind;
    const uses = (e: { path: string; attachedPolicyArns: string[]; permissionsBoundaryArn?: string }) => e.path.startsWith(prefix)
      && ((usage !== 'PermissionsBoundary' && e.attachedPolicyArns.includes(arn))
        || (usage !== 'PermissionsPolicy' && e.permissionsBoundaryArn === arn));
    const { users, groups, roles } = account.iam;
    return {
      world,
      output: {
        PolicyGroups: wanted('Group') ? Object.values(groups).filter(uses).sort(byName((g) => g.groupName))
          .map((g) => ({ GroupName: g.groupName, GroupId: g.groupId })) : [],
        PolicyUsers: wanted('User') ? Object.values(users).filter(uses).sort(byName((u) => u.userName))
          .map((u) => ({ UserName: u.userName, UserId: u.userId })) : [],
        PolicyRoles: wanted('Role') ? Object.values(roles).filter(uses).sort(byName((r) => r.roleName))
          .map((r) => ({ RoleName: r.roleName, RoleId: r.roleId })) : [],
        IsTruncated: false,
      },
    };
  },
});
