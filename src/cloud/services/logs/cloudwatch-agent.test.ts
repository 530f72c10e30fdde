import { describe, expect, it } from 'vitest';
import { awsManagedPolicyArn } from '../../core/arn';
import type { World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, EC2_TRUST, seq } from '../iam/iam-test-kit';
import { runCloudWatchAgent } from './cloudwatch-agent';

const REGION = 'ap-northeast-2';
const SYSLOG = ['Jan 15 09:00:01 ip-172-31-5-10 systemd[1]: Started Session 1 of user ubuntu.', '', 'Jan 15 09:00:02 ip-172-31-5-10 CRON[812]: (root) CMD (true)'];

const webServer = (world: World) =>
  Object.values(world.accounts[ACCOUNT]!.regions[REGION]!.ec2.instances).find((i) => i.name === 'web-server')!.instanceId;

/** web-server with the role `agent-role` (trusting EC2) holding the policies given. */
function withInstanceRole(policies: string[]): World {
  const world = createDefaultWorld();
  return seq(world, [
    ['iam:CreateRole', { RoleName: 'agent-role', AssumeRolePolicyDocument: EC2_TRUST }],
    ...policies.map((arn): [never, unknown] => ['iam:AttachRolePolicy' as never, { RoleName: 'agent-role', PolicyArn: arn }]),
    ['iam:CreateInstanceProfile', { InstanceProfileName: 'agent-role' }],
    ['iam:AddRoleToInstanceProfile', { InstanceProfileName: 'agent-role', RoleName: 'agent-role' }],
    ['ec2:AssociateIamInstanceProfile', { InstanceId: webServer(world), IamInstanceProfile: { Name: 'agent-role' } }],
  ]);
}

const run = (world: World) => runCloudWatchAgent(world, { accountId: ACCOUNT, region: REGION, instanceId: webServer(world), lines: SYSLOG });

describe('the CloudWatch agent', () => {
  it('ships syslog lines as the instance role session, creating the group and stream the way the agent does', () => {
    const world = withInstanceRole([awsManagedPolicyArn('CloudWatchLogsFullAccess')]);
    const id = webServer(world);
    const first = run(world);
    expect(first.shipped).toBe(2);
    expect(first.agentLog.filter((l) => / [EW]! /.test(l))).toEqual([]);
    const stream = first.world.accounts[ACCOUNT]!.regions[REGION]!.logs!.logGroups.syslog!.streams[id]!;
    expect(stream.events.map((e) => e.message)).toEqual([SYSLOG[0], SYSLOG[2]]);
    const calls = first.world.events.slice(world.events.length);
    expect(calls.map((e) => [e.eventName, e.errorCode ?? 'ok'])).toEqual([
      ['PutLogEvents', 'ResourceNotFoundException'], ['CreateLogStream', 'ResourceNotFoundException'],
      ['CreateLogGroup', 'ok'], ['CreateLogStream', 'ok'], ['PutLogEvents', 'ok'],
    ]);
    expect(new Set(calls.map((e) => `${e.principalArn} ${e.source}`))).toEqual(new Set([`arn:aws:sts::${ACCOUNT}:assumed-role/agent-role/${id} cli`]));
    const again = run(first.world);
    expect(again.world.events.slice(first.world.events.length).map((e) => e.eventName)).toEqual(['PutLogEvents']);
    expect(again.world.accounts[ACCOUNT]!.regions[REGION]!.logs!.logGroups.syslog!.streams[id]!.events).toHaveLength(4);
  });

  it('writes the AccessDenied answer to its own log when the role may not write logs', () => {
    const world = withInstanceRole([awsManagedPolicyArn('AmazonS3ReadOnlyAccess')]);
    const id = webServer(world);
    const { agentLog, shipped, world: after } = run(world);
    expect(shipped).toBe(0);
    // The code is the one dispatch gives (AWS: AccessDeniedException, status 400).
    const [error, status, retry] = agentLog.slice(-3);
    expect(error).toMatch(new RegExp(`^2026-01-15T09:00:00Z E! \\[outputs.cloudwatchlogs\\] Aws error received when sending logs to syslog/${id}: AccessDenied(Exception)?: `));
    expect(error).toContain(`: User: arn:aws:sts::${ACCOUNT}:assumed-role/agent-role/${id} is not authorized to perform: logs:PutLogEvents `
      + `on resource: arn:aws:logs:${REGION}:${ACCOUNT}:log-group:syslog:log-stream:${id} because no identity-based policy allows the logs:PutLogEvents action`);
    expect(status).toMatch(/^\tstatus code: \d{3}, request id: [0-9a-f-]{36}$/);
    expect(retry).toMatch(/^2026-01-15T09:00:00Z W! \[outputs.cloudwatchlogs\] Retried 0 time, going to sleep \d+ms before retrying\.$/);
    expect(after.events.at(-1)).toMatchObject({ eventName: 'PutLogEvents', decision: 'ImplicitlyDenied' });
    expect(after.accounts[ACCOUNT]!.regions[REGION]!.logs).toBeUndefined();
  });

  it('reports a stream it may not create', () => {
    const world = seq(withInstanceRole([]), [['iam:PutRolePolicy', {
      RoleName: 'agent-role', PolicyName: 'put-only',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }] }),
    }]]);
    const { agentLog } = run(world);
    expect(agentLog.at(-3)).toContain(`E! [outputs.cloudwatchlogs] Unable to create log stream syslog/${webServer(world)}: AccessDenied`);
    expect(agentLog.at(-3)).toContain('logs:CreateLogStream');
  });

  it('finds no credentials on an instance without a role, and calls nothing', () => {
    const world = createDefaultWorld();
    const { agentLog, world: after } = run(world);
    expect(agentLog.at(-2)).toBe(`2026-01-15T09:00:00Z E! [outputs.cloudwatchlogs] Aws error received when sending logs to syslog/${webServer(world)}: `
      + 'NoCredentialProviders: no valid providers in chain. Deprecated.');
    expect(after).toBe(world);
  });
});
