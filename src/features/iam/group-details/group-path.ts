/** A group's details page, or one of its sub-pages (add-users, attach-policies). */
export function groupPath(groupName: string, sub?: string): string {
  const base = `/iam/groups/details/${encodeURIComponent(groupName)}`;
  return sub ? `${base}/${sub}` : base;
}
