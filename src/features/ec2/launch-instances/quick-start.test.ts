import { describe, expect, it } from 'vitest';
import type { Ami } from './launch-draft';
import { amiTitle, defaultImageOf, familiesOf, familyOf } from './quick-start';

const ami = (ImageId: string, Name: string, Description: string, CreationDate = '2025-11-10T00:00:00.000Z') =>
  ({ ImageId, Name, Description, CreationDate }) as Ami;
const ubuntu = ami('ami-0d5bb3742db8fc264', 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251112', 'Canonical, Ubuntu, 24.04, amd64 noble image');
const al = ami('ami-0a463f27534bdf246', 'al2023-ami-2023.9.20251110.1-kernel-6.1-x86_64', 'Amazon Linux 2023 AMI 2023.9.20251110.1 x86_64 HVM kernel-6.1');

describe('quick start', () => {
  it('groups AMIs under the console tiles and titles them as the AMI select does', () => {
    expect(familyOf(ubuntu)).toBe('ubuntu');
    expect(familyOf(al)).toBe('amazon-linux');
    expect(familiesOf([ubuntu, al])).toEqual(['amazon-linux', 'ubuntu']);
    expect(amiTitle(ubuntu)).toBe('Ubuntu Server 24.04 LTS (HVM), SSD Volume Type');
    expect(amiTitle(al)).toBe('Amazon Linux 2023 AMI');
    expect(amiTitle(ami('ami-12345678', 'my-image', 'mine'))).toBe('my-image');
  });

  it('picks the newest image of a family', () => {
    const older = ami('ami-11111111', ubuntu.Name, ubuntu.Description, '2024-01-01T00:00:00.000Z');
    expect(defaultImageOf([older, ubuntu, al], 'ubuntu')).toBe(ubuntu);
    expect(defaultImageOf([al], 'ubuntu')).toBeUndefined();
  });
});
