import { describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import { createDefaultWorld } from '../../scenarios/default';
import { attachProfile, inCloudShell, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

const LOGS_FULL = 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess';
const AGENT_LOG = '/opt/aws/amazon-cloudwatch-agent/logs/amazon-cloudwatch-agent.log';

describe('sudo systemctl start amazon-cloudwatch-agent', () => {
  it('with CloudWatchLogsFullAccess on the instance role: ships /var/log/syslog, and new logger lines while running', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld(), [LOGS_FULL], 'cw-agent'), 'cw-agent');
    const id = instanceId(world);
    const t = onInstance(world);
    expect(t.type('tail -n 2 /var/log/syslog')).toBe(`Jan 15 08:55:00 ip-172-31-5-23 CRON[1021]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)
Jan 15 08:59:00 ip-172-31-5-23 systemd[1]: Started session-1.scope - Session 1 of User ubuntu.
`);
    expect(t.type('sudo systemctl start amazon-cloudwatch-agent')).toBe('');
    expect(t.code).toBe(0);
    expect(t.type(`grep -c ' [EW]! ' ${AGENT_LOG}`)).toBe('0\n');
    t.world = advanceClock(t.world, 60_000);
    expect(t.type('logger "hello from the lab"; tail -n 1 /var/log/syslog')).toBe('Jan 15 09:01:00 ip-172-31-5-23 ubuntu: hello from the lab\n');
    expect(t.type(`aws logs tail syslog --since 30s --region ap-northeast-2`)).toBe(
      `2026-01-15T09:01:00.000000+00:00 ${id} Jan 15 09:01:00 ip-172-31-5-23 ubuntu: hello from the lab\n`);

    // The administrator sees the group from CloudShell.
    const c = inCloudShell(t.world);
    c.type('aws iam attach-user-policy --user-name student --policy-arn arn:aws:iam::aws:policy/AdministratorAccess');
    expect(c.type('aws logs describe-log-groups --query "logGroups[].logGroupName" --output text')).toBe('syslog\n');
    expect(c.type(`aws logs describe-log-streams --log-group-name syslog --query "logStreams[].logStreamName" --output text`)).toBe(`${id}\n`);
    expect(c.type(`aws logs get-log-events --log-group-name syslog --log-stream-name ${id} --query "length(events)"`)).toBe('11\n');
  });

  it('denied: the agent writes the AccessDenied answer to its own log and ships nothing', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld(), [], 'no-logs'), 'no-logs');
    const id = instanceId(world);
    const t = onInstance(world);
    t.type('sudo systemctl start amazon-cloudwatch-agent');
    const log = t.type(`cat ${AGENT_LOG}`).split('\n');
    expect(log[0]).toMatch(/^2026-01-15T09:00:00Z I! Starting AmazonCloudWatchAgent /);
    expect(log).toContain(`2026-01-15T09:00:00Z E! [outputs.cloudwatchlogs] Aws error received when sending logs to syslog/${id}: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/no-logs/${id} is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:ap-northeast-2:123456789012:log-group:syslog:log-stream:${id} because no identity-based policy allows the logs:PutLogEvents action`);
    const calls = t.world.events.length;
    t.type('ls; pwd');
    expect(t.world.events).toHaveLength(calls); // a denied agent does not call again for every line
    t.type('logger retry');
    expect(t.world.events.slice(calls).map((e) => `${e.eventName} ${e.errorCode}`)).toEqual(['PutLogEvents AccessDeniedException']);
    expect(t.type(`grep -c ' E! ' ${AGENT_LOG}`)).toBe('2\n');
  });

  it('systemctl status, stop, and the forms without root, without the unit, and in CloudShell', () => {
    const t = onInstance();
    expect(t.type('systemctl status amazon-cloudwatch-agent')).toBe(`○ amazon-cloudwatch-agent.service - Amazon CloudWatch Agent
     Loaded: loaded (/etc/systemd/system/amazon-cloudwatch-agent.service; enabled; preset: enabled)
     Active: inactive (dead)
`);
    expect(t.code).toBe(3);
    expect(t.type('systemctl start amazon-cloudwatch-agent')).toBe(`Failed to start amazon-cloudwatch-agent.service: Access denied
See system logs and 'systemctl status amazon-cloudwatch-agent.service' for details.
`);
    expect(t.code).toBe(1);
    t.type('sudo systemctl start amazon-cloudwatch-agent.service');
    t.world = advanceClock(t.world, 125_000);
    expect(t.type('systemctl status amazon-cloudwatch-agent')).toMatchInlineSnapshot(`
      "● amazon-cloudwatch-agent.service - Amazon CloudWatch Agent
           Loaded: loaded (/etc/systemd/system/amazon-cloudwatch-agent.service; enabled; preset: enabled)
           Active: active (running) since Thu 2026-01-15 09:00:00 UTC; 2min 5s ago
         Main PID: 2766 (amazon-cloudwat)
            Tasks: 7 (limit: 1130)
           Memory: 21.4M (peak: 22.0M)
              CPU: 148ms
           CGroup: /system.slice/amazon-cloudwatch-agent.service
                   └─2766 /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent -config /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.toml -envconfig /opt/aws/amazon-cloudwatch-agent/etc/env-config.json -otelconfig /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.yaml -pidfile /opt/aws/amazon-cloudwatch-agent/var/amazon-cloudwatch-agent.pid

      Jan 15 09:00:00 ip-172-31-5-23 systemd[1]: Started amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.
      "
    `);
    expect(t.type('systemctl is-active amazon-cloudwatch-agent')).toBe('active\n');
    // No instance profile: the SDK finds no credentials.
    expect(t.type(`grep -c NoCredentialProviders ${AGENT_LOG}`)).toBe('1\n');
    t.type('sudo systemctl stop amazon-cloudwatch-agent');
    expect(t.type('systemctl status amazon-cloudwatch-agent')).toContain('     Active: inactive (dead) since Thu 2026-01-15 09:02:05 UTC; now\n');
    expect(t.type('tail -n 1 /var/log/syslog')).toBe('Jan 15 09:02:05 ip-172-31-5-23 systemd[1]: Stopped amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.\n');
    expect(t.type('sudo systemctl start nginx')).toBe('Failed to start nginx.service: Unit nginx.service not found.\n');
    expect(t.code).toBe(5);
    const c = inCloudShell();
    expect(c.type('systemctl status amazon-cloudwatch-agent')).toBe(
      "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down\n");
  });
});

describe('sudo, logger, tail, head, grep, base64, date', () => {
  it('sudo runs as root with a reset environment and /root as home', () => {
    const t = onInstance();
    expect(t.type('export AWS_ACCESS_KEY_ID=AKIAEXAMPLE; sudo whoami; sudo printenv HOME USER SUDO_USER; sudo printenv AWS_ACCESS_KEY_ID; echo $?'))
      .toBe('root\n/root\nroot\nubuntu\n1\n');
    expect(t.type('sudo -E printenv AWS_ACCESS_KEY_ID')).toBe('AKIAEXAMPLE\n');
    expect(t.type('whoami')).toBe('ubuntu\n');
    expect(t.type('sudo cd /')).toBe('sudo: cd: command not found\n');
    expect(t.type('sudo nope')).toBe('sudo: nope: command not found\n');
    expect(t.type('sudo')).toMatch(/^usage: sudo -h \| -K \| -k \| -V\n/);
    expect(t.code).toBe(1);
  });

  it('the text tools', () => {
    const t = onInstance();
    t.type('echo one > f; echo two >> f; echo three >> f');
    expect(t.type('head -n 2 f; tail -1 f; tail -n +2 f')).toBe('one\ntwo\nthree\ntwo\nthree\n');
    expect(t.type('tail nope')).toBe("tail: cannot open 'nope' for reading: No such file or directory\n");
    expect(t.type('grep -n t f; grep -v t f; grep zzz f; echo $?')).toBe('2:two\n3:three\none\n1\n');
    expect(t.type('echo -n hello | base64; echo aGVsbG8= | base64 -d')).toBe('aGVsbG8=\nhello');
    expect(t.type('date; date +%s%3N; date "+%F %T"')).toBe('Thu Jan 15 09:00:00 UTC 2026\n1768467600000\n2026-01-15 09:00:00\n');
    expect(t.type('logger -t myapp started; tail -n 1 /var/log/syslog')).toBe('Jan 15 09:00:00 ip-172-31-5-23 myapp: started\n');
    expect(inCloudShell().type('logger hi')).toBe('logger: socket /dev/log: No such file or directory\n');
  });
});
