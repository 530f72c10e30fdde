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

// One collator for every comparison: localeCompare with a locale sets one up per call (seconds for 5,000 roles).
const english = new Intl.Collator('en');

/** IAM lists come back sorted by name, case-insensitively. */
export function byName<T>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => english.compare(name(a).toLowerCase(), name(b).toLowerCase());
}

/** The entities whose path starts with the prefix (default '/'), sorted by name as IAM lists them. */
export function underPath<T extends { path: string }>(items: Record<string, T>, prefix: string | undefined, name: (item: T) => string): T[] {
  const keyed = Object.values(items).filter((i) => i.path.startsWith(prefix ?? '/')).map((item) => ({ item, key: name(item).toLowerCase() }));
  return keyed.sort((a, b) => english.compare(a.key, b.key)).map((k) => k.item);
}
