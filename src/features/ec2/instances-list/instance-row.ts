import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { OperationOutput } from '../../../cloud/core/registry';

export type Instance = OperationOutput<'ec2:DescribeInstances'>['Reservations'][number]['Instances'][number];

export const stateIcon: Record<string, StatusIndicatorProps.Type> = {
  pending: 'pending', running: 'success', stopping: 'pending', stopped: 'stopped', 'shutting-down': 'pending', terminated: 'stopped',
};

export const nameOf = (i: Instance) => i.Tags.find((tag) => tag.Key === 'Name')?.Value ?? '';

/** The instance profile's name is the last part of its ARN (after any path). */
export const profileNameOf = (i: Instance) => i.IamInstanceProfile?.Arn.split('/').pop();

export const isTransitional = (i: Instance) => ['pending', 'stopping', 'shutting-down'].includes(i.State.Name);
