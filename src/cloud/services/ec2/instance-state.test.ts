import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import { decodeAuthorizationMessage } from '../../core/access-denied';
import type { World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { as, asOk, assume, S3_READ_ONLY, STUDENT_ARN, trust, withRole } from '../sts/sts-test-kit';

const ids = (world: World) => {
  const out = asOk(world, STUDENT, 'ec2:DescribeInstances').output.Reservations.flatMap((r) => r.Instances);
  return Object.fromEntries(out.map((i) => [i.Tags[0]?.Value ?? '', i]));
};
const state = (world: World, name: string) => ids(world)[name]?.State.Name;

describe('EC2 instance state', () => {
  it('stops, starts and terminates through transitional states on the world clock', () => {
    const world = createDefaultWorld();
    const web = ids(world)['web-server']!.InstanceId;
    const batch = ids(world)['batch-worker']!.InstanceId;
    const stopped = asOk(world, STUDENT, 'ec2:StopInstances', { InstanceIds: [web] });
    expect(stopped.output.StoppingInstances).toEqual([{
      InstanceId: web, CurrentState: { Code: 64, Name: 'stopping' }, PreviousState: { Code: 16, Name: 'running' },
    }]);
    expect(state(stopped.world, 'web-server')).toBe('stopping');
    expect(state(advanceClock(stopped.world, 30_000), 'web-server')).toBe('stopped');
    const started = asOk(world, STUDENT, 'ec2:StartInstances', { InstanceIds: [batch] }).world;
    expect(state(started, 'batch-worker')).toBe('pending');
    expect(state(advanceClock(started, 15_000), 'batch-worker')).toBe('running');
    const terminated = asOk(world, STUDENT, 'ec2:TerminateInstances', { InstanceIds: [web, batch] });
    expect(terminated.output.TerminatingInstances.map((t) => t.CurrentState.Name)).toEqual(['shutting-down', 'shutting-down']);
    const gone = advanceClock(terminated.world, 30_000);
    expect(state(gone, 'web-server')).toBe('terminated');
    const restart = as(gone, STUDENT, 'ec2:StartInstances', { InstanceIds: [web] }).result;
    expect(!restart.ok && restart.error).toMatchObject({
      code: 'IncorrectInstanceState', message: `The instance '${web}' is not in a state from which it can be started.`,
    });
  });

  it('leaves an instance already in the asked state alone, and reboots only running ones', () => {
    const world = createDefaultWorld();
    const { 'web-server': web, 'batch-worker': batch } = ids(world);
    const again = asOk(world, STUDENT, 'ec2:StartInstances', { InstanceIds: [web!.InstanceId] }).output.StartingInstances[0];
    expect([again?.PreviousState.Name, again?.CurrentState.Name]).toEqual(['running', 'running']);
    expect(asOk(world, STUDENT, 'ec2:RebootInstances', { InstanceIds: [web!.InstanceId] }).output).toEqual({});
    const reboot = as(world, STUDENT, 'ec2:RebootInstances', { InstanceIds: [batch!.InstanceId] }).result;
    expect(!reboot.ok && reboot.error.code).toBe('IncorrectState');
  });

  it('reports unknown and malformed instance ids', () => {
    const world = createDefaultWorld();
    const missing = as(world, STUDENT, 'ec2:StopInstances', { InstanceIds: ['i-0123456789abcdef0'] }).result;
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'InvalidInstanceID.NotFound', message: "The instance ID 'i-0123456789abcdef0' does not exist",
    });
    const bad = as(world, STUDENT, 'ec2:StopInstances', { InstanceIds: ['web'] }).result;
    expect(!bad.ok && bad.error).toMatchObject({ code: 'InvalidInstanceID.Malformed', message: 'Invalid id: "web"' });
  });

  it('denies a mutating call with only the encoded authorization message, which decodes to the request', () => {
    const roleArn = 'arn:aws:iam::123456789012:role/S3Only';
    const { world, session } = assume(withRole(createDefaultWorld(), 'S3Only', trust({ AWS: STUDENT_ARN }), [S3_READ_ONLY]), STUDENT, roleArn);
    const web = ids(world)['web-server']!.InstanceId;
    const { world: after, result } = as(world, session, 'ec2:StopInstances', { InstanceIds: [web] });
    if (result.ok) throw new Error('allowed');
    expect(result.error.code).toBe('UnauthorizedOperation');
    const [, encoded] = /^You are not authorized to perform this operation\. Encoded authorization failure message: (\S+)$/.exec(result.error.message) ?? [];
    expect(decodeAuthorizationMessage(encoded ?? '')).toMatchObject({
      allowed: false, explicitDeny: false,
      context: { principal: { arn: 'arn:aws:sts::123456789012:assumed-role/S3Only/student' }, action: 'ec2:StopInstances',
        resource: `arn:aws:ec2:ap-northeast-2:123456789012:instance/${web}` },
    });
    expect(state(after, 'web-server')).toBe('running');
  });
});

describe('RunInstances, DescribeImages, DescribeKeyPairs', () => {
  it('launches a named instance, pending then running, with deterministic ids', () => {
    const world = createDefaultWorld();
    const input = {
      ImageId: 'ami-0a463f27534bdf246', InstanceType: 't3.micro', KeyName: 'my-key',
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'demo' }] }],
    };
    const run = asOk(world, STUDENT, 'ec2:RunInstances', input);
    expect(run.output.Instances[0]).toMatchObject({
      ImageId: 'ami-0a463f27534bdf246', InstanceType: 't3.micro', KeyName: 'my-key', State: { Name: 'pending' },
      Placement: { AvailabilityZone: 'ap-northeast-2a' }, Tags: [{ Key: 'Name', Value: 'demo' }],
    });
    expect(run.output.Instances[0]?.InstanceId).toBe(asOk(world, STUDENT, 'ec2:RunInstances', input).output.Instances[0]?.InstanceId);
    expect(state(advanceClock(run.world, 15_000), 'demo')).toBe('running');
    const fail = (extra: object) => { const r = as(world, STUDENT, 'ec2:RunInstances', { ...input, ...extra }).result; return r.ok ? undefined : r.error; };
    expect(fail({ ImageId: 'ami-00000000' })).toMatchObject({ code: 'InvalidAMIID.NotFound', message: "The image id '[ami-00000000]' does not exist" });
    expect(fail({ KeyName: 'nope' })).toMatchObject({ code: 'InvalidKeyPair.NotFound', message: "The key pair 'nope' does not exist" });
    expect(fail({ IamInstanceProfile: { Name: 'nope' } })?.code).toBe('InvalidParameterValue');
  });

  it('lists the two AMIs and the key pair', () => {
    const world = createDefaultWorld();
    expect(asOk(world, STUDENT, 'ec2:DescribeImages').output.Images.map((i) => i.ImageId)).toEqual(['ami-0d5bb3742db8fc264', 'ami-0a463f27534bdf246']);
    expect(asOk(world, STUDENT, 'ec2:DescribeImages', { Owners: ['amazon'] }).output.Images).toHaveLength(1);
    const keys = asOk(world, STUDENT, 'ec2:DescribeKeyPairs').output.KeyPairs;
    expect(keys).toEqual([expect.objectContaining({ KeyName: 'my-key', KeyType: 'rsa', KeyPairId: expect.stringMatching(/^key-[0-9a-f]{17}$/) })]);
    const missing = as(world, STUDENT, 'ec2:DescribeKeyPairs', { KeyNames: ['nope'] }).result;
    expect(!missing.ok && missing.error.code).toBe('InvalidKeyPair.NotFound');
  });
});
