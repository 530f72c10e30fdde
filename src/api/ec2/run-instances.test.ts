import { beforeEach, describe, expect, it } from 'vitest';
import { useConsoleStore } from '../../store/console-store';
import { callAsConsoleAsync as call } from '../call-as-console';
import { runInstances } from './run-instances';

const UBUNTU = 'ami-0d5bb3742db8fc264';
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const policy = (name: string) => `arn:aws:iam::aws:policy/${name}`;

async function ec2Role(name: string) {
  await call('iam:CreateRole', { RoleName: name, AssumeRolePolicyDocument: trust });
  const { InstanceProfile } = await call('iam:CreateInstanceProfile', { InstanceProfileName: name });
  await call('iam:AddRoleToInstanceProfile', { InstanceProfileName: name, RoleName: name });
  return InstanceProfile.Arn;
}

const instanceNames = async () => (await call('ec2:DescribeInstances', {})).Reservations
  .flatMap((r) => r.Instances).map((i) => i.Tags?.find((tag) => tag.Key === 'Name')?.Value);

describe('runInstances', () => {
  beforeEach(() => useConsoleStore.getState().reset('default'));

  it('launches with the Name tag, the type and the instance profile, without a key pair', async () => {
    const arn = await ec2Role('example-for-ec2');
    const { Instances } = await runInstances({ name: ' my-server ', imageId: UBUNTU, instanceType: 't2.micro', count: 1, instanceProfileArn: arn });
    expect(Instances).toHaveLength(1);
    expect(Instances[0]).toMatchObject({ ImageId: UBUNTU, InstanceType: 't2.micro', IamInstanceProfile: { Arn: arn } });
    expect(Instances[0]?.KeyName).toBeUndefined();
    expect(await instanceNames()).toContain('my-server');
  });

  it('is refused with the PassRole denial when the identity may not pass the role, and launches nothing', async () => {
    const arn = await ec2Role('example-for-ec2');
    await call('iam:AttachUserPolicy', { UserName: 'student', PolicyArn: policy('IAMReadOnlyAccess') });
    await call('iam:DetachUserPolicy', { UserName: 'student', PolicyArn: policy('IAMFullAccess') });
    const before = await instanceNames();
    await expect(runInstances({ name: 'denied', imageId: UBUNTU, instanceType: 't2.micro', count: 1, instanceProfileArn: arn })).rejects.toMatchObject({
      code: 'UnauthorizedOperation',
      message: expect.stringContaining(
        'is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/example-for-ec2 because no identity-based policy allows the iam:PassRole action',
      ) as unknown,
    });
    expect(await instanceNames()).toEqual(before);
  });
});
