import { list, text, type ResourceHandler } from './resource-handler';

type Tag = { Key: string; Value: string };

/**
 * AWS::EC2::Instance: RunInstances with the instance profile by name (its role must be passable: RunInstances
 * asks iam:PassRole, so a stack role without it fails as on AWS); Ref is the instance ID.
 */
export const ec2Instance: ResourceHandler = {
  create(props, _ctx, call) {
    const tags = list(props.Tags) as Tag[];
    const { Instances } = call('ec2:RunInstances', {
      ImageId: text(props.ImageId) ?? '', InstanceType: text(props.InstanceType) ?? 'm1.small', MinCount: 1, MaxCount: 1,
      ...(text(props.KeyName) && { KeyName: text(props.KeyName) }),
      ...(text(props.IamInstanceProfile) && { IamInstanceProfile: { Name: text(props.IamInstanceProfile) } }),
      ...(tags.length > 0 && { TagSpecifications: [{ ResourceType: 'instance', Tags: tags.map((t) => ({ Key: String(t.Key), Value: String(t.Value) })) }] }),
      ...(text(props.AvailabilityZone) && { Placement: { AvailabilityZone: text(props.AvailabilityZone) } }),
    });
    const instance = Instances[0]!;
    return {
      physicalId: instance.InstanceId, ref: instance.InstanceId,
      attributes: {
        InstanceId: instance.InstanceId, AvailabilityZone: instance.Placement.AvailabilityZone, PrivateIp: instance.PrivateIpAddress,
        PrivateDnsName: instance.PrivateDnsName, PublicDnsName: instance.PublicDnsName, ...(instance.PublicIpAddress && { PublicIp: instance.PublicIpAddress }),
      },
    };
  },
  delete(instanceId, _props, call) {
    call('ec2:TerminateInstances', { InstanceIds: [instanceId] });
  },
};
