import type { World } from '../core/world';
import { evaluate } from '../policy/evaluate';
import type { Check } from './lab-schema';
import { firstMatchingEvent } from './event-check';
import { observe, type LabContext } from './lab-observer';
import { functionHolds, stackHolds, tableHolds } from './service-checks';

const trustDoc = (text: string) => { try { return JSON.stringify(JSON.parse(decodeURIComponent(text))); } catch { return text; } };

function roleHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'role' }>): boolean {
  const names = check.roleName !== undefined ? [check.roleName]
    : (observe(world, ctx, 'iam:ListRoles', {})?.Roles ?? []).map((r) => r.RoleName).filter((n) => n.startsWith(check.roleNamePrefix ?? ''));
  return names.some((roleName) => {
    const role = observe(world, ctx, 'iam:GetRole', { RoleName: roleName })?.Role;
    if (!role) return false;
    const trust = trustDoc(role.AssumeRolePolicyDocument);
    if (check.trustedService && !trust.includes(`"${check.trustedService}"`)) return false;
    if (check.trustsAccount && !trust.includes(`arn:aws:iam::${check.trustsAccount}:root`) && !trust.includes(`"${check.trustsAccount}"`)) return false;
    const attached = (observe(world, ctx, 'iam:ListAttachedRolePolicies', { RoleName: roleName })?.AttachedPolicies ?? []).map((p) => p.PolicyName);
    if (check.attachedPolicy && !attached.some((name) => name === check.attachedPolicy || name?.startsWith(`${check.attachedPolicy}-`))) return false;
    if (check.notAttachedPolicy && attached.some((name) => name === check.notAttachedPolicy || name?.startsWith(`${check.notAttachedPolicy}-`))) return false;
    return !check.inlineAllowsAction || inlineAllows(world, ctx, roleName, check);
  });
}

/** The role's inline policies allow the action on onResource and, when asked, not on notOnResource (least privilege). */
function inlineAllows(world: World, ctx: LabContext, roleName: string, check: Extract<Check, { type: 'role' }>): boolean {
  const names = observe(world, ctx, 'iam:ListRolePolicies', { RoleName: roleName })?.PolicyNames ?? [];
  const identity = names.map((name) => ({
    name, kind: 'inline' as const,
    document: decodeURIComponent(observe(world, ctx, 'iam:GetRolePolicy', { RoleName: roleName, PolicyName: name })?.PolicyDocument ?? '{}'),
  }));
  const principal = { arn: `arn:aws:iam::${ctx.accountId}:role/${roleName}`, accountId: ctx.accountId, type: 'role' as const };
  const allows = (resource: string) =>
    evaluate({ principal, action: check.inlineAllowsAction!, resource, context: {} }, { identity }).decision === 'Allowed';
  return allows(check.onResource ?? '*') && !(check.notOnResource && allows(check.notOnResource));
}

/** A customer managed policy exists (and, if asked, its default version allows the action on the resource). */
function policyHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'policy' }>): boolean {
  const policy = observe(world, ctx, 'iam:ListPolicies', { Scope: 'Local' })?.Policies.find((p) => p.PolicyName === check.policyName);
  if (!policy?.Arn) return false;
  if (!check.allowsAction) return true;
  const version = observe(world, ctx, 'iam:GetPolicyVersion', { PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId ?? 'v1' });
  if (!version) return false;
  const document = decodeURIComponent(version.PolicyVersion.Document ?? '');
  const principal = { arn: `arn:aws:iam::${ctx.accountId}:user/lab-check`, accountId: ctx.accountId, type: 'user' as const };
  const request = { principal, action: check.allowsAction, resource: check.onResource ?? '*', context: {} };
  return evaluate(request, { identity: [{ name: check.policyName, document, kind: 'managed' }] }).decision === 'Allowed';
}

function instanceHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'instance' }>): boolean {
  const instance = observe(world, ctx, 'ec2:DescribeInstances', {})?.Reservations.flatMap((r) => r.Instances)
    .find((i) => i.Tags.some((t) => t.Key === 'Name' && t.Value === check.instanceName) && i.State.Name !== 'terminated');
  if (!instance) return false;
  const profileName = instance.IamInstanceProfile?.Arn.split('/').pop();
  if (check.noRole) return profileName === undefined;
  if (!check.roleName) return true;
  if (!profileName) return false;
  const roles = observe(world, ctx, 'iam:GetInstanceProfile', { InstanceProfileName: profileName })?.InstanceProfile.Roles ?? [];
  return roles.some((r) => r.RoleName === check.roleName);
}

export function checkHolds(world: World, ctx: LabContext, check: Check): boolean {
  switch (check.type) {
    case 'role': return roleHolds(world, ctx, check);
    case 'policy': return policyHolds(world, ctx, check);
    case 'instance': return instanceHolds(world, ctx, check);
    case 'user': {
      if (!observe(world, ctx, 'iam:GetUser', { UserName: check.userName })) return false;
      const attached = observe(world, ctx, 'iam:ListAttachedUserPolicies', { UserName: check.userName })?.AttachedPolicies ?? [];
      if (check.attachedPolicy && !attached.some((p) => p.PolicyName === check.attachedPolicy)) return false;
      const keys = observe(world, ctx, 'iam:ListAccessKeys', { UserName: check.userName })?.AccessKeyMetadata ?? [];
      if (check.accessKeys !== undefined && keys.length !== check.accessKeys) return false;
      const groups = observe(world, ctx, 'iam:ListGroupsForUser', { UserName: check.userName })?.Groups ?? [];
      if (check.inGroup && !groups.some((g) => g.GroupName === check.inGroup)) return false;
      return check.consoleAccess === undefined || (observe(world, ctx, 'iam:GetLoginProfile', { UserName: check.userName }) !== undefined) === check.consoleAccess;
    }
    case 'group': {
      if (!observe(world, ctx, 'iam:GetGroup', { GroupName: check.groupName })) return false;
      const attached = observe(world, ctx, 'iam:ListAttachedGroupPolicies', { GroupName: check.groupName })?.AttachedPolicies ?? [];
      return !check.attachedPolicy || attached.some((p) => p.PolicyName === check.attachedPolicy);
    }
    case 'event': return firstMatchingEvent(world, ctx, check) !== undefined;
    case 'console-identity': {
      const id = ctx.consoleIdentity;
      if (check.kind === 'user') return id.type === 'user' && (!check.userName || id.userName === check.userName);
      return id.type === 'assumed-role' && (!check.roleName || id.roleName === check.roleName) && (!check.accountId || id.accountId === check.accountId)
        && (!check.userName || id.sessionName === check.userName);
    }
    case 'function': return functionHolds(world, ctx, check);
    case 'stack': return stackHolds(world, ctx, check);
    case 'table': return tableHolds(world, ctx, check);
    case 'log-group': {
      const groups = observe(world, ctx, 'logs:DescribeLogGroups', {})?.logGroups ?? [];
      const found = groups.filter((g) => (!check.name || g.logGroupName === check.name) && (!check.namePrefix || g.logGroupName?.startsWith(check.namePrefix)));
      if (!check.hasEvents) return found.length > 0;
      return found.some((g) => (observe(world, ctx, 'logs:FilterLogEvents', { logGroupName: g.logGroupName ?? '', limit: 1 })?.events.length ?? 0) > 0);
    }
    case 'all': return check.checks.every((c) => checkHolds(world, ctx, c));
  }
}
