/** The fields every IAM operation shares: its IAM action is `iam:` + the operation name. */
export function iamOperation(name: string, access: 'read' | 'write') {
  return { service: 'iam' as const, name, action: `iam:${name}`, access };
}
