/** The ${Placeholders} of an ARN template, e.g. arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}. */
export function templateFields(template: string): string[] {
  return [...template.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]!).filter((f, i, all) => f !== 'Partition' && all.indexOf(f) === i);
}

/** The ARN built from a template and field values; an empty field becomes "*" (any), as the console does. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{(\w+)\}/g, (_, field: string) => (field === 'Partition' ? 'aws' : values[field]?.trim() || '*'));
}
