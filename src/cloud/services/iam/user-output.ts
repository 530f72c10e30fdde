import type { Tag, User } from '../../core/world';

/** A user as IAM's API returns it (ListUsers, GetUser). */
export type UserOutput = {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: string;
  Tags?: Tag[];
};

export function userOutput(user: User): UserOutput {
  return { Path: user.path, UserName: user.userName, UserId: user.userId, Arn: user.arn, CreateDate: user.createDate };
}
