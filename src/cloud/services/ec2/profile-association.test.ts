import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import type { World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { ACCOUNT, EC2_TRUST, S3_READ_ONLY, seq } from '../iam/iam-test-kit';
import { as, asOk } from '../sts/sts-test-kit';
import { instanceRoleCaller } from './instance-role';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/example-for-ec2`;
const profiled = (): World => seq(createDefaultWorld(), [
  ['iam:CreateRole', { RoleName: 'example-for-ec2', AssumeRolePolicyDocument: EC2_TRUST }],
  ['iam:AttachRolePolicy', { RoleName: 'example-for-ec2', PolicyArn: S3_READ_ONLY }],
  ['iam:CreateInstanceProfile', { InstanceProfileName: 'example-for-ec2' }],
  ['iam:AddRoleToInstanceProfile', { InstanceProfileName: 'example-for-ec2', RoleName: 'example-for-ec2' }],
  ['iam:CreateInstanceProfile', { InstanceProfileName: 'other' }],
]);
const webId = (world: World) => Object.values(world.accounts[ACCOUNT]!.regions['ap-northeast-2']!.ec2.instances).find((i) => i.name === 'web-server')!.instanceId;
const webOf = (world: World) => asOk(world, STUDENT, 'ec2:DescribeInstances', { InstanceIds: [webId(world)] }).output.Reservations[0]?.Instances[0];
/** The student with EC2 only: no iam:PassRole. */
const withoutIam = (world: World) => updateAccount(world, ACCOUNT, (a) => {
  a.iam.users.student!.attachedPolicyArns = ['arn:aws:iam::aws:policy/AmazonEC2FullAccess'];
});

describe('Modify IAM role: instance profile associations', () => {
  it('associates, shows it on the instance at once, replaces and disassociates', () => {
    const world = profiled();
    const id = webId(world);
    const associated = asOk(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: id, IamInstanceProfile: { Name: 'example-for-ec2' } });
    const association = associated.output.IamInstanceProfileAssociation;
    expect(association).toMatchObject({ InstanceId: id, State: 'associating', IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/example-for-ec2` } });
    expect(association.AssociationId).toMatch(/^iip-assoc-[0-9a-f]{17}$/);
    expect(webOf(associated.world)?.IamInstanceProfile?.Arn).toBe(association.IamInstanceProfile.Arn);
    const listed = asOk(associated.world, STUDENT, 'ec2:DescribeIamInstanceProfileAssociations').output.IamInstanceProfileAssociations;
    expect(listed).toEqual([{ ...association, State: 'associated' }]);
    const twice = as(associated.world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: id, IamInstanceProfile: { Name: 'other' } }).result;
    expect(!twice.ok && twice.error).toMatchObject({ code: 'IncorrectState', message: `There is an existing association for instance ${id}` });
    const replaced = asOk(associated.world, STUDENT, 'ec2:ReplaceIamInstanceProfileAssociation', {
      AssociationId: association.AssociationId, IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/other` },
    });
    expect(replaced.output.IamInstanceProfileAssociation.AssociationId).not.toBe(association.AssociationId);
    expect(webOf(replaced.world)?.IamInstanceProfile?.Arn).toBe(`arn:aws:iam::${ACCOUNT}:instance-profile/other`);
    const newId = replaced.output.IamInstanceProfileAssociation.AssociationId;
    const detached = asOk(replaced.world, STUDENT, 'ec2:DisassociateIamInstanceProfile', { AssociationId: newId });
    expect(detached.output.IamInstanceProfileAssociation.State).toBe('disassociating');
    expect(webOf(detached.world)?.IamInstanceProfile).toBeUndefined();
    const gone = as(detached.world, STUDENT, 'ec2:DisassociateIamInstanceProfile', { AssociationId: newId }).result;
    expect(!gone.ok && gone.error.code).toBe('InvalidAssociationID.NotFound');
  });

  it('refuses an unknown profile', () => {
    const result = as(profiled(), STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: webId(profiled()), IamInstanceProfile: { Name: 'nope' } }).result;
    expect(!result.ok && result.error).toMatchObject({
      code: 'InvalidParameterValue', message: 'Value (nope) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name',
    });
  });

  it('needs iam:PassRole on the profile role: the denial names it, and the instance is unchanged', () => {
    const world = withoutIam(profiled());
    const { world: after, result } = as(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: webId(world), IamInstanceProfile: { Name: 'example-for-ec2' } });
    if (result.ok) throw new Error('allowed');
    expect(result.error.code).toBe('UnauthorizedOperation');
    expect(result.error.message).toMatch(new RegExp(`^You are not authorized to perform this operation\\. User: arn:aws:iam::${ACCOUNT}:user/student `
      + `is not authorized to perform: iam:PassRole on resource: ${ROLE_ARN} because no identity-based policy allows the iam:PassRole action\\. `
      + 'Encoded authorization failure message: \\S+$'));
    expect(result.explanation).toMatchObject({ action: 'iam:PassRole', resource: ROLE_ARN, deniedBy: 'identity-based' });
    expect(after.accounts).toBe(world.accounts);
    expect(after.events.at(-1)).toMatchObject({ eventName: 'AssociateIamInstanceProfile', errorCode: 'UnauthorizedOperation' });
    const launch = as(world, STUDENT, 'ec2:RunInstances', { ImageId: 'ami-0a463f27534bdf246', IamInstanceProfile: { Name: 'example-for-ec2' } }).result;
    expect(!launch.ok && launch.explanation?.action).toBe('iam:PassRole');
    // A profile without a role passes nothing: no PassRole needed.
    expect(as(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: webId(world), IamInstanceProfile: { Name: 'other' } }).result.ok).toBe(true);
  });

  it('gives software on the instance the role session named after the instance', () => {
    const world = profiled();
    const id = webId(world);
    expect(instanceRoleCaller(world, ACCOUNT, 'ap-northeast-2', id)).toBeUndefined();
    const associated = asOk(world, STUDENT, 'ec2:AssociateIamInstanceProfile', { InstanceId: id, IamInstanceProfile: { Name: 'example-for-ec2' } }).world;
    const caller = instanceRoleCaller(associated, ACCOUNT, 'ap-northeast-2', id);
    expect(caller).toMatchObject({ type: 'assumed-role', accountId: ACCOUNT, roleName: 'example-for-ec2', sessionName: id });
    const out = asOk(associated, caller!, 'sts:GetCallerIdentity').output;
    expect(out.Arn).toBe(`arn:aws:sts::${ACCOUNT}:assumed-role/example-for-ec2/${id}`);
    expect(as(associated, caller!, 's3:ListBuckets').result.ok).toBe(true);
    const rotated = instanceRoleCaller(advanceClock(associated, 2 * 3_600_000), ACCOUNT, 'ap-northeast-2', id);
    expect(rotated!.issuedAt).toBeGreaterThan(caller!.issuedAt);
    const stopped = advanceClock(asOk(associated, STUDENT, 'ec2:StopInstances', { InstanceIds: [id] }).world, 30_000);
    expect(instanceRoleCaller(stopped, ACCOUNT, 'ap-northeast-2', id)).toBeUndefined();
  });
});
