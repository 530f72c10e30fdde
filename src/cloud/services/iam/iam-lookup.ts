import { getAwsManagedPolicy } from '../../catalog/managed-policies';
import type { Caller } from '../../core/caller';
import type { Account, Role } from '../../core/world';

/** IAM names are unique case-insensitively ("cannot create both PRODROLE and prodrole"). */
export function nameTaken(record: Record<string, unknown>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(record).some((key) => key.toLowerCase() === lower);
}

/** Service-linked roles (and AWS reserved ones such as SSO's) are only modifiable by AWS. */
export function isProtectedRole(role: Role): boolean {
  return role.path.startsWith('/aws-service-role/') || role.path.startsWith('/aws-reserved/');
}

/** An attachable managed policy: AWS managed from the catalogue, or one of the account's own. */
export function managedPolicyExists(account: Account, arn: string): boolean {
  return getAwsManagedPolicy(arn) !== undefined || account.iam.policies[arn] !== undefined;
}

/** The policy name from a policy ARN ("arn:aws:iam::aws:policy/service-role/X" -> "X"). */
export function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** The path part of a policy ARN ("arn:aws:iam::aws:policy/service-role/X" -> "/service-role/"). */
export function policyPath(arn: string): string {
  const resource = arn.slice(arn.indexOf(':policy') + ':policy'.length);
  return resource.slice(0, resource.lastIndexOf('/') + 1);
}

/** Operations whose UserName defaults to the calling user (GetUser, the access key operations). */
export function targetUserName(caller: Caller, userName: string | undefined): string | undefined {
  return userName ?? (caller.type === 'user' ? caller.userName : undefined);
}

/** The characters of a policy that count against IAM's size quotas: whitespace is not counted. */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}
