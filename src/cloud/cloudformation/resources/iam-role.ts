import { physicalName } from '../template/physical-name';
import { json, list, text, type Call, type ResourceHandler } from './resource-handler';

type InlinePolicy = { PolicyName?: unknown; PolicyDocument?: unknown };

/** Empties a role the way its delete handler does, then deletes it (facts §6: Detach/DeleteRolePolicy, DeleteRole). */
function deleteRole(roleName: string, call: Call) {
  for (const p of call('iam:ListAttachedRolePolicies', { RoleName: roleName }).AttachedPolicies) {
    call('iam:DetachRolePolicy', { RoleName: roleName, PolicyArn: p.PolicyArn ?? '' });
  }
  for (const policyName of call('iam:ListRolePolicies', { RoleName: roleName }).PolicyNames) {
    call('iam:DeleteRolePolicy', { RoleName: roleName, PolicyName: policyName });
  }
  call('iam:DeleteRole', { RoleName: roleName });
}

/** AWS::IAM::Role: CreateRole, then its inline policies and managed policy ARNs; Ref is the name. */
export const iamRole: ResourceHandler = {
  create(props, ctx, call) {
    const roleName = text(props.RoleName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 64);
    const { Role } = call('iam:CreateRole', {
      RoleName: roleName, AssumeRolePolicyDocument: json(props.AssumeRolePolicyDocument),
      ...(text(props.Path) && { Path: text(props.Path) }), ...(text(props.Description) && { Description: text(props.Description) }),
      ...(props.MaxSessionDuration !== undefined && { MaxSessionDuration: Number(props.MaxSessionDuration) }),
    });
    for (const policy of list(props.Policies) as InlinePolicy[]) {
      call('iam:PutRolePolicy', { RoleName: roleName, PolicyName: String(policy.PolicyName), PolicyDocument: json(policy.PolicyDocument) });
    }
    for (const arn of list(props.ManagedPolicyArns)) call('iam:AttachRolePolicy', { RoleName: roleName, PolicyArn: String(arn) });
    return { physicalId: roleName, ref: roleName, attributes: { Arn: Role.Arn, RoleId: Role.RoleId } };
  },
  delete(roleName, _props, call) {
    deleteRole(roleName, call);
  },
};

/** AWS::IAM::InstanceProfile: CreateInstanceProfile and AddRoleToInstanceProfile (one role); Ref is the name. */
export const iamInstanceProfile: ResourceHandler = {
  create(props, ctx, call) {
    const name = text(props.InstanceProfileName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 128);
    const { InstanceProfile } = call('iam:CreateInstanceProfile', { InstanceProfileName: name, ...(text(props.Path) && { Path: text(props.Path) }) });
    for (const role of list(props.Roles)) call('iam:AddRoleToInstanceProfile', { InstanceProfileName: name, RoleName: String(role) });
    return { physicalId: name, ref: name, attributes: { Arn: InstanceProfile.Arn } };
  },
  delete(name, props, call) {
    for (const role of list(props.Roles)) call('iam:RemoveRoleFromInstanceProfile', { InstanceProfileName: name, RoleName: String(role) });
    call('iam:DeleteInstanceProfile', { InstanceProfileName: name });
  },
};
