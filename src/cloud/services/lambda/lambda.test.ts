import { describe, expect, it } from 'vitest';
import { WorldSchema, type World } from '../../core/world';
import { STUDENT } from '../../scenarios/empty';
import { createDefaultWorld } from '../../scenarios/default';
import { EC2_TRUST } from '../iam/iam-test-kit';
import { as, asOk, S3_READ_ONLY, withRole } from '../sts/sts-test-kit';
import { ACCOUNT, groupOf, invoke, REGION, withFunction } from './lambda-test-kit';

const ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:my-function`;

function fail(world: World, op: Parameters<typeof as>[2], input: object) {
  const { result } = as(world, STUDENT, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  return result.error;
}

describe('Lambda functions', () => {
  it('creates a function with the console\'s basic execution role and describes it', () => {
    const { world, plan } = withFunction();
    expect(plan.roleName).toMatch(/^my-function-role-[0-9a-z]{8}$/);
    const role = world.accounts[ACCOUNT]?.iam.roles[plan.roleName];
    expect(role?.path).toBe('/service-role/');
    expect(role?.attachedPolicyArns).toEqual([plan.policyArn]);
    expect(plan.policyArn).toMatch(/^arn:aws:iam::123456789012:policy\/service-role\/AWSLambdaBasicExecutionRole-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const got = asOk(world, STUDENT, 'lambda:GetFunction', { FunctionName: 'my-function' }).output;
    expect(got.Configuration).toMatchObject({
      FunctionName: 'my-function', FunctionArn: ARN, Runtime: 'nodejs20.x', Role: plan.roleArn, Handler: 'index.handler',
      Timeout: 3, MemorySize: 128, Version: '$LATEST', State: 'Active', PackageType: 'Zip', LastModified: '2026-01-15T09:00:00.000+0000',
      LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/my-function' }, Behaviour: 'hello',
    });
    expect(got.Configuration.CodeSha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(asOk(world, STUDENT, 'lambda:GetFunction', { FunctionName: ARN }).output.Configuration.FunctionName).toBe('my-function');
    expect(asOk(world, STUDENT, 'lambda:ListFunctions').output.Functions.map((f) => f.FunctionName)).toEqual(['my-function']);
  });

  it('refuses a role Lambda cannot assume, a taken name and an unknown function, in AWS\'s words', () => {
    const { world } = withFunction();
    const ec2 = withRole(world, 'example-for-ec2', EC2_TRUST);
    const create = (Role: string, FunctionName = 'other') => fail(ec2, 'lambda:CreateFunction', { FunctionName, Runtime: 'nodejs20.x', Handler: 'index.handler', Role });
    expect(create(`arn:aws:iam::${ACCOUNT}:role/example-for-ec2`)).toEqual({
      code: 'InvalidParameterValueException', message: 'The role defined for the function cannot be assumed by Lambda.',
      httpStatus: 400, operation: 'CreateFunction', service: 'lambda',
    });
    expect(create(`arn:aws:iam::${ACCOUNT}:role/nope`).code).toBe('InvalidParameterValueException');
    expect(create('not-an-arn').message).toContain("Value 'not-an-arn' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern");
    const role = world.accounts[ACCOUNT]!.regions[REGION]!.lambda!.functions['my-function']!.role;
    expect(create(role, 'my-function')).toMatchObject({ code: 'ResourceConflictException', message: 'Function already exist: my-function', httpStatus: 409 });
    expect(fail(world, 'lambda:GetFunction', { FunctionName: 'nope' })).toMatchObject({
      code: 'ResourceNotFoundException', message: `Function not found: arn:aws:lambda:${REGION}:${ACCOUNT}:function:nope`, httpStatus: 404,
    });
    expect(fail(world, 'lambda:CreateFunction', { FunctionName: 'bad name', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: role }).code)
      .toBe('ValidationException');
  });

  it('needs iam:PassRole on the execution role', () => {
    const { world, plan } = withFunction();
    const limited = asOk(world, STUDENT, 'iam:PutUserPolicy', {
      UserName: 'student', PolicyName: 'no-pass',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }] }),
    }).world;
    const error = fail(limited, 'lambda:CreateFunction', { FunctionName: 'second', Runtime: 'nodejs20.x', Handler: 'index.handler', Role: plan.roleArn });
    expect(error.message).toBe(`User: arn:aws:iam::${ACCOUNT}:user/student is not authorized to perform: iam:PassRole on resource: ${plan.roleArn} `
      + 'with an explicit deny in an identity-based policy');
    expect(fail(limited, 'lambda:UpdateFunctionConfiguration', { FunctionName: 'my-function', Role: plan.roleArn }).message).toContain('iam:PassRole');
  });

  it('changes the role and deletes the function, keeping its log group', () => {
    let { world } = withFunction();
    world = invoke(world).world;
    world = withRole(world, 'other-lambda-role', JSON.stringify({
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }));
    const updated = asOk(world, STUDENT, 'lambda:UpdateFunctionConfiguration', { FunctionName: 'my-function', Role: `arn:aws:iam::${ACCOUNT}:role/other-lambda-role` });
    expect(updated.output.Role).toBe(`arn:aws:iam::${ACCOUNT}:role/other-lambda-role`);
    expect(updated.world.accounts[ACCOUNT]?.regions[REGION]?.lambda?.functions['my-function']?.environment).toBeUndefined();
    const deleted = asOk(updated.world, STUDENT, 'lambda:DeleteFunction', { FunctionName: 'my-function' }).world;
    expect(asOk(deleted, STUDENT, 'lambda:ListFunctions').output.Functions).toEqual([]);
    expect(groupOf(deleted)).toBeDefined();
    expect(fail(deleted, 'lambda:DeleteFunction', { FunctionName: 'my-function' }).code).toBe('ResourceNotFoundException');
  });

  it('is denied to the default student, who has no Lambda permissions', () => {
    expect(fail(createDefaultWorld(), 'lambda:ListFunctions', {}).message).toBe(`User: arn:aws:iam::${ACCOUNT}:user/student is not authorized `
      + 'to perform: lambda:ListFunctions because no identity-based policy allows the lambda:ListFunctions action');
  });
});

describe('Invoke', () => {
  it('runs the code as the execution role session and ships START, the handler\'s line, END and REPORT to /aws/lambda/NAME', () => {
    const { world, plan } = withFunction();
    const { world: after, output, log } = invoke(world);
    expect(output).toMatchObject({ StatusCode: 200, ExecutedVersion: '$LATEST', Payload: '{"statusCode":200,"body":"\\"Hello from Lambda!\\""}' });
    expect(output.FunctionError).toBeUndefined();
    const lines = log.split('\n').slice(0, -1); // the tail ends with a newline
    expect(lines[0]).toMatch(/^INIT_START Runtime Version: nodejs:20\.v\d+\tRuntime Version ARN: arn:aws:lambda:ap-northeast-2::runtime:[0-9a-f]{64}$/);
    expect(lines[1]).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/);
    const requestId = lines[1]!.split(' ')[2]!;
    expect(lines[2]).toMatch(new RegExp(`^2026-01-15T09:00:00\\.\\d{3}Z\\t${requestId}\\tINFO\\tHello from Lambda!$`));
    expect(lines[3]).toBe(`END RequestId: ${requestId}`);
    expect(lines[4]).toMatch(new RegExp(`^REPORT RequestId: ${requestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: [\\d.]+ ms\\t$`));

    const streams = Object.values(groupOf(after)?.streams ?? {});
    expect(streams.map((s) => s.logStreamName)).toEqual([expect.stringMatching(/^2026\/01\/15\/\[\$LATEST\][0-9a-f]{32}$/)]);
    expect(streams[0]?.events.map((e) => e.message)).toEqual(lines);
    expect(WorldSchema.parse(JSON.parse(JSON.stringify(after)))).toEqual(after);
    expect(after.accounts[ACCOUNT]?.iam.roles[plan.roleName]?.lastUsed).toEqual({ date: '2026-01-15T09:00:00Z', region: REGION });
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/${plan.roleName}/my-function`;
    const calls = after.events.slice(world.events.length).map((e) => [e.eventName, e.principalArn, e.source, e.errorCode ?? 'ok']);
    expect(calls).toEqual([
      ['CreateLogGroup', session, 'lambda', 'ok'], ['CreateLogStream', session, 'lambda', 'ok'], ['PutLogEvents', session, 'lambda', 'ok'],
      ['Invoke', `arn:aws:iam::${ACCOUNT}:user/student`, 'console', 'ok'],
    ]);
  });

  it('reuses a warm environment\'s stream, and starts a new one after 15 idle minutes', () => {
    const first = invoke(withFunction().world).world;
    const warm = invoke(first);
    expect(warm.log).not.toContain('INIT_START');
    expect(warm.log).not.toContain('Init Duration');
    expect(Object.keys(groupOf(warm.world)!.streams)).toHaveLength(1);
    expect(warm.world.events.slice(first.events.length).map((e) => e.eventName)).toEqual(['PutLogEvents', 'Invoke']);
    const later = { ...warm.world, clock: { now: warm.world.clock.now + 16 * 60_000 } };
    const cold = invoke(later);
    expect(cold.log).toContain('INIT_START');
    expect(Object.keys(groupOf(cold.world)!.streams)).toHaveLength(2);
  });

  it('loses the logs, but still answers, once the role may no longer write them', () => {
    const { world, plan } = withFunction();
    const detached = asOk(world, STUDENT, 'iam:DetachRolePolicy', { RoleName: plan.roleName, PolicyArn: plan.policyArn }).world;
    const { world: after, output } = invoke(detached);
    expect(output.StatusCode).toBe(200);
    expect(groupOf(after)).toBeUndefined();
    const denied = after.events.slice(detached.events.length).filter((e) => e.errorCode !== undefined);
    expect(denied.map((e) => [e.eventName, e.decision])).toEqual([['CreateLogGroup', 'ImplicitlyDenied'], ['CreateLogStream', 'ImplicitlyDenied']]);
  });

  it('turns an S3 denial into FunctionError Unhandled with the Node.js error payload, and lists buckets once allowed', () => {
    const { world, plan } = withFunction(undefined, 'lister', { Behaviour: 'list-buckets' });
    const denied = invoke(world, 'lister');
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/${plan.roleName}/lister`;
    const message = `User: ${session} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`;
    expect(denied.output.StatusCode).toBe(200);
    expect(denied.output.FunctionError).toBe('Unhandled');
    expect(JSON.parse(denied.output.Payload)).toMatchObject({ errorType: 'AccessDenied', errorMessage: message });
    expect(denied.log).toContain(`\tERROR\tInvoke Error \t{"errorType":"AccessDenied","errorMessage":"${message}"`);
    expect(denied.world.events.find((e) => e.eventName === 'ListBuckets')).toMatchObject({ principalArn: session, source: 'lambda', decision: 'ImplicitlyDenied' });

    const allowed = asOk(denied.world, STUDENT, 'iam:AttachRolePolicy', { RoleName: plan.roleName, PolicyArn: S3_READ_ONLY }).world;
    const listed = invoke(allowed, 'lister');
    expect(listed.output.FunctionError).toBeUndefined();
    expect(JSON.parse(JSON.parse(listed.output.Payload).body)).toEqual(['bucket1', 'bucket2', 'bucket3']);
    expect(listed.log).toContain('\tINFO\tBuckets: bucket1, bucket2, bucket3');
  });

  it('formats a Python function\'s payload, log and error the way the Python runtime does', () => {
    const { world } = withFunction(undefined, 'py', { Runtime: 'python3.12', Handler: 'lambda_function.lambda_handler', Behaviour: 'list-buckets' });
    const { output, log } = invoke(world, 'py');
    const payload = JSON.parse(output.Payload);
    expect(output.Payload.startsWith('{"errorMessage": "An error occurred (AccessDenied) when calling the ListBuckets operation: User: ')).toBe(true);
    expect(payload.errorType).toBe('ClientError');
    expect(log).toContain('[ERROR] ClientError: An error occurred (AccessDenied) when calling the ListBuckets operation:');
    const hello = withFunction(undefined, 'py-hello', { Runtime: 'python3.12', Handler: 'lambda_function.lambda_handler' });
    const said = invoke(hello.world, 'py-hello');
    expect(said.output.Payload).toBe('{"statusCode": 200, "body": "\\"Hello from Lambda!\\""}');
    expect(said.log).toContain('\nHello from Lambda!\n');
  });

  it('fails when Lambda can no longer assume the role, and for bad payloads; DryRun and Event invocations', () => {
    const { world, plan } = withFunction();
    const untrusted = asOk(world, STUDENT, 'iam:UpdateAssumeRolePolicy', { RoleName: plan.roleName, PolicyDocument: EC2_TRUST }).world;
    expect(fail(untrusted, 'lambda:Invoke', { FunctionName: 'my-function' })).toMatchObject({
      code: 'InvalidParameterValueException', message: 'The role defined for the function cannot be assumed by Lambda.',
    });
    expect(fail(world, 'lambda:Invoke', { FunctionName: 'my-function', Payload: 'not json' }).code).toBe('InvalidRequestContentException');
    expect(invoke(world, 'my-function', { InvocationType: 'DryRun' }).output).toEqual({ StatusCode: 204, Payload: '' });
    const event = invoke(world, 'my-function', { InvocationType: 'Event' });
    expect(event.output).toEqual({ StatusCode: 202, Payload: '' });
    expect(groupOf(event.world)).toBeDefined();
    expect(invoke(world, 'my-function', { LogType: 'None' }).output.LogResult).toBeUndefined();
  });
});
