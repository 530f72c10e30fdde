import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { entityFor, entityNameOf, findEntity, nameShape, type EntityKind } from './iam-entities';
import { noSuchPolicy, policyNotAttachable, quotaExceeded } from './iam-errors';
import { Pagination, PathPrefix, PolicyArn } from './iam-inputs';
import { iamOperation } from './iam-operation';
import { managedPolicyExists, policyName, policyPath } from './iam-lookup';

// AttachRolePolicy/AttachUserPolicy/AttachGroupPolicy and their Detach and ListAttached siblings.

/** Managed policies per role, user or group (facts §1.3, Appendix A: 10 by default). */
export const MAX_ATTACHED_POLICIES = 10;

export type AttachedPolicy = { PolicyName: string; PolicyArn: string };
export type ListAttachedPoliciesOutput = { AttachedPolicies: AttachedPolicy[]; IsTruncated: false };

export function defineAttachPolicy<K extends string>(kind: EntityKind<K>) {
  const name = `Attach${kind.label}Policy`;
  return defineOperation({
    ...iamOperation(name, 'write'),
    input: z.object({ ...nameShape(kind), PolicyArn }),
    resource: (ctx, input, world) => kind.resource(ctx, world, entityNameOf(kind, input)),
    handler(world, input, ctx): HandlerResult<Record<string, never>> {
      const account = getAccount(world, ctx.accountId);
      const entityName = entityNameOf(kind, input);
      const { PolicyArn: policyArn } = input as { PolicyArn: string };
      const entity = entityFor(account, kind, name, entityName, true);
      if (isAwsError(entity)) return entity;
      if (!managedPolicyExists(account, policyArn)) return policyNotAttachable(name, policyArn);
      // Attaching an already attached policy succeeds and changes nothing, as in AWS.
      if (entity.attachedPolicyArns.includes(policyArn)) return { world, output: {} };
      if (entity.attachedPolicyArns.length >= MAX_ATTACHED_POLICIES) {
        return quotaExceeded(name, `PoliciesPer${kind.label}`, MAX_ATTACHED_POLICIES);
      }
      const next = updateAccount(world, ctx.accountId, (draft) => {
        findEntity(draft, kind, entityName)?.attachedPolicyArns.push(policyArn);
      });
      return { world: next, output: {} };
    },
  });
}

export function defineDetachPolicy<K extends string>(kind: EntityKind<K>) {
  const name = `Detach${kind.label}Policy`;
  return defineOperation({
    ...iamOperation(name, 'write'),
    input: z.object({ ...nameShape(kind), PolicyArn }),
    resource: (ctx, input, world) => kind.resource(ctx, world, entityNameOf(kind, input)),
    handler(world, input, ctx): HandlerResult<Record<string, never>> {
      const entityName = entityNameOf(kind, input);
      const { PolicyArn: policyArn } = input as { PolicyArn: string };
      const entity = entityFor(getAccount(world, ctx.accountId), kind, name, entityName, true);
      if (isAwsError(entity)) return entity;
      if (!entity.attachedPolicyArns.includes(policyArn)) return noSuchPolicy(name, policyArn);
      const next = updateAccount(world, ctx.accountId, (draft) => {
        const target = findEntity(draft, kind, entityName);
        if (target) target.attachedPolicyArns = target.attachedPolicyArns.filter((a) => a !== policyArn);
      });
      return { world: next, output: {} };
    },
  });
}

export function defineListAttachedPolicies<K extends string>(kind: EntityKind<K>) {
  const name = `ListAttached${kind.label}Policies`;
  return defineOperation({
    ...iamOperation(name, 'read'),
    input: z.object({ ...nameShape(kind), PathPrefix: PathPrefix.optional(), ...Pagination }),
    resource: (ctx, input, world) => kind.resource(ctx, world, entityNameOf(kind, input)),
    handler(world, input, ctx): HandlerResult<ListAttachedPoliciesOutput> {
      const entity = entityFor(getAccount(world, ctx.accountId), kind, name, entityNameOf(kind, input), false);
      if (isAwsError(entity)) return entity;
      const prefix = (input as { PathPrefix?: string }).PathPrefix ?? '/';
      const attached = entity.attachedPolicyArns
        .filter((arn) => policyPath(arn).startsWith(prefix))
        .map((arn) => ({ PolicyName: policyName(arn), PolicyArn: arn }));
      return { world, output: { AttachedPolicies: attached, IsTruncated: false } };
    },
  });
}
