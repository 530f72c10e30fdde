import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync } from '../call-as-console';

/** What the Launch instances page asks for; the console turns it into one RunInstances call. */
export type LaunchRequest = {
  name: string;
  imageId: string;
  instanceType: string;
  count: number;
  /** Absent: "Proceed without a key pair". */
  keyName?: string;
  /** The chosen instance profile, passed by ARN as the console does; its role needs iam:PassRole. */
  instanceProfileArn?: string;
};

export function runInstances(request: LaunchRequest) {
  const name = request.name.trim();
  return callAsConsoleAsync('ec2:RunInstances', {
    ImageId: request.imageId,
    InstanceType: request.instanceType,
    MinCount: request.count,
    MaxCount: request.count,
    ...(request.keyName !== undefined && { KeyName: request.keyName }),
    ...(request.instanceProfileArn !== undefined && { IamInstanceProfile: { Arn: request.instanceProfileArn } }),
    ...(name && { TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }] }),
  });
}

export function useRunInstances() {
  return useMutation({ mutationFn: runInstances });
}
