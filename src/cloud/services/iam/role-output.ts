import type { Role, Tag } from '../../core/world';

/** A role as IAM's API returns it (ListRoles, GetRole). */
export type RoleOutput = {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: string;
  /** JSON text (the CLI prints it decoded). */
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  PermissionsBoundary?: { PermissionsBoundaryType: 'Policy'; PermissionsBoundaryArn: string };
  Tags?: Tag[];
  RoleLastUsed?: { LastUsedDate?: string; Region?: string };
};

export function roleOutput(role: Role): RoleOutput {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: role.assumeRolePolicyDocument,
    ...(role.description !== undefined && { Description: role.description }),
    MaxSessionDuration: role.maxSessionDuration,
    ...(role.permissionsBoundaryArn !== undefined && {
      PermissionsBoundary: { PermissionsBoundaryType: 'Policy' as const, PermissionsBoundaryArn: role.permissionsBoundaryArn },
    }),
    ...(role.lastUsed && { RoleLastUsed: { LastUsedDate: role.lastUsed.date, Region: role.lastUsed.region } }),
  };
}

/** IAM lists come back sorted by name, case-insensitively. */
export function byName<T>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => name(a).toLowerCase().localeCompare(name(b).toLowerCase(), 'en');
}

/** The entities whose path starts with the prefix (default '/'), sorted by name as IAM lists them. */
export function underPath<T extends { path: string }>(items: Record<string, T>, prefix: string | undefined, name: (item: T) => string): T[] {
  return Object.values(items).filter((i) => i.path.startsWith(prefix ?? '/')).sort(byName(name));
}
