import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { principalArn } from '../../core/caller';

/** Where CloudTrail says Switch role went (the console's home in the session's Region). */
const redirectTo = (region: string) => `https://${region}.console.aws.amazon.com/console/home?region=${region}`;

/**
 * The console's record of a switch (facts §8.2, observed): made as the new role session, after its
 * sts:AssumeRole, and logged in the role's account. Asks no permission: AssumeRole already did.
 */
export const switchRoleEvent = defineOperation({
  service: 'signin',
  name: 'SwitchRole',
  action: 'signin:SwitchRole',
  access: 'write',
  input: z.object({ SwitchFrom: z.string().min(1) }),
  skipAuthorization: true,
  resource: () => '*',
  signInEvent: (ctx, input, world) => ({
    principalArn: principalArn(world, ctx.caller),
    responseElements: { SwitchRole: 'Success' },
    additionalEventData: { SwitchFrom: (input as { SwitchFrom?: string }).SwitchFrom, RedirectTo: redirectTo(ctx.region) },
  }),
  handler: (world): HandlerResult<Record<string, never>> => ({ world, output: {} }),
});

/** Switch back, as the role session being left. Its exact record is not documented (unconfirmed): SwitchRole's shape. */
export const exitRoleEvent = defineOperation({
  service: 'signin',
  name: 'ExitRole',
  action: 'signin:ExitRole',
  access: 'write',
  input: z.object({}),
  skipAuthorization: true,
  resource: () => '*',
  signInEvent: (ctx, _input, world) => ({
    principalArn: principalArn(world, ctx.caller),
    responseElements: { ExitRole: 'Success' },
    additionalEventData: { RedirectTo: redirectTo(ctx.region) },
  }),
  handler: (world): HandlerResult<Record<string, never>> => ({ world, output: {} }),
});
