import { describe, expect, it } from 'vitest';
import { awsError } from '../../core/aws-error';
import { handlerFailureReason, rollbackReason } from './status-reason';

describe('status reasons', () => {
  it('puts the engine\'s denial in the resource handler form, with the SDK\'s service name and HandlerErrorCode', () => {
    const denied = awsError('ec2', 'RunInstances', 'UnauthorizedOperation', 'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/cfn/AWSCloudFormation is not authorized to perform: ec2:RunInstances', 403);
    const reason = handlerFailureReason(denied, 'stack/Web');
    expect(reason).toMatch(/^Resource handler returned message: "You are not authorized to perform this operation\. User: .+ \(Service: Ec2, Status Code: 403, Request ID: [0-9a-f-]{36}\)" \(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: AccessDenied\)$/);
    expect(handlerFailureReason(denied, 'stack/Web')).toBe(reason);
    expect(handlerFailureReason(awsError('s3', 'CreateBucket', 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409), 'x'))
      .toContain('(Service: S3, Status Code: 409, Request ID:');
    expect(handlerFailureReason(awsError('iam', 'CreateRole', 'EntityAlreadyExists', 'Role with name x already exists.', 409), 'x')).toMatch(/HandlerErrorCode: AlreadyExists\)$/);
    expect(rollbackReason(['Web'])).toBe('The following resource(s) failed to create: [Web]. Rollback requested by user.');
  });
});
