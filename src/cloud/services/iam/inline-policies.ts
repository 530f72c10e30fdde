import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { entityFor, entityNameOf, findEntity, nameShape, type EntityKind } from './iam-entities';
import { limitExceeded, noSuchInlinePolicy } from './iam-errors';
import { Pagination, PolicyDocument, PolicyName } from './iam-inputs';
import { iamOperation } from './iam-operation';
import { policySize } from './iam-lookup';
import { checkIdentityPolicy, urlEncodedDocument } from './policy-document';

// PutRolePolicy/GetRolePolicy/DeleteRolePolicy/ListRolePolicies and the same for users and groups.

type Named = { PolicyName: string };

function definition<K extends string, S extends z.ZodType>(
  kind: EntityKind<K>, verb: string, access: 'read' | 'write', input: S,
) {
  const name = `${verb}${kind.label}Polic${verb === 'List' ? 'ies' : 'y'}`;
  return {
    ...iamOperation(name, access), input,
    resource: (ctx: OperationContext, parsed: unknown, world: World) => kind.resource(ctx, world, entityNameOf(kind, parsed)),
  };
}

export function definePutInlinePolicy<K extends string>(kind: EntityKind<K>) {
  const def = definition(kind, 'Put', 'write', z.object({ ...nameShape(kind), PolicyName, PolicyDocument }));
  return defineOperation({
    ...def,
    handler(world, input, ctx): HandlerResult<Record<string, never>> {
      const account = getAccount(world, ctx.accountId);
      const entityName = entityNameOf(kind, input);
      const { PolicyName: policy, PolicyDocument: document } = input as Named & { PolicyDocument: string };
      const entity = entityFor(account, kind, def.name, entityName, true);
      if (isAwsError(entity)) return entity;
      const invalid = checkIdentityPolicy(def.name, document);
      if (invalid) return invalid;
      const others = Object.entries(entity.inlinePolicies).filter(([n]) => n !== policy).map(([, text]) => text);
      const total = [...others, document].reduce((sum, text) => sum + policySize(text), 0);
      if (total > kind.inlineSizeLimit) {
        return limitExceeded(def.name, `Maximum policy size of ${kind.inlineSizeLimit} bytes exceeded for ${kind.noun} ${entityName}`);
      }
      const next = updateAccount(world, ctx.accountId, (draft) => {
        const target = findEntity(draft, kind, entityName);
        if (target) target.inlinePolicies[policy] = document;
      });
      return { world: next, output: {} };
    },
  });
}

export function defineGetInlinePolicy<K extends string>(kind: EntityKind<K>) {
  const def = definition(kind, 'Get', 'read', z.object({ ...nameShape(kind), PolicyName }));
  return defineOperation({
    ...def,
    handler(world, input, ctx): HandlerResult<Record<K, string> & { PolicyName: string; PolicyDocument: string }> {
      const entityName = entityNameOf(kind, input);
      const { PolicyName: policy } = input as Named;
      const entity = entityFor(getAccount(world, ctx.accountId), kind, def.name, entityName, false);
      if (isAwsError(entity)) return entity;
      const document = entity.inlinePolicies[policy];
      if (document === undefined) return noSuchInlinePolicy(def.name, kind.noun, policy);
      const output = { [kind.member]: entityName, PolicyName: policy, PolicyDocument: urlEncodedDocument(document) };
      return { world, output: output as Record<K, string> & { PolicyName: string; PolicyDocument: string } };
    },
  });
}

export function defineDeleteInlinePolicy<K extends string>(kind: EntityKind<K>) {
  const def = definition(kind, 'Delete', 'write', z.object({ ...nameShape(kind), PolicyName }));
  return defineOperation({
    ...def,
    handler(world, input, ctx): HandlerResult<Record<string, never>> {
      const entityName = entityNameOf(kind, input);
      const { PolicyName: policy } = input as Named;
      const entity = entityFor(getAccount(world, ctx.accountId), kind, def.name, entityName, true);
      if (isAwsError(entity)) return entity;
      if (entity.inlinePolicies[policy] === undefined) return noSuchInlinePolicy(def.name, kind.noun, policy);
      const next = updateAccount(world, ctx.accountId, (draft) => {
        const target = findEntity(draft, kind, entityName);
        if (target) delete target.inlinePolicies[policy];
      });
      return { world: next, output: {} };
    },
  });
}

export function defineListInlinePolicies<K extends string>(kind: EntityKind<K>) {
  const def = definition(kind, 'List', 'read', z.object({ ...nameShape(kind), ...Pagination }));
  return defineOperation({
    ...def,
    handler(world, input, ctx): HandlerResult<{ PolicyNames: string[]; IsTruncated: false }> {
      const entity = entityFor(getAccount(world, ctx.accountId), kind, def.name, entityNameOf(kind, input), false);
      if (isAwsError(entity)) return entity;
      return { world, output: { PolicyNames: Object.keys(entity.inlinePolicies).sort(), IsTruncated: false } };
    },
  });
}
