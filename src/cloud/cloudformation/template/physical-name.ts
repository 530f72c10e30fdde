import { stableHex } from '../../core/ids';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * The name CloudFormation gives a resource the template does not name (facts §6 "Default physical names"):
 * stack name, logical ID and a random suffix; lower case for buckets (`mystack-mybucket-kdwwxmddtr2g`), the
 * logical ID's case and an upper-case suffix for IAM names (`mystack-MyRole-AJJHDSKSDF12`), cut to the
 * service's limit. The suffix comes from the stack id and logical ID, so a stack always gets the same names.
 * The exact truncation rule is (unconfirmed).
 */
export function physicalName(stackName: string, logicalId: string, stackId: string, style: 'bucket' | 'iam' | 'plain', limit: number): string {
  const hex = stableHex(`${stackId}/${logicalId}`, 26);
  const suffix = style === 'bucket'
    ? hex.slice(0, 12)
    : Array.from({ length: 13 }, (_, i) => ALPHANUMERIC[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % ALPHANUMERIC.length]).join('');
  const base = `${stackName}-${logicalId}`.slice(0, Math.max(1, limit - suffix.length - 1));
  const name = `${base}-${suffix}`;
  return style === 'bucket' ? name.toLowerCase() : name;
}
