import type { ConditionContext } from '../policy/conditions';
import type { PolicySource } from '../policy/evaluate';
import { awsError, type AwsError } from './aws-error';
import { principalType, type Caller } from './caller';
import { toIso } from './clock';
import { resolveManagedPolicy } from './policy-lookup';
import type { OperationDefinition } from './operation';
import type { Account, World } from './world';

/** Rejects credentials that AWS would refuse before looking at any policy. */
export function checkCredentials(world: World, caller: Caller, def: OperationDefinition): AwsError | undefined {
  if (caller.type === 'service') return undefined;
  const account = world.accounts[caller.accountId];
  const known = caller.type === 'user' ? account?.iam.users[caller.userName] : account;
  // A deleted user's access keys stop working at once.
  if (!known) {
    return awsError(def.service, def.name, 'InvalidClientTokenId', 'The security token included in the request is invalid.', 403);
  }
  if (caller.type === 'assumed-role' && world.clock.now >= caller.expiresAt) {
    return awsError(def.service, def.name, 'ExpiredToken', 'The security token included in the request is expired', 400);
  }
  return undefined;
}

function sources(
  account: Account,
  attachedVia: 'user' | 'group' | 'role',
  entity: { attachedPolicyArns: string[]; inlinePolicies: Record<string, string> },
): PolicySource[] {
  const managed = entity.attachedPolicyArns.flatMap((arn): PolicySource[] => {
    const policy = resolveManagedPolicy(account, arn);
    return policy ? [{ name: policy.policyName, arn, document: policy.policyText, kind: 'managed', attachedVia }] : [];
  });
  const inline = Object.entries(entity.inlinePolicies).map(
    ([name, text]): PolicySource => ({ name, document: text, kind: 'inline', attachedVia }),
  );
  return [...managed, ...inline];
}

/**
 * The identity policies that apply to a caller. A user: its own and its groups' policies.
 * An assumed role: the role's policies only; the user who assumed it contributes nothing.
 */
export function identityPolicies(world: World, caller: Caller): PolicySource[] {
  if (caller.type === 'service') return [];
  const account = world.accounts[caller.accountId];
  if (!account) return [];
  if (caller.type === 'assumed-role') {
    const role = account.iam.roles[caller.roleName];
    return role ? sources(account, 'role', role) : [];
  }
  const user = account.iam.users[caller.userName];
  if (!user) return [];
  const groups = user.groupNames.flatMap((g) => {
    const group = account.iam.groups[g];
    return group ? sources(account, 'group', group) : [];
  });
  return [...sources(account, 'user', user), ...groups];
}

/** The global condition keys every request carries. */
export function globalContext(
  world: World, caller: Caller, principal: string, accountId: string, region: string,
): ConditionContext {
  const context: ConditionContext = {
    'aws:PrincipalArn': principal,
    'aws:PrincipalAccount': accountId,
    'aws:PrincipalType': principalType(caller),
    'aws:RequestedRegion': region,
    'aws:CurrentTime': toIso(world.clock.now),
    'aws:EpochTime': String(Math.floor(world.clock.now / 1000)),
    'aws:SecureTransport': 'true',
  };
  if (caller.type === 'user') {
    context['aws:username'] = caller.userName;
    const userId = world.accounts[accountId]?.iam.users[caller.userName]?.userId;
    if (userId) context['aws:userid'] = userId;
  }
  if (caller.type === 'assumed-role') {
    context['aws:TokenIssueTime'] = toIso(caller.issuedAt);
    const role = world.accounts[accountId]?.iam.roles[caller.roleName];
    // For a role session, aws:PrincipalArn is the role's ARN, not the session's (global condition keys doc).
    if (role) context['aws:PrincipalArn'] = role.arn;
    if (role) context['aws:userid'] = `${role.roleId}:${caller.sessionName}`;
    if (caller.sourceIdentity) context['aws:SourceIdentity'] = caller.sourceIdentity;
  }
  return context;
}

