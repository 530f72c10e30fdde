import { compilePolicy, type CompiledStatement } from './compile';
import { PreparedRequest, type EvaluationRequest } from './context';
import type { PolicyDocument } from './grammar';
import type { PrincipalStrength } from './principal-match';

export type { EvaluationRequest, RequestPrincipal, PrincipalType } from './context';

export type PolicySource = {
  name: string;
  arn?: string;
  /** Parsed, or JSON text; a document that does not parse is skipped (it grants and denies nothing). */
  document: PolicyDocument | string | object;
  kind: 'managed' | 'inline' | 'resource' | 'role-trust';
  attachedVia?: 'user' | 'group' | 'role';
};

/** The policy layers of facts §8.1. SCPs: one array per organization level, root first. */
export type PolicySet = {
  identity: PolicySource[];
  permissionsBoundaries?: PolicySource[];
  sessionPolicies?: PolicySource[];
  /** Bucket policies (kind 'resource') and, for sts:AssumeRole, the role's trust policy (kind 'role-trust'). */
  resourcePolicies?: PolicySource[];
  serviceControlPolicies?: PolicySource[][];
};

/** The `<type>` of AWS's "no <type> policy allows" messages (facts §7.5). */
export type PolicyType =
  | 'identity-based' | 'resource-based' | 'permissions boundary' | 'session' | 'service control' | 'role trust';

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export type DecidingStatement = {
  policyName: string;
  policyArn?: string;
  policyType: PolicyType;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
};

export type Explanation = {
  decision: Decision;
  /** Explicit deny: every matching Deny. Allowed: the Allows that each required layer relied on. */
  decidingStatements: DecidingStatement[];
  deniedBy?: PolicyType;
  /** Condition keys a matching statement needed and the request lacked. */
  missingContextKeys: string[];
};
export type EvaluationResult = { decision: Decision; explanation: Explanation };

type Layer = { allows: DecidingStatement[]; denies: DecidingStatement[]; strength: PrincipalStrength | undefined };
const RANK: Record<PrincipalStrength, number> = { direct: 3, role: 2, account: 1 };
const NONE: readonly DecidingStatement[] = [];

/** The statements of one layer that apply to the request; undefined when none does (no allocation). */
function scan(sources: readonly PolicySource[] | undefined, type: PolicyType | undefined, req: PreparedRequest): Layer | undefined {
  if (sources === undefined) return undefined;
  let layer: Layer | undefined;
  const { principal, resource } = req.request;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as PolicySource;
    const policy = compilePolicy(source.document);
    if (policy === null) continue;
    const statements = policy.candidates(req.service);
    for (let j = 0; j < statements.length; j++) {
      const s = statements[j] as CompiledStatement;
      if (!s.action(req.actionLower)) continue;
      let strength: PrincipalStrength | undefined;
      if (type === undefined) { // resource-based: the statement must name the principal
        strength = s.principal?.(principal);
        if (strength === undefined) continue;
      }
      if (!s.resource(resource, req) || (s.condition !== undefined && !s.condition(req))) continue;
      layer ??= { allows: [], denies: [], strength: undefined };
      const found: DecidingStatement = {
        policyName: source.name,
        policyArn: source.arn,
        policyType: type ?? (source.kind === 'role-trust' ? 'role trust' : 'resource-based'),
        statementIndex: s.index,
        sid: s.sid,
        effect: s.effect,
      };
      if (s.effect === 'Deny') layer.denies.push(found);
      else {
        layer.allows.push(found);
        if (strength !== undefined && (layer.strength === undefined || RANK[strength] > RANK[layer.strength])) layer.strength = strength;
      }
    }
  }
  return layer;
}

const allows = (layer: Layer | undefined) => layer !== undefined && layer.allows.length > 0;

function result(req: PreparedRequest, decision: Decision, decidingStatements: DecidingStatement[], deniedBy?: PolicyType): EvaluationResult {
  const explanation: Explanation = { decision, decidingStatements, missingContextKeys: req.missing ?? [] };
  if (deniedBy) explanation.deniedBy = deniedBy;
  return { decision, explanation };
}

/**
 * Decides a request as AWS does (facts §8): an explicit Deny anywhere wins; every SCP level
 * must allow; then resource-based and identity-based policies (a union in one account, both
 * needed across accounts), limited by permissions boundaries and session policies.
 */
export function evaluate(request: EvaluationRequest, policies: PolicySet): EvaluationResult {
  const req = new PreparedRequest(request);
  const { principal } = request;
  const serviceLike = principal.type === 'service' || principal.type === 'federated';
  const scps = serviceLike ? undefined : policies.serviceControlPolicies;
  const scpLayers = scps === undefined || scps.length === 0 ? undefined : scps.map((level) => scan(level, 'service control', req));
  const resource = scan(policies.resourcePolicies, undefined, req);
  const identity = serviceLike ? undefined : scan(policies.identity, 'identity-based', req);
  const boundary = scan(policies.permissionsBoundaries, 'permissions boundary', req);
  const session = scan(policies.sessionPolicies, 'session', req);

  // 1 explicit deny in any layer (reported in the order of facts §8.1 step 2)
  if (scpLayers?.some((l) => l?.denies.length) || resource?.denies.length || identity?.denies.length
    || boundary?.denies.length || session?.denies.length) {
    const denies = [...(scpLayers ?? []), resource, identity, boundary, session].flatMap((l) => l?.denies ?? NONE);
    return result(req, 'ExplicitlyDenied', denies, (denies[0] as DecidingStatement).policyType);
  }

  // 2 each SCP level must allow
  if (scpLayers?.some((l) => !allows(l))) return result(req, 'ImplicitlyDenied', [], 'service control');

  // 3 a role's trust policy must allow AssumeRole, in the same account too
  const trust = policies.resourcePolicies !== undefined && policies.resourcePolicies.some((p) => p.kind === 'role-trust');
  const resourceType: PolicyType = trust ? 'role trust' : 'resource-based';
  if (trust && !allows(resource)) return result(req, 'ImplicitlyDenied', [], 'role trust');
  const granted = resource?.allows ?? [];
  if (serviceLike) {
    return allows(resource) ? result(req, 'Allowed', granted) : result(req, 'ImplicitlyDenied', [], resourceType);
  }

  const sameAccount = request.resourceAccount === undefined || request.resourceAccount === principal.accountId;
  if (!sameAccount && !allows(resource)) return result(req, 'ImplicitlyDenied', [], resourceType);
  if (principal.type === 'root') return result(req, 'Allowed', granted); // the root user needs no identity policy

  // 4 same account: a resource policy naming the user or the session grants on its own
  const strength = sameAccount ? resource?.strength : undefined;
  if (strength === 'direct') return result(req, 'Allowed', granted);

  // 5 identity policies (not needed when a same-account resource policy names the role)
  if (strength !== 'role' && !allows(identity)) return result(req, 'ImplicitlyDenied', [], 'identity-based');

  // 6 boundaries and session policies limit what is left
  if (policies.permissionsBoundaries?.length && !allows(boundary)) {
    return result(req, 'ImplicitlyDenied', [], 'permissions boundary');
  }
  if (policies.sessionPolicies?.length && !allows(session)) return result(req, 'ImplicitlyDenied', [], 'session');
  if (resource === undefined && boundary === undefined && session === undefined) {
    return result(req, 'Allowed', (identity as Layer).allows); // the common case: no copying
  }
  const deciding = [...(identity?.allows ?? NONE), ...granted, ...(boundary?.allows ?? NONE), ...(session?.allows ?? NONE)];
  return result(req, 'Allowed', deciding);
}
