import { awsError, type AwsError } from '../../core/aws-error';
import type { LoginProfile } from '../../core/world';
import { memberString } from '../../core/validation';

/** A password as the IAM API accepts it: 1–128 characters of tab, newline, return or U+0020–U+00FF. */
export const Password = memberString(1, 128, {
  // Tab, newline and return are allowed: the pattern is AWS's own (built from a string to name them).
  regex: new RegExp('^[\\t\\n\\r\\u0020-\\u00FF]+$'),
  text: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
});

/** A login profile as the API returns it: never the password, nor its hash. */
export type LoginProfileOutput = { UserName: string; CreateDate: string; PasswordResetRequired: boolean };

export function loginProfileOutput(userName: string, profile: LoginProfile): LoginProfileOutput {
  return { UserName: userName, CreateDate: profile.createDate, PasswordResetRequired: profile.passwordResetRequired };
}

/** Observed: "Login Profile for User victimuser cannot be found." (capital U; facts §5). */
export function noSuchLoginProfile(operation: string, userName: string): AwsError {
  return awsError('iam', operation, 'NoSuchEntity', `Login Profile for User ${userName} cannot be found.`, 404);
}
