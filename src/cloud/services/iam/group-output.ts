import type { AwsError } from '../../core/aws-error';
import type { Group, User, World } from '../../core/world';
import { getAccount } from '../../core/world-update';
import { noSuchGroup, noSuchUser } from './iam-errors';

/** A group as IAM's API returns it (CreateGroup, GetGroup, ListGroups). */
export type GroupOutput = { Path: string; GroupName: string; GroupId: string; Arn: string; CreateDate: string };

export function groupOutput(group: Group): GroupOutput {
  return { Path: group.path, GroupName: group.groupName, GroupId: group.groupId, Arn: group.arn, CreateDate: group.createDate };
}

export function requestGroup(world: World, accountId: string, operation: string, groupName: string): Group | AwsError {
  return getAccount(world, accountId).iam.groups[groupName] ?? noSuchGroup(operation, groupName);
}

export function requestUser(world: World, accountId: string, operation: string, userName: string): User | AwsError {
  return getAccount(world, accountId).iam.users[userName] ?? noSuchUser(operation, userName);
}
