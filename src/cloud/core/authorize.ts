import type { ConditionContext } from '../policy/conditions';
import type { PolicySet, PolicySource, RequestPrincipal } from '../policy/evaluate';
import { awsError, type AwsError } from './aws-error';
import { principalType, type Caller } from './caller';
import { parseArn } from './arn';
import { toIso } from './clock';
import { resolveManagedPolicy } from './policy-lookup';
import type { OperationDefinition } from './operation';
import type { Account, World } from './world';

/** Rejects credentials that AWS would refuse before looking at any policy. */
export function checkCredentials(world: World, caller: Caller, def: OperationDefinition): AwsError | undefined {
  if (caller.type === 'service') return undefined;
  const account = world.accounts[caller.accountId];
  const known = caller.type === 'user' ? account?.iam.users[caller.userName] : caller.type === 'root' ? account?.root : account;
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
 * The root user has no policies: it may do anything in its account that an SCP or a resource policy's
 * explicit Deny does not forbid. Shown to the engine as one policy so its explanations can name it.
 */
const ROOT_ACCESS: PolicySource = {
  name: 'Root user (full access)', kind: 'inline',
  document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
};

/**
 * The identity policies that apply to a caller. A user: its own and its groups' policies.
 * An assumed role: the role's policies only; the user who assumed it contributes nothing.
 */
export function identityPolicies(world: World, caller: Caller): PolicySource[] {
  if (caller.type === 'service') return [];
  const account = world.accounts[caller.accountId];
  if (!account) return [];
  if (caller.type === 'root') return [ROOT_ACCESS];
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

/** The permissions boundary of the user, or of the role behind a session (an empty list when none). */
export function boundaryPolicies(world: World, caller: Caller): PolicySource[] {
  if (caller.type === 'service' || caller.type === 'root') return [];
  const account = world.accounts[caller.accountId];
  const entity = caller.type === 'assumed-role' ? account?.iam.roles[caller.roleName] : account?.iam.users[caller.userName];
  // Users gain permissionsBoundaryArn with the user-management issue; roles have it already.
  const arn = (entity as { permissionsBoundaryArn?: string } | undefined)?.permissionsBoundaryArn;
  const policy = account && arn ? resolveManagedPolicy(account, arn) : undefined;
  // A boundary whose policy cannot be found allows nothing, as AWS would with a deleted boundary policy.
  if (arn && !policy) return [{ name: arn, arn, document: '{"Statement":[]}', kind: 'managed' }];
  return policy ? [{ name: policy.policyName, arn, document: policy.policyText, kind: 'managed' }] : [];
}

/**
 * Every policy layer for a request. Resource policies (bucket policies, a role's trust policy for
 * sts:AssumeRole) come from the operation; a session policy from the caller (AssumeRole's Policy).
 */
export function policySet(
  world: World, caller: Caller, extra: Pick<PolicySet, 'resourcePolicies' | 'sessionPolicies'> = {},
): PolicySet {
  const session = caller.type === 'assumed-role' && caller.sessionPolicy !== undefined
    ? { sessionPolicies: [{ name: 'Session policy', document: caller.sessionPolicy, kind: 'inline' as const }] }
    : {};
  return { identity: identityPolicies(world, caller), permissionsBoundaries: boundaryPolicies(world, caller), ...session, ...extra };
}

const tagRecord = (tags: { Key: string; Value: string }[] | undefined) =>
  Object.fromEntries((tags ?? []).map((t) => [t.Key, t.Value]));

/** The engine's view of the caller. */
export function requestPrincipal(world: World, caller: Caller, arn: string, accountId: string): RequestPrincipal {
  if (caller.type === 'service') return { arn, accountId: '', type: 'service' };
  const account = world.accounts[caller.accountId];
  if (caller.type === 'user') return { arn, accountId, type: 'user', tags: tagRecord(account?.iam.users[caller.userName]?.tags) };
  if (caller.type === 'root') return { arn, accountId, type: 'root' };
  const role = account?.iam.roles[caller.roleName];
  return { arn, accountId, type: 'assumed-role', tags: tagRecord(role?.tags), ...(role && { roleArn: role.arn }) };
}

/** The account that owns a resource: the ARN's account field, else the caller's (S3 ARNs and "*" name none). */
export function resourceAccountOf(resource: string, callerAccount: string): string {
  const account = parseArn(resource)?.account;
  return account && /^\d{12}$/.test(account) ? account : callerAccount; // "aws" (AWS managed policies) is no account
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
  // The root user's aws:userid is its account id (global condition keys doc).
  if (caller.type === 'root') context['aws:userid'] = caller.accountId;
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

