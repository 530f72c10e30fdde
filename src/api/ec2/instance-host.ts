import { useDescribeImages } from './describe-images';
import { useDescribeInstances } from './describe-instances';

/** What a terminal needs to know of an instance: its state, address and OS (from its AMI), read as the console. */
export function useInstanceHost(instanceId: string) {
  const instances = useDescribeInstances({ InstanceIds: [instanceId] });
  const images = useDescribeImages();
  const reservation = instances.data?.Reservations[0];
  const instance = reservation?.Instances[0];
  const image = images.data?.Images.find((i) => i.ImageId === instance?.ImageId);
  return {
    error: instances.error ?? images.error,
    isPending: instances.isPending || images.isPending,
    instance,
    ownerId: reservation?.OwnerId,
    platform: image?.Name.startsWith('ubuntu') ? 'ubuntu' as const : 'amazon-linux' as const,
  };
}
