import type { AwsError } from '../../core/aws-error';
import type { ConditionContext } from '../../policy/conditions';
import type { Caller } from '../../core/caller';
import type { AccessCheck } from '../../core/operation';
import type { World } from '../../core/world';
import type { StoredStack } from '../../core/world-cloudformation';
import { roleByArn } from '../sts/assume-role';
import { serviceCanAssume } from '../sts/service-can-assume';
import { cfnError } from './stack-store';

export const CLOUDFORMATION_SERVICE = 'cloudformation.amazonaws.com';
/** The session name CloudFormation gives a service role's session [doc] (facts §4). */
export const CLOUDFORMATION_SESSION = 'AWSCloudFormation';
const HOUR = 3_600_000;

/** "Role ARN is invalid or cannot be assumed": a ValidationError, returned at once [doc] (facts §4). */
export const roleInvalid = (operation: string, roleArn: string): AwsError =>
  cfnError(operation, 'ValidationError', `Role ${roleArn} is invalid or cannot be assumed`);

/** Naming a service role passes it to CloudFormation. */
export const passRoleCheck = (roleArn: string): AccessCheck =>
  ({ action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': CLOUDFORMATION_SERVICE } });

export const cloudFormationCanAssume = (world: World, roleArn: string) => serviceCanAssume(world, roleArn, CLOUDFORMATION_SERVICE);

/**
 * Who a stack's step runs as: with a service role, CloudFormation's session of it (assumed afresh, so a
 * role deleted or untrusted since fails the step); without one, the identity that asked for the operation.
 */
export function stackCaller(world: World, stack: StoredStack, at: number, operation: string): Caller | AwsError {
  if (!stack.roleArn) return stack.caller ?? roleInvalid(operation, '(none)');
  const found = roleByArn(world, stack.roleArn);
  if (!found || !cloudFormationCanAssume(world, stack.roleArn)) return roleInvalid(operation, stack.roleArn);
  return {
    type: 'assumed-role', accountId: found.accountId, roleName: found.role.roleName, sessionName: CLOUDFORMATION_SESSION,
    issuedAt: at, expiresAt: at + HOUR,
  };
}

/** The identity a stack without a role keeps acting as (a service principal never creates stacks here). */
export function forwardedCaller(caller: Caller): StoredStack['caller'] {
  return caller.type === 'service' ? undefined : caller;
}

/** cloudformation:RoleArn, the key that limits which service role a user may name [doc]. */
export const roleArnContext = (roleArn: string | undefined): ConditionContext => (roleArn ? { 'cloudformation:RoleArn': roleArn } : {});
