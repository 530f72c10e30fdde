import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';
import { UPDATE_DEFAULTS } from './password-policy';

const bounded = (min: number, max: number) => z.number({ error: 'Member must be a number' }).int()
  .min(min, `Member must have value greater than or equal to ${min}`)
  .max(max, `Member must have value less than or equal to ${max}`);

/** Replaces the whole policy: a field left out takes its default, not its old value (facts §5). */
export const updateAccountPasswordPolicy = defineOperation({
  ...iamOperation('UpdateAccountPasswordPolicy', 'write'),
  input: z.object({
    MinimumPasswordLength: bounded(6, 128).optional(),
    RequireSymbols: z.boolean().optional(),
    RequireNumbers: z.boolean().optional(),
    RequireUppercaseCharacters: z.boolean().optional(),
    RequireLowercaseCharacters: z.boolean().optional(),
    AllowUsersToChangePassword: z.boolean().optional(),
    MaxPasswordAge: bounded(1, 1095).optional(),
    PasswordReusePrevention: bounded(1, 24).optional(),
    HardExpiry: z.boolean().optional(),
  }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const d = UPDATE_DEFAULTS;
    const policy = {
      minimumPasswordLength: input.MinimumPasswordLength ?? d.minimumPasswordLength,
      requireSymbols: input.RequireSymbols ?? d.requireSymbols,
      requireNumbers: input.RequireNumbers ?? d.requireNumbers,
      requireUppercaseCharacters: input.RequireUppercaseCharacters ?? d.requireUppercaseCharacters,
      requireLowercaseCharacters: input.RequireLowercaseCharacters ?? d.requireLowercaseCharacters,
      allowUsersToChangePassword: input.AllowUsersToChangePassword ?? d.allowUsersToChangePassword,
      maxPasswordAge: input.MaxPasswordAge ?? d.maxPasswordAge,
      passwordReusePrevention: input.PasswordReusePrevention ?? d.passwordReusePrevention,
      hardExpiry: input.HardExpiry ?? d.hardExpiry,
    };
    return { world: updateAccount(world, ctx.accountId, (draft) => { draft.iam.passwordPolicy = policy; }), output: {} };
  },
});
