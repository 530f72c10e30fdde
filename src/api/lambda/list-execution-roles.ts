import { useQuery } from '@tanstack/react-query';
import type { RoleOutput } from '../../cloud/services/iam/role-output';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

const LAMBDA = 'lambda.amazonaws.com';
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** True when the role's trust policy (as ListRoles returns it) has an Allow naming Lambda for sts:AssumeRole. */
export function trustsLambda(role: Pick<RoleOutput, 'AssumeRolePolicyDocument'>): boolean {
  let doc: { Statement?: unknown };
  try {
    const text = role.AssumeRolePolicyDocument;
    doc = JSON.parse(text.trimStart().startsWith('%7B') ? decodeURIComponent(text) : text) as { Statement?: unknown };
  } catch {
    return false;
  }
  return asList(doc.Statement).some((s) => {
    const st = s as { Effect?: string; Action?: unknown; Principal?: { Service?: unknown } };
    return st.Effect === 'Allow' && asList(st.Action).some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*')
      && asList(st.Principal?.Service).includes(LAMBDA);
  });
}

/** "Use an existing role": the roles Lambda could assume, from ListRoles. */
export function useLambdaExecutionRoles() {
  const query = useQuery(cloudQuery(useConsoleSession(), 'iam:ListRoles', {}));
  return { ...query, roles: query.data?.Roles.filter(trustsLambda) };
}
