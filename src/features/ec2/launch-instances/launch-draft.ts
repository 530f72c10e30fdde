import type { OperationOutput } from '../../../cloud/core/registry';

export type Ami = OperationOutput<'ec2:DescribeImages'>['Images'][number];

/** "Proceed without a key pair (Not recommended)" in the key pair select. */
export const NO_KEY_PAIR = '__no-key-pair__';
/** "No IAM Role" in the instance profile select (as on Modify IAM role; unconfirmed for Launch). */
export const NO_PROFILE = '__no-profile__';

/** What the form holds; the AMI and key pair are unset until chosen (or until the images arrive). */
export type LaunchDraft = {
  name: string;
  imageId?: string;
  instanceType: string;
  keyPair?: string;
  profileArn?: string;
  count: string;
};

export const initialDraft: LaunchDraft = { name: '', instanceType: 't2.micro', count: '1' };

export type InstanceTypeInfo = { name: string; vcpu: number; memoryGiB: number; freeTier?: boolean };

/** A few common types; t2.micro is the console's free-tier default. */
export const INSTANCE_TYPES: readonly InstanceTypeInfo[] = [
  { name: 't2.micro', vcpu: 1, memoryGiB: 1, freeTier: true },
  { name: 't2.small', vcpu: 1, memoryGiB: 2 },
  { name: 't2.medium', vcpu: 2, memoryGiB: 4 },
  { name: 't3.micro', vcpu: 2, memoryGiB: 1 },
  { name: 't3.small', vcpu: 2, memoryGiB: 2 },
  { name: 't3.medium', vcpu: 2, memoryGiB: 4 },
  { name: 'm5.large', vcpu: 2, memoryGiB: 8 },
  { name: 'c5.large', vcpu: 2, memoryGiB: 4 },
];

export type LaunchProblems = { image?: string; keyPair?: string; count?: string };

/** The console's own checks before it calls RunInstances (keys of launchInstances.*). */
export function launchProblems(draft: LaunchDraft): LaunchProblems {
  const problems: LaunchProblems = {};
  if (!draft.imageId) problems.image = 'launchInstances.amiRequired';
  if (!draft.keyPair) problems.keyPair = 'launchInstances.keyPairRequired';
  if (!/^[1-9]\d*$/.test(draft.count.trim())) problems.count = 'launchInstances.countInvalid';
  return problems;
}
