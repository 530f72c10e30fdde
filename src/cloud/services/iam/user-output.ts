import type { Tag, User } from '../../core/world';

/** A user as IAM's API returns it (ListUsers, GetUser). */
export type UserOutput = {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: string;
  /** The last console sign-in; absent when the user never signed in (GetUser and ListUsers give it). */
  PasswordLastUsed?: string;
  Tags?: Tag[];
};

export function userOutput(user: User): UserOutput {
  return {
    Path: user.path, UserName: user.userName, UserId: user.userId, Arn: user.arn, CreateDate: user.createDate,
    ...(user.passwordLastUsed !== undefined && { PasswordLastUsed: user.passwordLastUsed }),
  };
}
