import type { ConditionContext } from '../policy/conditions';
import { evaluate, type EvaluationResult, type PolicySet, type PolicySource } from '../policy/evaluate';
import { globalContext, policySet, requestPrincipal, resourceAccountOf } from './authorize';
import type { Caller } from './caller';
import type { World } from './world';

/** One action of a request, on one resource, with the resource's own policies when it has them. */
export type AccessQuestion = {
  action: string;
  resource: string;
  /** The resource owner's account; default: the ARN's account, else the caller's. */
  resourceAccount?: string;
  context?: ConditionContext;
  resourcePolicies?: PolicySource[];
};

/** Who asks: the caller, the ARN AWS reports for it, and where the request is made. */
export type Asker = { caller: Caller; principal: string; accountId: string; region: string };

export type AccessDecision = EvaluationResult & { policies: PolicySet };

/**
 * Decides one action for the caller with every layer in one evaluation: identity policies, the
 * boundary, the session policy, and the resource policy or role trust policy (facts §8).
 */
export function decideAccess(world: World, asker: Asker, question: AccessQuestion): AccessDecision {
  const { caller, principal, accountId, region } = asker;
  const policies = policySet(world, caller, question.resourcePolicies ? { resourcePolicies: question.resourcePolicies } : {});
  const result = evaluate({
    principal: requestPrincipal(world, caller, principal, accountId),
    action: question.action,
    resource: question.resource,
    resourceAccount: question.resourceAccount ?? resourceAccountOf(question.resource, accountId),
    context: { ...globalContext(world, caller, principal, accountId, region), ...question.context },
  }, policies);
  return { ...result, policies };
}
