import { assumedRoleArn, iamArn } from './arn';
import type { World } from './world';

/** Who makes a request. Times are epoch ms on the world's clock. */
export type Caller =
  | { type: 'user'; accountId: string; userName: string }
  /** The account's root user: signs in with the account's email; no policy limits it but an SCP or a resource policy's Deny. */
  | { type: 'root'; accountId: string }
  | {
      type: 'assumed-role';
      accountId: string;
      roleName: string;
      sessionName: string;
      issuedAt: number;
      expiresAt: number;
      sourceIdentity?: string;
      /** The session policy passed to AssumeRole (JSON text): it limits what the role's policies allow. */
      sessionPolicy?: string;
    }
  // accountId: the account the service acts in; defaults to the world's first account.
  | { type: 'service'; service: string; accountId?: string };

/** A role session (Switch role, AssumeRole, an instance's role). */
export type AssumedRoleCaller = Extract<Caller, { type: 'assumed-role' }>;

/** The ARN AWS reports for the caller (error messages, events, GetCallerIdentity). */
export function principalArn(world: World, caller: Caller): string {
  switch (caller.type) {
    case 'user': {
      const user = world.accounts[caller.accountId]?.iam.users[caller.userName];
      return iamArn(caller.accountId, 'user', `${user?.path ?? '/'}${caller.userName}`);
    }
    case 'root':
      return rootArn(caller.accountId);
    case 'assumed-role':
      return assumedRoleArn(caller.accountId, caller.roleName, caller.sessionName);
    case 'service':
      return caller.service;
  }
}

/** The account a request is made in. */
export function callerAccountId(world: World, caller: Caller): string {
  if (caller.type !== 'service') return caller.accountId;
  const id = caller.accountId ?? Object.keys(world.accounts)[0];
  if (id === undefined) throw new Error('callerAccountId: the world has no account');
  return id;
}

/** aws:PrincipalType values. */
export function principalType(caller: Caller): string {
  const types = { user: 'User', root: 'Account', 'assumed-role': 'AssumedRole', service: 'AWSService' } as const;
  return types[caller.type];
}

/** arn:aws:iam::123456789012:root, the root user's ARN (and the account's, as a principal). */
export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}
