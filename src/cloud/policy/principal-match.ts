import { roleArnOfSession, type RequestPrincipal } from './context';

/**
 * How a resource policy names the principal, which decides what its Allow is worth (facts §8.1
 * step 5): `direct` (the user's or the session's own ARN, "*", a service) grants on its own in
 * the same account; `role` (the role ARN behind a session) is still limited by a boundary or
 * session policy; `account` (account id or :root) only delegates to the account's identity policies.
 */
export type PrincipalStrength = 'direct' | 'role' | 'account';
export type PrincipalTest = (p: RequestPrincipal) => PrincipalStrength | undefined;

type PrincipalElement = '*' | Record<string, string | string[]>;

const ROOT = /^arn:[^:]+:iam::(\d{12}):root$/;
const ROLE = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function accountOf(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return ROOT.exec(value)?.[1];
}

/** The principal's role, matched with its path when known, else by account and name. */
function sameRole(p: RequestPrincipal, roleArn: string): boolean {
  const own = roleArnOfSession(p);
  if (own === undefined) return false;
  if (own === roleArn || p.roleArn !== undefined) return own === roleArn;
  const a = ROLE.exec(own);
  const b = ROLE.exec(roleArn);
  return a !== null && b !== null && a[1] === b[1] && a[2] === b[2];
}

function awsValue(value: string): PrincipalTest {
  if (value === '*') return () => 'direct';
  const account = accountOf(value);
  if (account !== undefined) {
    return (p) => (p.type !== 'service' && p.type !== 'federated' && p.accountId === account ? 'account' : undefined);
  }
  if (ROLE.test(value)) {
    return (p) => (p.type === 'role' && p.arn === value ? 'direct' : sameRole(p, value) ? 'role' : undefined);
  }
  return (p) => (p.arn === value && p.type !== 'service' && p.type !== 'federated' ? 'direct' : undefined);
}

function compileValues(element: PrincipalElement): PrincipalTest[] {
  if (element === '*') return [() => 'direct'];
  const tests: PrincipalTest[] = [];
  for (const [kind, raw] of Object.entries(element)) {
    for (const value of list(raw)) {
      if (kind === 'AWS') tests.push(awsValue(value));
      else if (kind === 'Service') tests.push((p) => (p.type === 'service' && p.arn === value ? 'direct' : undefined));
      else if (kind === 'Federated') tests.push((p) => (p.type === 'federated' && p.arn === value ? 'direct' : undefined));
      else if (kind === 'CanonicalUser') tests.push((p) => (p.canonicalUserId === value ? 'direct' : undefined));
    }
  }
  return tests;
}

const RANK: Record<PrincipalStrength, number> = { direct: 3, role: 2, account: 1 };

/** Principal: the strongest way any listed value names the principal. */
function principalTest(element: PrincipalElement): PrincipalTest {
  const tests = compileValues(element);
  return (p) => {
    let best: PrincipalStrength | undefined;
    for (const t of tests) {
      const s = t(p);
      if (s !== undefined && (best === undefined || RANK[s] > RANK[best])) best = s;
    }
    return best;
  };
}

/**
 * NotPrincipal: the statement applies unless every identity the request carries (the account,
 * the role, the session or user) is listed by its exact ARN, which is why the AWS docs tell you
 * to list the account and the role along with the session.
 */
function notPrincipalTest(element: PrincipalElement): PrincipalTest {
  if (element === '*') return () => undefined;
  const listed = new Set<string>();
  const roles: string[] = [];
  for (const [kind, raw] of Object.entries(element)) {
    for (const value of list(raw)) {
      if (value === '*' && kind === 'AWS') return () => undefined;
      const account = kind === 'AWS' ? accountOf(value) : undefined;
      listed.add(account !== undefined ? `root:${account}` : value);
      if (kind === 'AWS' && ROLE.test(value)) roles.push(value);
    }
  }
  return (p) => {
    const self = listed.has(p.type === 'root' ? `root:${p.accountId}` : p.arn) || (p.canonicalUserId !== undefined && listed.has(p.canonicalUserId));
    const roleOk = roleArnOfSession(p) === undefined || roles.some((r) => sameRole(p, r));
    const accountOk = p.type === 'service' || p.type === 'federated' || listed.has(`root:${p.accountId}`);
    return self && roleOk && accountOk ? undefined : 'direct';
  };
}

/** Undefined when the statement names no principal (identity-based policies). */
export function compilePrincipal(principal?: PrincipalElement, notPrincipal?: PrincipalElement): PrincipalTest | undefined {
  if (principal !== undefined) return principalTest(principal);
  if (notPrincipal !== undefined) return notPrincipalTest(notPrincipal);
  return undefined;
}
