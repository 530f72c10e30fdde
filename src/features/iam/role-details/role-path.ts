/** A page of the role details, the name encoded for a path segment (role names may hold '+', '=', ',', '@'). */
export function rolePath(roleName: string, page = ''): string {
  return `/iam/roles/details/${encodeURIComponent(roleName)}${page ? `/${page}` : ''}`;
}

/** Service-linked roles live under /aws-service-role/ and their trust policy cannot be edited (facts §1.3). */
export function isServiceLinked(path: string): boolean {
  return path.startsWith('/aws-service-role/');
}
