import { conditionsMatch, type ConditionContext } from './conditions';
import { parsePolicy, statementsOf, type PolicyDocument, type Statement } from './grammar';
import { matchesWildcard } from './wildcard';

export type EvaluationRequest = {
  principalArn: string;
  action: string;
  resource: string;
  context: ConditionContext;
};

export type PolicySource = {
  name: string;
  arn?: string;
  /** Parsed, or JSON text; text that does not parse is skipped (it grants and denies nothing). */
  document: PolicyDocument | string;
  kind: 'managed' | 'inline';
  attachedVia?: 'user' | 'group' | 'role';
};

/** The policy layers of facts §8.1. Only `identity` is evaluated so far; the others are accepted and ignored. */
export type PolicySet = {
  identity: PolicySource[];
  permissionsBoundary?: PolicySource; // not yet evaluated
  sessionPolicies?: PolicySource[]; // not yet evaluated
  resourcePolicies?: PolicySource[]; // not yet evaluated (bucket policies, role trust policies)
  serviceControlPolicies?: PolicySource[]; // not yet evaluated
};

/** The `<type>` of AWS's "no <type> policy allows" messages (facts §7.5). */
export type PolicyType =
  | 'identity-based' | 'resource-based' | 'permissions boundary' | 'session' | 'service control';

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export type DecidingStatement = {
  policyName: string;
  policyArn?: string;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
};

export type EvaluationResult = {
  decision: Decision;
  explanation: { decidingStatements: DecidingStatement[]; deniedBy?: PolicyType };
};

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function actionApplies(s: Statement, action: string): boolean {
  const hit = (patterns: string[]) => patterns.some((p) => matchesWildcard(p, action, { caseInsensitive: true }));
  return s.NotAction !== undefined ? !hit(asList(s.NotAction)) : hit(asList(s.Action));
}

function resourceApplies(s: Statement, resource: string): boolean {
  const hit = (patterns: string[]) => patterns.some((p) => matchesWildcard(p, resource));
  if (s.NotResource !== undefined) return !hit(asList(s.NotResource));
  // No Resource at all only occurs in resource policies (e.g. trust policies), where it means "this resource".
  return s.Resource === undefined || hit(asList(s.Resource));
}

// Parsed documents by text: the same managed policies are evaluated on every request.
const parsed = new Map<string, PolicyDocument | null>();
function toPolicy(source: PolicySource): PolicyDocument | null {
  const text = source.document;
  if (typeof text !== 'string') return text;
  let policy = parsed.get(text);
  if (policy === undefined) {
    const result = parsePolicy(text);
    policy = result.ok ? result.policy : null;
    if (parsed.size >= 500) parsed.clear(); // bound the cache; re-parsing is cheap
    parsed.set(text, policy);
  }
  return policy;
}

function matchingStatements(sources: PolicySource[], request: EvaluationRequest): DecidingStatement[] {
  const found: DecidingStatement[] = [];
  for (const source of sources) {
    const policy = toPolicy(source);
    if (!policy) continue;
    statementsOf(policy).forEach((s, statementIndex) => {
      if (actionApplies(s, request.action) && resourceApplies(s, request.resource)
        && conditionsMatch(s.Condition, request.context)) {
        found.push({
          policyName: source.name,
          ...(source.arn !== undefined && { policyArn: source.arn }),
          statementIndex,
          ...(s.Sid !== undefined && { sid: s.Sid }),
          effect: s.Effect,
        });
      }
    });
  }
  return found;
}

/** Decides a request against identity policies: explicit Deny wins, then any Allow, else implicit deny. */
export function evaluate(request: EvaluationRequest, policies: PolicySet): EvaluationResult {
  const matches = matchingStatements(policies.identity, request);
  const denies = matches.filter((m) => m.effect === 'Deny');
  if (denies.length > 0) {
    return { decision: 'ExplicitlyDenied', explanation: { decidingStatements: denies, deniedBy: 'identity-based' } };
  }
  const allows = matches.filter((m) => m.effect === 'Allow');
  if (allows.length > 0) return { decision: 'Allowed', explanation: { decidingStatements: allows } };
  return { decision: 'ImplicitlyDenied', explanation: { decidingStatements: [], deniedBy: 'identity-based' } };
}
