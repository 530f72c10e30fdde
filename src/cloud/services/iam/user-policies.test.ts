import { describe, it, expect } from 'vitest';
import { dispatch } from '../../core/dispatch';
import type { OperationName } from '../../core/registry';
import type { World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';

const call = <O extends OperationName>(world: World, op: O, input: unknown) =>
  dispatch(world, STUDENT, op, input, { source: 'console', region: 'ap-northeast-2' });

const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

describe('user policy attachments', () => {
  it('attaches, lists and detaches a managed policy', () => {
    let world = createDefaultWorld();
    world = call(world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: S3_READ }).world;
    const listed = call(world, 'iam:ListAttachedUserPolicies', { UserName: 'student' }).result;
    expect(listed.ok && listed.output.AttachedPolicies).toEqual([
      { PolicyName: 'AmazonEC2FullAccess', PolicyArn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess' },
      { PolicyName: 'IAMFullAccess', PolicyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' },
      { PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ },
    ]);
    const again = call(world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: S3_READ });
    expect(again.world.accounts['123456789012']?.iam.users.student?.attachedPolicyArns).toHaveLength(3);
    world = call(world, 'iam:DetachUserPolicy', { UserName: 'student', PolicyArn: S3_READ }).world;
    expect(world.accounts['123456789012']?.iam.users.student?.attachedPolicyArns).not.toContain(S3_READ);
  });

  it('reports AWS errors for unknown users, unknown policies and policies not attached', () => {
    const world = createDefaultWorld();
    const noUser = call(world, 'iam:AttachUserPolicy', { UserName: 'bob', PolicyArn: S3_READ }).result;
    expect(!noUser.ok && noUser.error).toMatchObject({ code: 'NoSuchEntity', message: 'The user with name bob cannot be found.' });
    const noPolicy = call(world, 'iam:AttachUserPolicy', { UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/Nope' }).result;
    expect(!noPolicy.ok && noPolicy.error.message).toBe('Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.');
    const notAttached = call(world, 'iam:DetachUserPolicy', { UserName: 'student', PolicyArn: S3_READ }).result;
    expect(!notAttached.ok && notAttached.error).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: `Policy ${S3_READ} was not found.`,
    });
  });
});

describe('users and policies', () => {
  it('GetUser without a name describes the caller', () => {
    const result = call(createDefaultWorld(), 'iam:GetUser', {}).result;
    expect(result.ok && result.output.User).toMatchObject({
      UserName: 'student', Path: '/', Arn: 'arn:aws:iam::123456789012:user/student', CreateDate: '2024-01-26T03:12:45Z',
    });
    expect(result.ok && result.output.User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    const users = call(createDefaultWorld(), 'iam:ListUsers', {}).result;
    expect(users.ok && users.output.Users.map((u) => u.UserName)).toEqual(['admin', 'student']);
  });

  it('ListPolicies scopes AWS and customer managed policies and counts attachments', () => {
    const world = createDefaultWorld();
    const aws = call(world, 'iam:ListPolicies', { Scope: 'AWS' }).result;
    const ec2 = aws.ok ? aws.output.Policies.find((p) => p.PolicyName === 'AmazonEC2FullAccess') : undefined;
    expect(ec2).toMatchObject({ Arn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess', AttachmentCount: 1, IsAttachable: true, Path: '/' });
    expect(ec2?.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    const lambda = aws.ok ? aws.output.Policies.find((p) => p.PolicyName === 'AWSLambdaBasicExecutionRole') : undefined;
    expect(lambda?.Path).toBe('/service-role/');
    const attached = call(world, 'iam:ListPolicies', { OnlyAttached: true }).result;
    // The default scenario's service-linked roles count too, as in the console; admin has AdministratorAccess.
    expect(attached.ok && attached.output.Policies.map((p) => p.PolicyName)).toEqual([
      'AdministratorAccess', 'AmazonEC2FullAccess', 'AWSSupportServiceRolePolicy', 'AWSTrustedAdvisorServiceRolePolicy', 'IAMFullAccess',
    ]);
    expect(aws.ok && aws.output.Policies).toHaveLength(1594);
    expect(aws.ok && aws.output.Policies.find((p) => p.PolicyName === 'ReadOnlyAccess')?.Description).toMatch(/without changing/);
    const local = call(world, 'iam:ListPolicies', { Scope: 'Local' }).result;
    expect(local.ok && local.output.Policies).toEqual([]);
    const bad = call(world, 'iam:ListPolicies', { Scope: 'Mine' }).result;
    expect(!bad.ok && bad.error.message).toBe(
      "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
    );
  });
});
