import type { AwsError } from '../../core/aws-error';
import { malformedPolicy, quotaExceeded } from './iam-errors';
import { policySize } from './iam-lookup';

/** Managed policy size (facts §3.2, Appendix A), whitespace not counted. */
export const MAX_MANAGED_POLICY_SIZE = 6144;
/** Role trust policy size, default quota (facts §3.4). */
export const MAX_TRUST_POLICY_SIZE = 2048;

export type Kind = 'trust' | 'identity';
const VERSIONS = ['2008-10-17', '2012-10-17'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (s: Record<string, unknown>, ...keys: string[]) => keys.some((k) => Object.hasOwn(s, k));

function statementProblem(s: unknown, kind: Kind): string | undefined {
  if (!isObject(s)) return 'Syntax errors in policy.'; // (unconfirmed)
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    return s.Effect === undefined ? 'Missing required field Effect' : 'Syntax errors in policy.'; // (unconfirmed)
  }
  if (!has(s, 'Action', 'NotAction')) return 'Policy statement must contain actions.';
  if (kind === 'identity') {
    if (has(s, 'Principal', 'NotPrincipal')) return 'Policy document should not specify a principal.';
    if (!has(s, 'Resource', 'NotResource')) return 'Policy statement must contain resources.';
    return undefined;
  }
  if (has(s, 'Resource')) return 'Has prohibited field Resource';
  if (has(s, 'NotResource')) return 'Has prohibited field NotResource'; // (unconfirmed)
  if (!has(s, 'Principal', 'NotPrincipal')) {
    return 'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: '
      + 'The passed in policy has a statement with no principals!';
  }
  return undefined;
}

/** What IAM would refuse in a policy document, or undefined. */
export function documentProblem(text: string, kind: Kind): string | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'This policy contains invalid Json';
  }
  if (!isObject(doc)) return 'This policy contains invalid Json'; // (unconfirmed)
  if (doc.Version !== undefined && (typeof doc.Version !== 'string' || !VERSIONS.includes(doc.Version))) return 'The policy failed legacy parsing'; // (unconfirmed)
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined ? [] : [doc.Statement];
  if (statements.length === 0) return 'Syntax errors in policy.'; // (unconfirmed)
  for (const s of statements) {
    const problem = statementProblem(s, kind);
    if (problem) return problem;
  }
  return undefined;
}

/** A role trust policy: JSON, a Principal in every statement, no Resource, at most 2,048 characters. */
export function checkTrustPolicy(operation: string, text: string): AwsError | undefined {
  const problem = documentProblem(text, 'trust');
  if (problem) return malformedPolicy(operation, problem);
  if (policySize(text) > MAX_TRUST_POLICY_SIZE) return quotaExceeded(operation, 'ACLSizePerRole', MAX_TRUST_POLICY_SIZE);
  return undefined;
}

/** An identity policy (managed or inline): JSON, Action and Resource in every statement, no Principal. */
export function checkIdentityPolicy(operation: string, text: string): AwsError | undefined {
  const problem = documentProblem(text, 'identity');
  return problem ? malformedPolicy(operation, problem) : undefined;
}

/** A managed policy document: an identity policy of at most 6,144 characters. */
export function checkManagedPolicy(operation: string, text: string): AwsError | undefined {
  if (policySize(text) > MAX_MANAGED_POLICY_SIZE) return quotaExceeded(operation, 'PolicySize', MAX_MANAGED_POLICY_SIZE);
  return checkIdentityPolicy(operation, text);
}

/** IAM returns policy documents URL-encoded (RFC 3986); the AWS CLI decodes them before printing. */
export function urlEncodedDocument(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
