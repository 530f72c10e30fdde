import type { Decision, PolicyType } from '../policy/evaluate';
import { awsError, type AwsError } from './aws-error';
import type { OperationDefinition } from './operation';

/**
 * The AWS-shaped denial (facts §7.5): "User: ARN is not authorized to perform: ACTION
 * [on resource: RES] because no TYPE policy allows the ACTION action" for an implicit deny,
 * "... with an explicit deny in a TYPE policy" for an explicit one.
 */
export function accessDeniedError(
  def: Pick<OperationDefinition, 'service' | 'name'>,
  principalArn: string,
  action: string,
  resource: string,
  decision: Exclude<Decision, 'Allowed'>,
  policyType: PolicyType = 'identity-based',
): AwsError {
  const article = /^[aeiou]/.test(policyType) ? 'an' : 'a';
  const reason = decision === 'ExplicitlyDenied'
    ? `with an explicit deny in ${article} ${policyType} policy`
    : `because no ${policyType} policy allows the ${action} action`;
  // S3 quotes the resource ARN; EC2 never names it (facts §6.3 and §7.5).
  const shownResource = def.service === 's3' ? `"${resource}"` : resource;
  const onResource = resource === '*' || def.service === 'ec2' ? '' : ` on resource: ${shownResource}`;
  const text = `User: ${principalArn} is not authorized to perform: ${action}${onResource} ${reason}`;
  if (def.service === 'ec2') {
    return awsError('ec2', def.name, 'UnauthorizedOperation', `You are not authorized to perform this operation. ${text}`, 403);
  }
  return awsError(def.service, def.name, 'AccessDenied', text, 403);
}
