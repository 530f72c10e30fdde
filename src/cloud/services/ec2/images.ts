import type { Instance } from '../../core/world';

/** The AMIs the simulator offers (the two the default scenario's instances run). */
export type Image = {
  ImageId: string;
  Name: string;
  Description: string;
  OwnerId: string;
  ImageOwnerAlias?: string;
  CreationDate: string;
  Architecture: 'x86_64';
  PlatformDetails: 'Linux/UNIX';
  RootDeviceType: 'ebs';
  VirtualizationType: 'hvm';
  State: 'available';
  Public: true;
  platform: Instance['platform'];
};

export const IMAGES: readonly Image[] = [
  {
    ImageId: 'ami-0d5bb3742db8fc264', Name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251112',
    Description: 'Canonical, Ubuntu, 24.04, amd64 noble image', OwnerId: '099720109477', CreationDate: '2025-11-12T00:00:00.000Z',
    Architecture: 'x86_64', PlatformDetails: 'Linux/UNIX', RootDeviceType: 'ebs', VirtualizationType: 'hvm', State: 'available',
    Public: true, platform: 'ubuntu',
  },
  {
    ImageId: 'ami-0a463f27534bdf246', Name: 'al2023-ami-2023.9.20251110.1-kernel-6.1-x86_64',
    Description: 'Amazon Linux 2023 AMI 2023.9.20251110.1 x86_64 HVM kernel-6.1', OwnerId: '137112412989', ImageOwnerAlias: 'amazon',
    CreationDate: '2025-11-10T00:00:00.000Z', Architecture: 'x86_64', PlatformDetails: 'Linux/UNIX', RootDeviceType: 'ebs',
    VirtualizationType: 'hvm', State: 'available', Public: true, platform: 'amazon-linux',
  },
];

/** An image as DescribeImages returns it (without the simulator's own platform field). */
export function imageOutput(image: Image): Omit<Image, 'platform'> {
  const output: Partial<Image> = { ...image };
  delete output.platform;
  return output as Omit<Image, 'platform'>;
}
