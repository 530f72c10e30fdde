import type { Explanation, PolicyType } from './evaluate';

export type DenyMessageOptions = {
  /** How the resource is shown (S3 quotes it); leave out to omit "on resource". */
  resource?: string;
};

/**
 * The reason clause of AWS's access-denied text (facts §7.5 and §5.4): "because no <type>
 * policy allows the <action> action" for an implicit deny, "with an explicit deny in a <type>
 * policy" for an explicit one. A service control policy always reads as an explicit deny, and
 * the role trust policy is "the" role trust policy.
 */
export function denyReason(action: string, explicit: boolean, type: PolicyType): string {
  if (type === 'role trust') {
    return explicit ? 'with an explicit deny in the role trust policy' : `because no role trust policy allows the ${action} action`;
  }
  if (explicit || type === 'service control') {
    return `with an explicit deny in ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} policy`;
  }
  return `because no ${type} policy allows the ${action} action`;
}

/**
 * "User: <arn> is not authorized to perform: <action> [on resource: <resource>] <reason>".
 * The resource is left out for "*" and when the role trust policy decided (as in the AWS docs' examples).
 */
export function accessDeniedMessage(
  principalArn: string, action: string, explanation: Pick<Explanation, 'decision' | 'deniedBy'>, options: DenyMessageOptions = {},
): string {
  const type = explanation.deniedBy ?? 'identity-based';
  const { resource } = options;
  const onResource = resource !== undefined && resource !== '*' && type !== 'role trust' ? ` on resource: ${resource}` : '';
  const reason = denyReason(action, explanation.decision === 'ExplicitlyDenied', type);
  return `User: ${principalArn} is not authorized to perform: ${action}${onResource} ${reason}`;
}
