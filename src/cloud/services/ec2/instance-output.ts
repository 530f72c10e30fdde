import { stableId } from '../../core/ids';
import type { Account, Instance, InstanceState, Tag } from '../../core/world';

const STATE_CODES: Record<InstanceState, number> = {
  pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80,
};

export type StateOutput = { Code: number; Name: InstanceState };
export const stateOutput = (state: InstanceState): StateOutput => ({ Code: STATE_CODES[state], Name: state });

export type InstanceOutput = {
  InstanceId: string;
  ImageId: string;
  InstanceType: string;
  State: StateOutput;
  LaunchTime: string;
  Placement: { AvailabilityZone: string };
  PrivateIpAddress: string;
  PrivateDnsName: string;
  PublicIpAddress?: string;
  PublicDnsName: string;
  KeyName?: string;
  Tags: Tag[];
  SecurityGroups: { GroupId: string; GroupName: string }[];
  IamInstanceProfile?: { Arn: string; Id: string };
  PlatformDetails: 'Linux/UNIX';
  Monitoring: { State: 'disabled' };
};
export type Reservation = { ReservationId: string; OwnerId: string; Instances: InstanceOutput[] };

function regionOf(availabilityZone: string): string {
  return availabilityZone.replace(/[a-z]$/, '');
}

/** The profile an ARN names: looked up by its name (the ARN's last part), not by scanning every profile. */
function profileByArn(account: Account, arn: string) {
  const profile = account.iam.instanceProfiles[arn.slice(arn.lastIndexOf('/') + 1)];
  return profile?.arn === arn ? profile : undefined;
}

export function instanceOutput(account: Account, instance: Instance): InstanceOutput {
  const region = regionOf(instance.availabilityZone);
  const profileArn = instance.iamInstanceProfileArn;
  const profile = profileArn ? profileByArn(account, profileArn) : undefined;
  const dashed = (ip: string) => ip.replaceAll('.', '-');
  return {
    InstanceId: instance.instanceId,
    ImageId: instance.imageId,
    InstanceType: instance.instanceType,
    State: stateOutput(instance.state),
    LaunchTime: instance.launchTime,
    Placement: { AvailabilityZone: instance.availabilityZone },
    PrivateIpAddress: instance.privateIp,
    PrivateDnsName: `ip-${dashed(instance.privateIp)}.${region}.compute.internal`,
    ...(instance.publicIp !== undefined && { PublicIpAddress: instance.publicIp }),
    PublicDnsName: instance.publicIp ? `ec2-${dashed(instance.publicIp)}.${region}.compute.amazonaws.com` : '',
    ...(instance.keyName !== undefined && { KeyName: instance.keyName }),
    Tags: instance.tags,
    SecurityGroups: instance.securityGroups.map((g) => ({ GroupId: g.groupId, GroupName: g.groupName })),
    ...(profileArn !== undefined && { IamInstanceProfile: { Arn: profileArn, Id: profile?.id ?? '' } }),
    PlatformDetails: 'Linux/UNIX',
    Monitoring: { State: 'disabled' },
  };
}

/** One reservation per instance; its id is derived from the instance id so it never changes. */
export function reservationOf(account: Account, instance: Instance): Reservation {
  return {
    ReservationId: stableId('reservation', instance.instanceId),
    OwnerId: account.id,
    Instances: [instanceOutput(account, instance)],
  };
}
