import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { basicExecutionRolePlan } from './basic-execution-role';

describe('the console\'s "Create a new role with basic Lambda permissions"', () => {
  it('plans CreatePolicy, CreateRole and AttachRolePolicy under /service-role/ with the documents of facts §9', () => {
    const world = createDefaultWorld();
    const plan = basicExecutionRolePlan(world, '123456789012', 'ap-northeast-2', 'my-function');
    expect(plan.requests.map((r) => r.operation)).toEqual(['iam:CreatePolicy', 'iam:CreateRole', 'iam:AttachRolePolicy']);
    const [policy, role, attach] = plan.requests;
    expect(policy?.input).toMatchObject({ PolicyName: plan.policyName, Path: '/service-role/' });
    expect(JSON.parse((policy?.input as { PolicyDocument: string }).PolicyDocument)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: 'arn:aws:logs:ap-northeast-2:123456789012:*' },
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: ['arn:aws:logs:ap-northeast-2:123456789012:log-group:/aws/lambda/my-function:*'] },
      ],
    });
    expect(role?.input).toMatchObject({ RoleName: plan.roleName, Path: '/service-role/' });
    expect(JSON.parse((role?.input as { AssumeRolePolicyDocument: string }).AssumeRolePolicyDocument).Statement)
      .toEqual([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(attach?.input).toEqual({ RoleName: plan.roleName, PolicyArn: plan.policyArn });
    expect(plan.roleArn).toBe(`arn:aws:iam::123456789012:role/service-role/${plan.roleName}`);
    expect(plan.policyArn).toBe(`arn:aws:iam::123456789012:policy/service-role/${plan.policyName}`);
  });

  it('names deterministically, differently as the world moves on, and within IAM\'s 64 characters', () => {
    const world = createDefaultWorld();
    const plan = basicExecutionRolePlan(world, '123456789012', 'ap-northeast-2', 'my-function');
    expect(basicExecutionRolePlan(createDefaultWorld(), '123456789012', 'ap-northeast-2', 'my-function')).toEqual(plan);
    expect(basicExecutionRolePlan({ ...world, revision: world.revision + 1 }, '123456789012', 'ap-northeast-2', 'my-function').roleName).not.toBe(plan.roleName);
    expect(basicExecutionRolePlan(world, '123456789012', 'ap-northeast-2', 'f'.repeat(64)).roleName).toHaveLength(64);
  });
});
