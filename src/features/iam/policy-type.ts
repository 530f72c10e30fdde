import type { OperationOutput } from '../../cloud/core/registry';

export type PolicyRow = OperationOutput<'iam:ListPolicies'>['Policies'][number];
export type PolicyType = 'aws' | 'job-function' | 'customer';

// Job-function policies live under /job-function/, except these four older ones (facts §3.1).
const jobFunctionNames = new Set(['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'SecurityAudit']);

export function policyType(p: Pick<PolicyRow, 'Arn' | 'Path' | 'PolicyName'>): PolicyType {
  if (!p.Arn.startsWith('arn:aws:iam::aws:')) return 'customer';
  return p.Path === '/job-function/' || jobFunctionNames.has(p.PolicyName) ? 'job-function' : 'aws';
}

export const policyTypeKey: Record<PolicyType, string> = {
  aws: 'policies.awsManaged',
  'job-function': 'policies.jobFunction',
  customer: 'policies.customerManaged',
};
