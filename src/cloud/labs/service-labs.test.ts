import { beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, nowIso } from '../core/clock';
import { dispatch } from '../core/dispatch';
import { preloadManagedPolicies } from '../core/policy-lookup';
import type { OperationName } from '../core/registry';
import type { World } from '../core/world';
import { loadTemplateYaml } from '../cloudformation/template/yaml-loader';
import { SAMPLE_TEMPLATES } from '../cloudformation/samples/sample-templates';
import { STUDENT } from '../scenarios/empty';
import { scenarios } from '../scenarios/scenarios';
import { builtinLabs } from './builtin-labs';
import { advance, startProgress, type LabProgress } from './progress';

const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-2';
const lab = (id: string) => builtinLabs.find((l) => l.id === id)!;
const policy = (actions: string[], resource: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });

beforeAll(async () => {
  await loadTemplateYaml();
  await preloadManagedPolicies(scenarios.administrator(), 'cli', []);
});

function run(world: World, op: OperationName, input: unknown, source: 'console' | 'cli' = 'console'): World {
  const { world: next, result } = dispatch(world, STUDENT, op, input, { source, region: REGION });
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return next;
}

describe('lab 8, CloudFormation deploys with a role', () => {
  it('ticks the role, the deploy, the denial and rollback, the fix and the second deploy', () => {
    const l = lab('cloudformation-service-role');
    let world = scenarios.administrator();
    let progress = startProgress(l, nowIso(world), world);
    const tick = (): LabProgress => advance(world, l, progress, { accountId: ACCOUNT, region: REGION, consoleIdentity: STUDENT }, nowIso(world));
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    world = run(world, 'iam:CreateRole', { RoleName: 'cfn-s3-deployer', AssumeRolePolicyDocument: trust });
    progress = tick();
    expect(progress.done).toEqual([]);
    world = run(world, 'iam:AttachRolePolicy', { RoleName: 'cfn-s3-deployer', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' });
    const deploy = (w: World) => run(w, 'cloudformation:CreateStack', {
      StackName: 'lesson-stack', TemplateBody: SAMPLE_TEMPLATES.find((t) => t.id === 'bucket-and-instance')!.body,
      RoleARN: `arn:aws:iam::${ACCOUNT}:role/cfn-s3-deployer`,
    });
    world = deploy(world);
    progress = tick();
    expect(progress.done).toEqual(['create-role', 'deploy']);
    world = advanceClock(world, 30_000);
    progress = tick();
    expect(progress.done).toEqual(['create-role', 'deploy', 'read-denial']);
    world = run(world, 'iam:AttachRolePolicy', { RoleName: 'cfn-s3-deployer', PolicyArn: 'arn:aws:iam::aws:policy/AmazonEC2FullAccess' });
    world = run(advanceClock(run(world, 'cloudformation:DeleteStack', { StackName: 'lesson-stack' }), 30_000), 'cloudformation:ListStacks', {});
    world = advanceClock(deploy(world), 30_000);
    progress = tick();
    expect(progress.completedAt).toBeDefined();
  });
});

describe('lab 9, a Lambda function writes to DynamoDB', () => {
  it('ticks the table, the function, its denial, a least-privilege policy (not "*") and the item written', async () => {
    const { withFunction, invoke } = await import('../services/lambda/lambda-test-kit');
    const l = lab('lambda-dynamodb');
    let world = scenarios.administrator();
    let progress = startProgress(l, nowIso(world), world);
    const tick = (): LabProgress => advance(world, l, progress, { accountId: ACCOUNT, region: REGION, consoleIdentity: STUDENT }, nowIso(world));
    world = run(world, 'dynamodb:CreateTable', {
      TableName: 'Orders', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
    });
    const created = withFunction(world, 'orders-writer', { Behaviour: 'dynamodb-put-get', Runtime: 'python3.13', Handler: 'lambda_function.lambda_handler' });
    world = created.world;
    progress = tick();
    expect(progress.done).toEqual(['create-table', 'create-function']);
    const event = JSON.stringify({ tableName: 'Orders', key: { id: 'order-1' }, item: { id: 'order-1', quantity: 2 } });
    world = invoke(world, 'orders-writer', { Payload: event }).world;
    progress = tick();
    expect(progress.done).toEqual(['create-table', 'create-function', 'test-fails']);
    const role = created.plan.roleName;
    world = run(world, 'iam:PutRolePolicy', { RoleName: role, PolicyName: 'too-wide', PolicyDocument: policy(['dynamodb:PutItem', 'dynamodb:GetItem'], '*') });
    progress = tick();
    expect(progress.done).not.toContain('least-privilege');
    world = run(world, 'iam:DeleteRolePolicy', { RoleName: role, PolicyName: 'too-wide' });
    world = run(world, 'iam:PutRolePolicy', {
      RoleName: role, PolicyName: 'orders', PolicyDocument: policy(['dynamodb:PutItem', 'dynamodb:GetItem'], `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/Orders`),
    });
    world = invoke(world, 'orders-writer', { Payload: event }).world;
    progress = tick();
    expect(progress.completedAt).toBeDefined();
  });
});
