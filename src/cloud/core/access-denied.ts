import { accessDeniedMessage } from '../policy/deny-message';
import type { Decision, PolicyType } from '../policy/evaluate';
import { awsError, type AwsError } from './aws-error';
import type { OperationDefinition } from './operation';

/**
 * The AWS-shaped denial, with the engine's message text (facts §7.5) wrapped the way each
 * service wraps it: S3 quotes the resource ARN; EC2 never names it and prefixes its own sentence.
 */
export function accessDeniedError(
  def: Pick<OperationDefinition, 'service' | 'name'>,
  principalArn: string,
  action: string,
  resource: string,
  decision: Exclude<Decision, 'Allowed'>,
  policyType: PolicyType = 'identity-based',
): AwsError {
  const shown = resource === '*' || def.service === 'ec2' ? undefined : def.service === 's3' ? `"${resource}"` : resource;
  const text = accessDeniedMessage(principalArn, action, { decision, deniedBy: policyType }, { resource: shown });
  if (def.service === 'ec2') {
    return awsError('ec2', def.name, 'UnauthorizedOperation', `You are not authorized to perform this operation. ${text}`, 403);
  }
  return awsError(def.service, def.name, 'AccessDenied', text, 403);
}
