import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

export type CreateRoleRequest = {
  roleName: string;
  description: string;
  trustPolicy: string;
  policyArns: string[];
  tags: { key: string; value: string }[];
  /** The console also creates a same-named instance profile for an EC2 role (facts §2.6). */
  withInstanceProfile: boolean;
};

/**
 * The console's Create role: CreateRole, then one AttachRolePolicy per policy, then (EC2) the instance
 * profile. Each call is its own dispatch, so each is authorized and recorded like the real console's calls.
 */
export async function createRole(request: CreateRoleRequest) {
  const { Role } = await call('iam:CreateRole', {
    RoleName: request.roleName,
    AssumeRolePolicyDocument: request.trustPolicy,
    ...(request.description ? { Description: request.description } : {}),
    ...(request.tags.length ? { Tags: request.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
  });
  for (const PolicyArn of request.policyArns) await call('iam:AttachRolePolicy', { RoleName: Role.RoleName, PolicyArn });
  if (request.withInstanceProfile) {
    await call('iam:CreateInstanceProfile', { InstanceProfileName: Role.RoleName });
    await call('iam:AddRoleToInstanceProfile', { InstanceProfileName: Role.RoleName, RoleName: Role.RoleName });
  }
  return Role;
}

export function useCreateRole() {
  return useMutation({ mutationFn: createRole });
}
