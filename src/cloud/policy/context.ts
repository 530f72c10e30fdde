import type { ConditionContext } from './conditions';

export type PrincipalType = 'user' | 'assumed-role' | 'role' | 'root' | 'service' | 'federated';

/** Who asks. `arn` is a service's name ("ec2.amazonaws.com") or a federated provider for those types. */
export type RequestPrincipal = {
  arn: string;
  accountId: string;
  type: PrincipalType;
  tags?: Record<string, string>;
  /** The role (with its path) behind an assumed-role session; derived from the session ARN when absent. */
  roleArn?: string;
  /** An S3 canonical user id, for Principal {"CanonicalUser": ...}. */
  canonicalUserId?: string;
};

export type EvaluationRequest = {
  principal: RequestPrincipal;
  action: string;
  /** The resource ARN, or "*" for actions without resource-level permissions. */
  resource: string;
  /** The resource owner's account; defaults to the principal's. */
  resourceAccount?: string;
  /** Condition keys (aws:SourceIp, s3:prefix, ...); names compare case-insensitively. Time comes from here. */
  context: ConditionContext;
};

const PRINCIPAL_TYPE: Record<PrincipalType, string> = {
  user: 'User', 'assumed-role': 'AssumedRole', role: 'AssumedRole', root: 'Account', service: 'AWSService', federated: 'FederatedUser',
};

/** arn:aws:sts::A:assumed-role/R/S -> arn:aws:iam::A:role/R (the path is not in the session ARN). */
export function roleArnOfSession(principal: RequestPrincipal): string | undefined {
  if (principal.type === 'role') return principal.arn;
  if (principal.type !== 'assumed-role') return undefined;
  if (principal.roleArn !== undefined) return principal.roleArn;
  const m = /^arn:([^:]+):sts::(\d*):assumed-role\/([^/]+)\//.exec(principal.arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

// Actions repeat endlessly (dispatch uses constants): lower-case each once.
const actionKeys = new Map<string, { lower: string; service: string }>();
function actionKey(action: string): { lower: string; service: string } {
  let key = actionKeys.get(action);
  if (key === undefined) {
    if (actionKeys.size > 5000) actionKeys.clear();
    const lower = action.toLowerCase();
    key = { lower, service: lower.slice(0, Math.max(0, lower.indexOf(':'))) };
    actionKeys.set(action, key);
  }
  return key;
}

/**
 * A request made ready for evaluation: the lower-cased action, and context lookups with the
 * global keys the principal implies (facts §8, global condition keys). The lookup map is only
 * built when a condition or a policy variable asks for a key, so plain policies cost nothing.
 */
export class PreparedRequest {
  readonly actionLower: string;
  /** The service prefix of the action, lower-cased ("s3"). */
  readonly service: string;
  private keys: Map<string, readonly string[]> | undefined = undefined;
  /** Condition keys a statement needed and the request lacked (allocated on first use). */
  missing: string[] | undefined = undefined;

  constructor(readonly request: EvaluationRequest) {
    const key = actionKey(request.action);
    this.actionLower = key.lower;
    this.service = key.service;
  }

  lookup(lowerKey: string): readonly string[] | undefined {
    this.keys ??= this.buildKeys();
    return this.keys.get(lowerKey);
  }

  noteMissing(key: string): void {
    this.missing ??= [];
    if (!this.missing.includes(key)) this.missing.push(key);
  }

  private buildKeys(): Map<string, readonly string[]> {
    const keys = new Map<string, readonly string[]>();
    const { principal, context } = this.request;
    const fallback = (key: string, value: string | undefined) => {
      if (value !== undefined && !keys.has(key)) keys.set(key, [value]);
    };
    for (const [k, v] of Object.entries(context)) keys.set(k.toLowerCase(), Array.isArray(v) ? v : [v]);
    fallback('aws:principalarn', principal.type === 'assumed-role' ? roleArnOfSession(principal) : principal.arn);
    fallback('aws:principalaccount', principal.accountId || undefined);
    fallback('aws:principaltype', PRINCIPAL_TYPE[principal.type]);
    if (principal.type === 'user') fallback('aws:username', principal.arn.slice(principal.arn.lastIndexOf('/') + 1));
    for (const [k, v] of Object.entries(principal.tags ?? {})) fallback(`aws:principaltag/${k.toLowerCase()}`, v);
    fallback('aws:viaawsservice', 'false');
    // aws:CurrentTime and aws:EpochTime describe one instant: either gives the other.
    const current = keys.get('aws:currenttime')?.[0];
    const epoch = keys.get('aws:epochtime')?.[0];
    if (current !== undefined && epoch === undefined && !Number.isNaN(Date.parse(current))) {
      fallback('aws:epochtime', String(Math.floor(Date.parse(current) / 1000)));
    }
    if (epoch !== undefined && current === undefined && /^\d+$/.test(epoch)) {
      fallback('aws:currenttime', new Date(Number(epoch) * 1000).toISOString().replace('.000Z', 'Z'));
    }
    return keys;
  }
}
