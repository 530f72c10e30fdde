import { z } from 'zod';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { hashPassword } from '../../core/password-hash';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchUser, userNameRequired } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserName } from './iam-lookup';
import { iamOperation } from './iam-operation';
import { targetUserResource } from './iam-resources';
import { noSuchLoginProfile, Password } from './login-profile-output';
import { checkNewPassword, rememberedHashes } from './password-policy';

/** An administrator's reset (the console's "Manage console access"): a new password, the reset flag, or both. */
export const updateLoginProfile = defineOperation({
  ...iamOperation('UpdateLoginProfile', 'write'),
  input: z.object({ UserName: UserName.optional(), Password: Password.optional(), PasswordResetRequired: z.boolean().optional() }),
  sensitive: ['Password'],
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const name = targetUserName(ctx.caller, input.UserName);
    if (name === undefined) return userNameRequired('UpdateLoginProfile');
    const account = getAccount(world, ctx.accountId);
    const user = account.iam.users[name];
    if (!user) return noSuchUser('UpdateLoginProfile', name);
    const profile = user.loginProfile;
    if (!profile) return noSuchLoginProfile('UpdateLoginProfile', name);
    const policy = account.iam.passwordPolicy;
    if (input.Password !== undefined) {
      const refused = checkNewPassword('UpdateLoginProfile', policy, input.Password, { profile });
      if (refused) return refused;
    }
    const next = updateAccount(world, ctx.accountId, (draft) => {
      draft.iam.users[name]!.loginProfile = {
        ...profile,
        ...(input.PasswordResetRequired !== undefined && { passwordResetRequired: input.PasswordResetRequired }),
        ...(input.Password !== undefined && {
          passwordHash: hashPassword(input.Password), passwordSetDate: toIso(ctx.now),
          previousPasswordHashes: rememberedHashes(policy, profile),
        }),
      };
    });
    return { world: next, output: {} };
  },
});
