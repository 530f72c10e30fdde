import { describe, expect, it } from 'vitest';
import type { Caller } from '../../core/caller';
import { WorldSchema, type World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { scenarios } from '../../scenarios/scenarios';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT } from '../iam/iam-test-kit';
import { as, asOk, withRole } from '../sts/sts-test-kit';

const REGION = 'ap-northeast-2';
const NOW = Date.parse('2026-01-15T09:00:00Z');
const admin = (): World => createAdministratorWorld();

function fail(world: World, op: Parameters<typeof as>[2], input: object, caller: Caller = STUDENT) {
  const { result } = as(world, caller, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  return result.error;
}

function withGroup(world: World, group: string, streams: string[] = []): World {
  let w = asOk(world, STUDENT, 'logs:CreateLogGroup', { logGroupName: group }).world;
  for (const s of streams) w = asOk(w, STUDENT, 'logs:CreateLogStream', { logGroupName: group, logStreamName: s }).world;
  return w;
}

const put = (world: World, group: string, stream: string, messages: string[], at = NOW) =>
  asOk(world, STUDENT, 'logs:PutLogEvents', {
    logGroupName: group, logStreamName: stream, logEvents: messages.map((message, i) => ({ timestamp: at + i, message })),
  });

describe('CloudWatch Logs groups', () => {
  it('creates, lists by prefix or pattern in name order, and deletes log groups with real ARNs', () => {
    const world = ['/aws/lambda/b', '/aws/lambda/a', 'syslog'].reduce((w, g) => withGroup(w, g), admin());
    const all = asOk(world, STUDENT, 'logs:DescribeLogGroups').output.logGroups;
    expect(all.map((g) => g.logGroupName)).toEqual(['/aws/lambda/a', '/aws/lambda/b', 'syslog']);
    expect(all[0]).toEqual({
      logGroupName: '/aws/lambda/a', creationTime: NOW, metricFilterCount: 0, storedBytes: 0, logGroupClass: 'STANDARD',
      arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/a:*`, logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/a`,
    });
    expect(asOk(world, STUDENT, 'logs:DescribeLogGroups', { logGroupNamePrefix: '/aws/lambda/' }).output.logGroups).toHaveLength(2);
    expect(asOk(world, STUDENT, 'logs:DescribeLogGroups', { logGroupNamePattern: 'SYS' }).output.logGroups.map((g) => g.logGroupName)).toEqual(['syslog']);
    const paged = asOk(world, STUDENT, 'logs:DescribeLogGroups', { limit: 2 }).output;
    expect(asOk(world, STUDENT, 'logs:DescribeLogGroups', { limit: 2, nextToken: paged.nextToken }).output.logGroups.map((g) => g.logGroupName)).toEqual(['syslog']);
    const deleted = asOk(world, STUDENT, 'logs:DeleteLogGroup', { logGroupName: 'syslog' }).world;
    expect(asOk(deleted, STUDENT, 'logs:DescribeLogGroups').output.logGroups).toHaveLength(2);
    expect(fail(deleted, 'logs:DeleteLogGroup', { logGroupName: 'syslog' })).toMatchObject({
      code: 'ResourceNotFoundException', message: 'The specified log group does not exist.',
    });
  });

  it('answers a duplicate or badly named group as CloudWatch Logs does', () => {
    const world = withGroup(admin(), 'app');
    expect(fail(world, 'logs:CreateLogGroup', { logGroupName: 'app' })).toMatchObject({
      code: 'ResourceAlreadyExistsException', message: 'The specified log group already exists', httpStatus: 400,
    });
    expect(fail(world, 'logs:CreateLogGroup', { logGroupName: 'my app' })).toEqual({
      code: 'InvalidParameterException', httpStatus: 400, service: 'logs', operation: 'CreateLogGroup',
      message: "1 validation error detected: Value 'my app' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+",
    });
    expect(fail(world, 'logs:CreateLogStream', { logGroupName: 'app', logStreamName: 'a:b' }).message)
      .toContain("at 'logStreamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [^:*]*");
  });

  it('keeps a retention setting', () => {
    const world = asOk(withGroup(admin(), 'app'), STUDENT, 'logs:PutRetentionPolicy', { logGroupName: 'app', retentionInDays: 7 }).world;
    expect(asOk(world, STUDENT, 'logs:DescribeLogGroups').output.logGroups[0]?.retentionInDays).toBe(7);
    expect(fail(world, 'logs:PutRetentionPolicy', { logGroupName: 'app', retentionInDays: 4 }).code).toBe('InvalidParameterException');
    const cleared = asOk(world, STUDENT, 'logs:DeleteRetentionPolicy', { logGroupName: 'app' }).world;
    expect(asOk(cleared, STUDENT, 'logs:DescribeLogGroups').output.logGroups[0]).not.toHaveProperty('retentionInDays');
  });
});

describe('CloudWatch Logs streams and events', () => {
  it('creates streams and orders them by name or by last event time', () => {
    let world = withGroup(admin(), 'app', ['b-stream', 'a-stream']);
    world = put(world, 'app', 'b-stream', ['first'], NOW - 60_000).world;
    world = put(world, 'app', 'a-stream', ['older'], NOW - 120_000).world;
    const byName = asOk(world, STUDENT, 'logs:DescribeLogStreams', { logGroupName: 'app' }).output.logStreams;
    expect(byName.map((s) => s.logStreamName)).toEqual(['a-stream', 'b-stream']);
    expect(byName[0]).toMatchObject({
      arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:app:log-stream:a-stream`, firstEventTimestamp: NOW - 120_000,
      lastEventTimestamp: NOW - 120_000, lastIngestionTime: NOW, storedBytes: 0,
    });
    const latest = asOk(world, STUDENT, 'logs:DescribeLogStreams', { logGroupName: 'app', orderBy: 'LastEventTime', descending: true }).output;
    expect(latest.logStreams.map((s) => s.logStreamName)).toEqual(['b-stream', 'a-stream']);
    expect(fail(world, 'logs:DescribeLogStreams', { logGroupName: 'app', orderBy: 'LastEventTime', logStreamNamePrefix: 'a' }).message)
      .toBe('Cannot order by LastEventTime with a logStreamNamePrefix.');
    expect(fail(world, 'logs:CreateLogStream', { logGroupName: 'app', logStreamName: 'a-stream' }).message).toBe('The specified log stream already exists');
    expect(fail(world, 'logs:CreateLogStream', { logGroupName: 'nope', logStreamName: 's' }).message).toBe('The specified log group does not exist.');
    expect(fail(world, 'logs:DescribeLogStreams', { logGroupName: 'nope' }).code).toBe('ResourceNotFoundException');
  });

  it('puts events and reads them back newest first by default, oldest first from the head, with tokens', () => {
    let world = withGroup(admin(), 'app', ['s']);
    world = put(world, 'app', 's', ['one', 'two', 'three', 'four']).world;
    const read = (extra: object) => asOk(world, STUDENT, 'logs:GetLogEvents', { logGroupName: 'app', logStreamName: 's', ...extra }).output;
    expect(read({ limit: 2 }).events.map((e) => e.message)).toEqual(['three', 'four']);
    const head = read({ limit: 2, startFromHead: true });
    expect(head.events).toEqual([{ timestamp: NOW, message: 'one', ingestionTime: NOW }, { timestamp: NOW + 1, message: 'two', ingestionTime: NOW }]);
    expect(head.nextForwardToken).toMatch(/^f\/\d{56}$/);
    expect(read({ limit: 2, nextToken: head.nextForwardToken }).events.map((e) => e.message)).toEqual(['three', 'four']);
    expect(read({ startTime: NOW + 1, endTime: NOW + 3 }).events.map((e) => e.message)).toEqual(['two', 'three']);
    expect(fail(world, 'logs:GetLogEvents', { logGroupName: 'app', logStreamName: 'nope' }).message).toBe('The specified log stream does not exist.');
    expect(fail(world, 'logs:PutLogEvents', { logGroupName: 'app', logStreamName: 'nope', logEvents: [{ timestamp: NOW, message: 'x' }] }).message)
      .toBe('The specified log stream does not exist.');
  });

  it('rejects out-of-order batches and reports too old or too new events by index', () => {
    const world = withGroup(admin(), 'app', ['s']);
    const events = (times: number[]) => ({ logGroupName: 'app', logStreamName: 's', logEvents: times.map((timestamp) => ({ timestamp, message: 'm' })) });
    expect(fail(world, 'logs:PutLogEvents', events([NOW, NOW - 1]))).toMatchObject({
      code: 'InvalidParameterException', message: 'Log events in a single PutLogEvents request must be in chronological order.',
    });
    const day = 86_400_000;
    const { world: after, output } = asOk(world, STUDENT, 'logs:PutLogEvents', events([NOW - 15 * day, NOW, NOW + 3 * 3_600_000]));
    expect(output.rejectedLogEventsInfo).toEqual({ tooOldLogEventEndIndex: 0, tooNewLogEventStartIndex: 2 });
    expect(output.nextSequenceToken).toMatch(/^\d{56}$/);
    expect(after.accounts[ACCOUNT]?.regions[REGION]?.logs?.logGroups.app?.streams.s?.events).toHaveLength(1);
  });

  it('filters a group\'s events by plain-text pattern across streams, interleaved by time', () => {
    let world = withGroup(admin(), 'app', ['web', 'worker']);
    world = put(world, 'app', 'web', ['GET /index.html 200', 'GET /admin 403'], NOW).world;
    world = put(world, 'app', 'worker', ['job failed: ERROR timeout', 'job ok'], NOW - 10).world;
    const filter = (filterPattern?: string, extra: object = {}) => asOk(world, STUDENT, 'logs:FilterLogEvents', { logGroupName: 'app', filterPattern, ...extra })
      .output.events.map((e) => `${e.logStreamName}: ${e.message}`);
    expect(filter()).toEqual(['worker: job failed: ERROR timeout', 'worker: job ok', 'web: GET /index.html 200', 'web: GET /admin 403']);
    expect(filter('ERROR')).toEqual(['worker: job failed: ERROR timeout']);
    expect(filter('error')).toEqual([]); // case-sensitive, as in AWS
    expect(filter('GET -403')).toEqual(['web: GET /index.html 200']);
    expect(filter('?403 ?timeout')).toEqual(['worker: job failed: ERROR timeout', 'web: GET /admin 403']);
    expect(filter('"job ok"')).toEqual(['worker: job ok']);
    expect(filter(undefined, { logStreamNames: ['web'] })).toHaveLength(2);
    const one = asOk(world, STUDENT, 'logs:FilterLogEvents', { logGroupName: 'app', filterPattern: 'job' }).output;
    expect(one.searchedLogStreams).toEqual([{ logStreamName: 'web', searchedCompletely: true }, { logStreamName: 'worker', searchedCompletely: true }]);
    expect(one.events[0]?.eventId).toMatch(/^\d{56}$/);
  });
});

describe('CloudWatch Logs authorization', () => {
  const lambdaTrust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

  it('authorizes group actions against "log-group:NAME:log-stream:" and stream actions against the stream ARN', () => {
    let world = withRole(admin(), 'writer', lambdaTrust);
    world = asOk(world, STUDENT, 'iam:PutRolePolicy', {
      RoleName: 'writer', PolicyName: 'logs',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app:*` },
        { Effect: 'Allow', Action: 'logs:DescribeLogStreams', Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app` },
      ] }),
    }).world;
    const role: Caller = { type: 'assumed-role', accountId: ACCOUNT, roleName: 'writer', sessionName: 'fn', issuedAt: NOW, expiresAt: NOW + 3_600_000 };
    world = asOk(world, role, 'logs:CreateLogGroup', { logGroupName: '/app' }).world;
    world = asOk(world, role, 'logs:CreateLogStream', { logGroupName: '/app', logStreamName: 's' }).world;
    world = asOk(world, role, 'logs:PutLogEvents', { logGroupName: '/app', logStreamName: 's', logEvents: [{ timestamp: NOW, message: 'hi' }] }).world;
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/writer/fn`;
    expect(fail(world, 'logs:CreateLogGroup', { logGroupName: '/other' }, role).message).toBe(
      `User: ${session} is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/other:log-stream: `
      + 'because no identity-based policy allows the logs:CreateLogGroup action',
    );
    // A bare group ARN does not match what group actions are checked against, as in AWS.
    expect(fail(world, 'logs:DescribeLogStreams', { logGroupName: '/app' }, role).message).toContain('logs:DescribeLogStreams on resource: '
      + `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app:log-stream: because`);
    expect(fail(world, 'logs:DescribeLogGroups', {}, role).message).toContain(`on resource: arn:aws:logs:${REGION}:${ACCOUNT}:log-group::log-stream: because`);
    expect(fail(world, 'logs:GetLogEvents', { logGroupName: '/app', logStreamName: 's' }, role).message)
      .toContain(`logs:GetLogEvents on resource: arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app:log-stream:s because`);
  });

  it('denies the default student, who has no logs permissions', () => {
    const error = fail(createDefaultWorld(), 'logs:DescribeLogGroups', {});
    expect([error.code, error.httpStatus]).toEqual(['AccessDeniedException', 400]);
    expect(error.message).toBe(`User: arn:aws:iam::${ACCOUNT}:user/student is not authorized to perform: logs:DescribeLogGroups on resource: `
      + `arn:aws:logs:${REGION}:${ACCOUNT}:log-group::log-stream: because no identity-based policy allows the logs:DescribeLogGroups action`);
  });
});

describe('stored worlds', () => {
  it('accept regions without logs or lambda state, or with empty ones, in every scenario', () => {
    for (const create of Object.values(scenarios)) {
      const world = create();
      expect(WorldSchema.safeParse(JSON.parse(JSON.stringify(world))).success).toBe(true);
      const withEmpty = structuredClone(world);
      for (const account of Object.values(withEmpty.accounts)) {
        for (const region of Object.values(account.regions)) Object.assign(region, { logs: { logGroups: {} }, lambda: { functions: {} } });
      }
      expect(WorldSchema.parse(JSON.parse(JSON.stringify(withEmpty)))).toEqual(withEmpty);
    }
  });

  it('round-trip log groups, streams and events', () => {
    const world = put(withGroup(admin(), 'app', ['s']), 'app', 's', ['hello']).world;
    expect(WorldSchema.parse(JSON.parse(JSON.stringify(world)))).toEqual(world);
  });
});
