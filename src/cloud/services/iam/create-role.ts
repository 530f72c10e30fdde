import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { Role } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { alreadyExists, policyNotAttachable } from './iam-errors';
import { MaxSessionDuration, Path, PolicyArn, PolicyDocument, RoleDescription, RoleName, Tags } from './iam-inputs';
import { managedPolicyExists, nameTaken } from './iam-lookup';
import { newEntityArn } from './iam-resources';
import { checkTrustPolicy } from './policy-document';
import { roleOutput, type RoleOutput } from './role-output';
import { duplicateTagKeys } from './tags';
import { iamOperation } from './iam-operation';

export type CreateRoleOutput = { Role: RoleOutput };

/** New roles get one hour (facts §2.5) unless MaxSessionDuration says otherwise. */
export const DEFAULT_MAX_SESSION_DURATION = 3600;

export const createRole = defineOperation({
  ...iamOperation('CreateRole', 'write'),
  input: z.object({
    RoleName,
    Path: Path.optional(),
    AssumeRolePolicyDocument: PolicyDocument,
    Description: RoleDescription.optional(),
    MaxSessionDuration: MaxSessionDuration.optional(),
    PermissionsBoundary: PolicyArn.optional(),
    Tags: Tags.optional(),
  }),
  resource: (ctx, input) => newEntityArn(ctx, 'role', input.Path, input.RoleName),
  handler(world, input, ctx): HandlerResult<CreateRoleOutput> {
    const account = getAccount(world, ctx.accountId);
    if (nameTaken(account.iam.roles, input.RoleName)) {
      return alreadyExists('CreateRole', `Role with name ${input.RoleName} already exists.`);
    }
    const invalid = duplicateTagKeys('CreateRole', input.Tags) ?? checkTrustPolicy('CreateRole', input.AssumeRolePolicyDocument);
    if (invalid) return invalid;
    const boundary = input.PermissionsBoundary;
    if (boundary !== undefined && !managedPolicyExists(account, boundary)) return policyNotAttachable('CreateRole', boundary);
    const { world: seeded, id } = nextId(world, 'role');
    const path = input.Path ?? '/';
    const role: Role = {
      roleName: input.RoleName, roleId: id, path, arn: newEntityArn(ctx, 'role', path, input.RoleName),
      createDate: toIso(ctx.now),
      ...(input.Description !== undefined && { description: input.Description }),
      maxSessionDuration: input.MaxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
      assumeRolePolicyDocument: input.AssumeRolePolicyDocument,
      attachedPolicyArns: [], inlinePolicies: {},
      ...(boundary !== undefined && { permissionsBoundaryArn: boundary }),
      tags: input.Tags ?? [],
    };
    const next = updateAccount(seeded, ctx.accountId, (draft) => { draft.iam.roles[role.roleName] = role; });
    return { world: next, output: { Role: { ...roleOutput(role), ...(role.tags.length > 0 && { Tags: role.tags }) } } };
  },
});
