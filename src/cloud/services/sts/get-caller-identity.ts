import { z } from 'zod';
import { principalArn } from '../../core/caller';
import { defineOperation, type HandlerResult } from '../../core/operation';

export type GetCallerIdentityOutput = { UserId: string; Account: string; Arn: string };

export const getCallerIdentity = defineOperation({
  service: 'sts',
  name: 'GetCallerIdentity',
  action: 'sts:GetCallerIdentity',
  access: 'read',
  input: z.object({}),
  // AWS answers it for any valid credentials, even under an explicit deny (facts §7.3).
  skipAuthorization: true,
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<GetCallerIdentityOutput> {
    const { caller, accountId } = ctx;
    const account = world.accounts[accountId];
    let userId: string;
    if (caller.type === 'user') userId = account?.iam.users[caller.userName]?.userId ?? caller.userName;
    else if (caller.type === 'assumed-role') {
      // A deleted role's sessions keep their id; show the name when the role is gone.
      userId = `${account?.iam.roles[caller.roleName]?.roleId ?? caller.roleName}:${caller.sessionName}`;
    } else if (caller.type === 'root') userId = accountId; // the root user's UserId is its account id
    else userId = caller.service;
    return { world, output: { UserId: userId, Account: accountId, Arn: principalArn(world, caller) } };
  },
});
