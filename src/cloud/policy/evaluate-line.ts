import type { PrincipalType, RequestPrincipal } from './context';
import { accessDeniedMessage } from './deny-message';
import { evaluate, type PolicySet, type PolicySource } from './evaluate';
import { parsePolicy } from './grammar';

/**
 * One line of `npm run evaluate` (JSON Lines, issue 3 item 7): a request and its policies in,
 * the decision, the deciding statements and the AWS message out; `{"error": ...}` for a line
 * that cannot be read. Pure, so it is tested without a process.
 */
type Input = {
  request: { principal: string; action: string; resource?: string; context?: Record<string, string | string[]>; resourceAccount?: string };
  identityPolicies?: unknown[];
  permissionBoundaries?: unknown[];
  sessionPolicy?: unknown;
  resourcePolicy?: unknown;
  serviceControlPolicies?: unknown[][];
};

class LineError extends Error {}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The principal type an ARN (or service / provider name) stands for. */
export function principalFromArn(arn: string): RequestPrincipal {
  const m = /^arn:[^:]+:(iam|sts)::(\d{12}):(user|role|assumed-role|root|federated-user|oidc-provider|saml-provider)\b/.exec(arn);
  if (/^\d{12}$/.test(arn)) return { arn: `arn:aws:iam::${arn}:root`, accountId: arn, type: 'root' };
  if (!m) {
    if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(arn) && !arn.startsWith('cognito-identity.')) return { arn, accountId: '', type: 'service' };
    if (/^(cognito-identity\.amazonaws\.com|accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com)$/.test(arn)) {
      return { arn, accountId: '', type: 'federated' };
    }
    throw new LineError(`request.principal: not a principal ARN: ${arn}`);
  }
  const kind = m[3] as string;
  const type: PrincipalType = kind === 'oidc-provider' || kind === 'saml-provider' ? 'federated'
    : kind === 'federated-user' ? 'user' : kind as PrincipalType;
  return { arn, accountId: m[2] as string, type };
}

function source(doc: unknown, name: string, kind: PolicySource['kind']): PolicySource {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  const parsed = parsePolicy(text ?? '');
  if (!parsed.ok) throw new LineError(`${name}: ${parsed.error.message} (line ${parsed.error.line}, column ${parsed.error.column})`);
  return { name, document: text, kind };
}

function list(value: unknown, name: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new LineError(`${name}: expected an array`);
  return value;
}

function readInput(line: string): Input {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (e) {
    throw new LineError(`invalid JSON: ${(e as Error).message}`);
  }
  if (!isObject(json) || !isObject(json.request)) throw new LineError('expected an object with a "request" object');
  const r = json.request;
  if (typeof r.principal !== 'string') throw new LineError('request.principal: expected an ARN string');
  if (typeof r.action !== 'string' || !r.action.includes(':')) throw new LineError('request.action: expected "service:Action"');
  if (r.resource !== undefined && typeof r.resource !== 'string') throw new LineError('request.resource: expected a string');
  if (r.context !== undefined && !isObject(r.context)) throw new LineError('request.context: expected an object');
  return json as Input;
}

export function evaluateLine(line: string): string {
  try {
    const input = readInput(line);
    const { request } = input;
    const principal = principalFromArn(request.principal);
    const resource = request.resource ?? '*';
    const kind = /^sts:AssumeRole/i.test(request.action) ? 'role-trust' : 'resource';
    const policies: PolicySet = {
      identity: list(input.identityPolicies, 'identityPolicies').map((d, i) => source(d, `identityPolicies[${i}]`, 'inline')),
      permissionsBoundaries: list(input.permissionBoundaries, 'permissionBoundaries')
        .map((d, i) => source(d, `permissionBoundaries[${i}]`, 'managed')),
      sessionPolicies: input.sessionPolicy === undefined ? [] : [source(input.sessionPolicy, 'sessionPolicy', 'inline')],
      resourcePolicies: input.resourcePolicy === undefined ? [] : [source(input.resourcePolicy, 'resourcePolicy', kind)],
      serviceControlPolicies: list(input.serviceControlPolicies, 'serviceControlPolicies').map((level, l) =>
        list(level, `serviceControlPolicies[${l}]`).map((d, i) => source(d, `serviceControlPolicies[${l}][${i}]`, 'managed'))),
    };
    const arnAccount = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(resource)?.[1];
    const { decision, explanation } = evaluate({
      principal,
      action: request.action,
      resource,
      resourceAccount: request.resourceAccount ?? arnAccount ?? principal.accountId,
      context: (request.context ?? {}),
    }, policies);
    const message = decision === 'Allowed'
      ? `User: ${principal.arn} is allowed to perform: ${request.action}${resource === '*' ? '' : ` on resource: ${resource}`}`
      : accessDeniedMessage(principal.arn, request.action, explanation, { resource });
    const deciding = explanation.decidingStatements.map((s) => ({
      policy: s.policyName, policyType: s.policyType, statementIndex: s.statementIndex, ...(s.sid !== undefined && { sid: s.sid }), effect: s.effect,
    }));
    return JSON.stringify({
      decision, deciding, message,
      ...(explanation.missingContextKeys.length > 0 && { missingContextKeys: explanation.missingContextKeys }),
    });
  } catch (e) {
    if (e instanceof LineError) return JSON.stringify({ error: e.message });
    return JSON.stringify({ error: `cannot evaluate: ${(e as Error).message}` });
  }
}
