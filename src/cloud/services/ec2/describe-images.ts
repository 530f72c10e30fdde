import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { IMAGES, imageOutput, type Image } from './images';

export type DescribeImagesOutput = { Images: Omit<Image, 'platform'>[] };

export const describeImages = defineOperation({
  service: 'ec2',
  name: 'DescribeImages',
  action: 'ec2:DescribeImages',
  access: 'read',
  input: z.object({ ImageIds: z.array(z.string()).optional(), Owners: z.array(z.string()).optional() }),
  resource: () => '*',
  handler(world, input): HandlerResult<DescribeImagesOutput> {
    const ids = input.ImageIds ?? [];
    const owners = input.Owners ?? [];
    const images = IMAGES.filter((i) => (ids.length === 0 || ids.includes(i.ImageId))
      && (owners.length === 0 || owners.includes(i.OwnerId) || (i.ImageOwnerAlias !== undefined && owners.includes(i.ImageOwnerAlias))));
    return { world, output: { Images: images.map(imageOutput) } };
  },
});
