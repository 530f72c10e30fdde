import type { AwsError } from '../../core/aws-error';
import { stableUuid } from '../../core/ids';

/** The SDK's service names as the handler messages show them (facts §4; CloudWatchLogs is unconfirmed). */
const SERVICE_LABEL: Record<string, string> = {
  s3: 'S3', ec2: 'Ec2', iam: 'Iam', lambda: 'Lambda', logs: 'CloudWatchLogs', dynamodb: 'DynamoDb', sts: 'Sts',
};

/** The resource handler's error category for an AWS error code (the CloudFormation registry's HandlerErrorCode). */
function handlerErrorCode(error: AwsError): string {
  if (error.httpStatus === 403 || /AccessDenied|UnauthorizedOperation/.test(error.code)) return 'AccessDenied';
  if (/AlreadyExists|EntityAlreadyExists|BucketAlreadyOwnedByYou|BucketAlreadyExists|ResourceInUse/.test(error.code)) return 'AlreadyExists';
  if (/NoSuch|NotFound/.test(error.code)) return 'NotFound';
  if (/Validation|Invalid|Malformed/.test(error.code)) return 'InvalidRequest';
  return 'GeneralServiceException';
}

/**
 * A failed resource's status reason in the modern form (facts §4):
 * `Resource handler returned message: "<message> (Service: S3, Status Code: 403, Request ID: …)" (RequestToken: …, HandlerErrorCode: AccessDenied)`.
 * The ids come from `seed` (the stack and resource), so a replay gives the same text.
 */
export function handlerFailureReason(error: AwsError, seed: string): string {
  const service = SERVICE_LABEL[error.service] ?? error.service;
  const requestId = stableUuid(`request/${seed}`);
  const token = stableUuid(`token/${seed}`);
  return `Resource handler returned message: "${error.message} (Service: ${service}, Status Code: ${error.httpStatus}, Request ID: ${requestId})" `
    + `(RequestToken: ${token}, HandlerErrorCode: ${handlerErrorCode(error)})`;
}

/** The stack's reason on a failed create (the first failure named; form unconfirmed beyond this observed phrase). */
export const rollbackReason = (failed: string[]) => `The following resource(s) failed to create: [${failed.join(', ')}]. Rollback requested by user.`;
