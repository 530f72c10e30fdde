import { awsError } from '../../core/aws-error';
import { physicalName } from '../template/physical-name';
import { json, list, text, type Call, type ResourceHandler } from './resource-handler';

type InlinePolicy = { PolicyName?: unknown; PolicyDocument?: unknown };

/** AWS::IAM::User: CreateUser, its inline and managed policies and groups; Ref is the name. */
export const iamUser: ResourceHandler = {
  create(props, ctx, call) {
    // A console password from a template is not simulated: say so rather than make a user without it.
    if (props.LoginProfile !== undefined) throw awsError('cloudformation', 'CreateStack', 'NotImplemented', 'AWS::IAM::User LoginProfile is not simulated yet.', 501);
    const userName = text(props.UserName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 64);
    const { User } = call('iam:CreateUser', { UserName: userName, ...(text(props.Path) && { Path: text(props.Path) }) });
    for (const p of list(props.Policies) as InlinePolicy[]) {
      call('iam:PutUserPolicy', { UserName: userName, PolicyName: String(p.PolicyName), PolicyDocument: json(p.PolicyDocument) });
    }
    for (const arn of list(props.ManagedPolicyArns)) call('iam:AttachUserPolicy', { UserName: userName, PolicyArn: String(arn) });
    for (const group of list(props.Groups)) call('iam:AddUserToGroup', { UserName: userName, GroupName: String(group) });
    return { physicalId: userName, ref: userName, attributes: { Arn: User.Arn } };
  },
  delete(userName, _props, call) {
    for (const g of call('iam:ListGroupsForUser', { UserName: userName }).Groups) call('iam:RemoveUserFromGroup', { UserName: userName, GroupName: g.GroupName });
    for (const p of call('iam:ListAttachedUserPolicies', { UserName: userName }).AttachedPolicies) call('iam:DetachUserPolicy', { UserName: userName, PolicyArn: p.PolicyArn ?? '' });
    for (const name of call('iam:ListUserPolicies', { UserName: userName }).PolicyNames) call('iam:DeleteUserPolicy', { UserName: userName, PolicyName: name });
    call('iam:DeleteUser', { UserName: userName });
  },
};

/** AWS::IAM::Group: CreateGroup and its policies; Ref is the name. */
export const iamGroup: ResourceHandler = {
  create(props, ctx, call) {
    const groupName = text(props.GroupName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 128);
    const { Group } = call('iam:CreateGroup', { GroupName: groupName, ...(text(props.Path) && { Path: text(props.Path) }) });
    for (const p of list(props.Policies) as InlinePolicy[]) {
      call('iam:PutGroupPolicy', { GroupName: groupName, PolicyName: String(p.PolicyName), PolicyDocument: json(p.PolicyDocument) });
    }
    for (const arn of list(props.ManagedPolicyArns)) call('iam:AttachGroupPolicy', { GroupName: groupName, PolicyArn: String(arn) });
    return { physicalId: groupName, ref: groupName, attributes: { Arn: Group.Arn } };
  },
  delete(groupName, _props, call) {
    for (const p of call('iam:ListAttachedGroupPolicies', { GroupName: groupName }).AttachedPolicies) call('iam:DetachGroupPolicy', { GroupName: groupName, PolicyArn: p.PolicyArn ?? '' });
    for (const name of call('iam:ListGroupPolicies', { GroupName: groupName }).PolicyNames) call('iam:DeleteGroupPolicy', { GroupName: groupName, PolicyName: name });
    call('iam:DeleteGroup', { GroupName: groupName });
  },
};

type Targets = { Roles?: unknown; Users?: unknown; Groups?: unknown };

function attachments(props: Targets, arn: string, call: Call, attach: boolean) {
  for (const r of list(props.Roles)) call(attach ? 'iam:AttachRolePolicy' : 'iam:DetachRolePolicy', { RoleName: String(r), PolicyArn: arn });
  for (const u of list(props.Users)) call(attach ? 'iam:AttachUserPolicy' : 'iam:DetachUserPolicy', { UserName: String(u), PolicyArn: arn });
  for (const g of list(props.Groups)) call(attach ? 'iam:AttachGroupPolicy' : 'iam:DetachGroupPolicy', { GroupName: String(g), PolicyArn: arn });
}

/** AWS::IAM::ManagedPolicy: CreatePolicy and its attachments; Ref is the policy's ARN (facts §6). */
export const iamManagedPolicy: ResourceHandler = {
  create(props, ctx, call) {
    const name = text(props.ManagedPolicyName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 128);
    const { Policy } = call('iam:CreatePolicy', {
      PolicyName: name, PolicyDocument: json(props.PolicyDocument),
      ...(text(props.Path) && { Path: text(props.Path) }), ...(text(props.Description) && { Description: text(props.Description) }),
    });
    attachments(props, Policy.Arn, call, true);
    return {
      physicalId: Policy.Arn, ref: Policy.Arn,
      attributes: { PolicyArn: Policy.Arn, PolicyId: Policy.PolicyId, DefaultVersionId: Policy.DefaultVersionId, CreateDate: Policy.CreateDate, UpdateDate: Policy.UpdateDate },
    };
  },
  delete(arn, props, call) {
    attachments(props, arn, call, false);
    call('iam:DeletePolicy', { PolicyArn: arn });
  },
};

/** AWS::IAM::Policy: an inline policy put on each role, user and group named; Ref and physical ID a generated id (form unconfirmed). */
export const iamInlinePolicy: ResourceHandler = {
  create(props, ctx, call) {
    const name = String(props.PolicyName);
    const document = json(props.PolicyDocument);
    for (const r of list(props.Roles)) call('iam:PutRolePolicy', { RoleName: String(r), PolicyName: name, PolicyDocument: document });
    for (const u of list(props.Users)) call('iam:PutUserPolicy', { UserName: String(u), PolicyName: name, PolicyDocument: document });
    for (const g of list(props.Groups)) call('iam:PutGroupPolicy', { GroupName: String(g), PolicyName: name, PolicyDocument: document });
    const id = physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 64);
    return { physicalId: id, ref: id, attributes: { Id: id } };
  },
  delete(_id, props, call) {
    const name = String(props.PolicyName);
    for (const r of list(props.Roles)) call('iam:DeleteRolePolicy', { RoleName: String(r), PolicyName: name });
    for (const u of list(props.Users)) call('iam:DeleteUserPolicy', { UserName: String(u), PolicyName: name });
    for (const g of list(props.Groups)) call('iam:DeleteGroupPolicy', { GroupName: String(g), PolicyName: name });
  },
};
