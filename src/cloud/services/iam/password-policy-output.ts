import { awsError, type AwsError } from '../../core/aws-error';
import type { PasswordPolicy } from '../../core/world';

/** GetAccountPasswordPolicy's PasswordPolicy: ExpirePasswords follows MaxPasswordAge; zero values are left out. */
export type PasswordPolicyOutput = {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  ExpirePasswords: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
};

export function passwordPolicyOutput(policy: PasswordPolicy): PasswordPolicyOutput {
  return {
    MinimumPasswordLength: policy.minimumPasswordLength,
    RequireSymbols: policy.requireSymbols,
    RequireNumbers: policy.requireNumbers,
    RequireUppercaseCharacters: policy.requireUppercaseCharacters,
    RequireLowercaseCharacters: policy.requireLowercaseCharacters,
    AllowUsersToChangePassword: policy.allowUsersToChangePassword,
    ExpirePasswords: policy.maxPasswordAge > 0,
    ...(policy.maxPasswordAge > 0 && { MaxPasswordAge: policy.maxPasswordAge }),
    ...(policy.passwordReusePrevention > 0 && { PasswordReusePrevention: policy.passwordReusePrevention }),
    ...(policy.maxPasswordAge > 0 && { HardExpiry: policy.hardExpiry }),
  };
}

/** IAM's default rules are no policy to the API (facts §5, observed text). */
export function noPasswordPolicy(operation: string, accountId: string): AwsError {
  return awsError('iam', operation, 'NoSuchEntity', `The Password Policy with domain name ${accountId} cannot be found.`, 404);
}
