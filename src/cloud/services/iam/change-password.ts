import { z } from 'zod';
import { toIso } from '../../core/clock';
import { awsError, type AwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { hashPassword, verifyPassword } from '../../core/password-hash';
import { getAccount, updateAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';
import { userResource } from './iam-resources';
import { noSuchLoginProfile, Password } from './login-profile-output';
import { checkNewPassword, rememberedHashes } from './password-policy';

const invalidUserType = (message: string): AwsError => awsError('iam', 'ChangePassword', 'InvalidUserType', message, 400);

/** An IAM user changes their own console password (the forced change at sign-in, or Security credentials). */
export const changePassword = defineOperation({
  ...iamOperation('ChangePassword', 'write'),
  input: z.object({ OldPassword: Password, NewPassword: Password }),
  sensitive: ['OldPassword', 'NewPassword'],
  resource: (ctx, _input, world) => (ctx.caller.type === 'user' ? userResource(ctx, world, ctx.caller.userName) : '*'),
  // "Allow users to change their own password" grants this for the caller's own user (facts §2.5).
  grantedWithoutPolicy: (ctx, _input, world) => world.accounts[ctx.accountId]?.iam.passwordPolicy?.allowUsersToChangePassword === true,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    // Only an IAM user has a password this operation changes; a role session or the root user does not.
    if (ctx.caller.type !== 'user') return invalidUserType('Only IAM users can change their own password.');
    const name = ctx.caller.userName;
    const account = getAccount(world, ctx.accountId);
    const profile = account.iam.users[name]?.loginProfile;
    if (!profile) return noSuchLoginProfile('ChangePassword', name);
    // Code and wording for a wrong current password are not documented (unconfirmed).
    if (!verifyPassword(input.OldPassword, profile.passwordHash)) return invalidUserType('The old password was incorrect.');
    const policy = account.iam.passwordPolicy;
    const refused = checkNewPassword('ChangePassword', policy, input.NewPassword, { profile });
    if (refused) return refused;
    const next = updateAccount(world, ctx.accountId, (draft) => {
      draft.iam.users[name]!.loginProfile = {
        ...profile, passwordHash: hashPassword(input.NewPassword), passwordSetDate: toIso(ctx.now),
        passwordResetRequired: false, previousPasswordHashes: rememberedHashes(policy, profile),
      };
    });
    return { world: next, output: {} };
  },
});
