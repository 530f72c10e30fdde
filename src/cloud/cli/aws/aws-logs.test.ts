import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { attachProfile, inCloudShell, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

const T0 = 1768467600000; // 2026-01-15T09:00:00Z, the scenarios' clock

/** CloudShell as the student with AdministratorAccess, with the group `my-app` and its stream `web-1`. */
function withStream() {
  const c = inCloudShell(createAdministratorWorld());
  expect(c.type('aws logs create-log-group --log-group-name my-app')).toBe('');
  expect(c.code).toBe(0);
  expect(c.type('aws logs create-log-stream --log-group-name my-app --log-stream-name web-1')).toBe('');
  return c;
}

describe('aws logs', () => {
  it('put-log-events in the shorthand and JSON forms prints the next sequence token', () => {
    const c = withStream();
    expect(c.type(`aws logs put-log-events --log-group-name my-app --log-stream-name web-1 --log-events timestamp=${T0},message="GET / 200" 'timestamp=${T0 + 1000},message="a, b"'`))
      .toMatchInlineSnapshot(`
        "{
            "nextSequenceToken": "00049650000000000000000000000000000000000000000000000002"
        }
        "
      `);
    c.type(`echo '[{"timestamp": ${T0 + 2000}, "message": "from a file"}]' > events.json`);
    expect(c.type('aws logs put-log-events --log-group-name my-app --log-stream-name web-1 --log-events file://events.json --query nextSequenceToken --output text'))
      .toBe('00049650000000000000000000000000000000000000000000000003\n');
    expect(c.type('aws logs get-log-events --log-group-name my-app --log-stream-name web-1 --query "events[].message" --output text'))
      .toBe('GET / 200\ta, b\tfrom a file\n');
    expect(c.type('aws logs put-log-events --log-group-name my-app --log-stream-name web-1 --log-events timestamp=now,message=x')).toBe(
      "\ninvalid literal for int() with base 10: 'now'\n");
    expect(c.code).toBe(255);
  });

  it('describe-log-groups, describe-log-streams, get-log-events and filter-log-events print the API shapes', () => {
    const c = withStream();
    c.type(`aws logs put-log-events --log-group-name my-app --log-stream-name web-1 --log-events timestamp=${T0},message=started timestamp=${T0 + 5},message="GET /health 200"`);
    expect(c.type('aws logs describe-log-groups')).toMatchInlineSnapshot(`
      "{
          "logGroups": [
              {
                  "logGroupName": "my-app",
                  "creationTime": 1768467600000,
                  "metricFilterCount": 0,
                  "arn": "arn:aws:logs:ap-northeast-2:123456789012:log-group:my-app:*",
                  "storedBytes": 22,
                  "logGroupClass": "STANDARD",
                  "logGroupArn": "arn:aws:logs:ap-northeast-2:123456789012:log-group:my-app"
              }
          ]
      }
      "
    `);
    expect(c.type('aws logs describe-log-streams --log-group-name my-app')).toMatchInlineSnapshot(`
      "{
          "logStreams": [
              {
                  "logStreamName": "web-1",
                  "creationTime": 1768467600000,
                  "firstEventTimestamp": 1768467600000,
                  "lastEventTimestamp": 1768467600005,
                  "lastIngestionTime": 1768467600000,
                  "uploadSequenceToken": "00049650000000000000000000000000000000000000000000000002",
                  "arn": "arn:aws:logs:ap-northeast-2:123456789012:log-group:my-app:log-stream:web-1",
                  "storedBytes": 0
              }
          ]
      }
      "
    `);
    expect(c.type('aws logs get-log-events --log-group-name my-app --log-stream-name web-1')).toMatchInlineSnapshot(`
      "{
          "events": [
              {
                  "timestamp": 1768467600000,
                  "message": "started",
                  "ingestionTime": 1768467600000
              },
              {
                  "timestamp": 1768467600005,
                  "message": "GET /health 200",
                  "ingestionTime": 1768467600000
              }
          ],
          "nextForwardToken": "f/00000000000000000000000000000000000000000000000000000002",
          "nextBackwardToken": "b/00000000000000000000000000000000000000000000000000000000"
      }
      "
    `);
    expect(c.type('aws logs filter-log-events --log-group-name my-app --filter-pattern GET')).toMatchInlineSnapshot(`
      "{
          "events": [
              {
                  "logStreamName": "web-1",
                  "timestamp": 1768467600005,
                  "message": "GET /health 200",
                  "ingestionTime": 1768467600000,
                  "eventId": "00000001768467600005000000000000000000000000000000000001"
              }
          ],
          "searchedLogStreams": [
              {
                  "logStreamName": "web-1",
                  "searchedCompletely": true
              }
          ]
      }
      "
    `);
    expect(c.type('aws logs describe-log-groups --log-group-name-prefix nope')).toBe('{\n    "logGroups": []\n}\n');
  });

  it('tail prints TIMESTAMP STREAM MESSAGE lines from the last ten minutes, or --since', () => {
    const c = withStream();
    c.type(`aws logs put-log-events --log-group-name my-app --log-stream-name web-1 --log-events timestamp=${T0 - 3_600_000},message=old timestamp=${T0 + 250},message="new line   "`);
    expect(c.type('aws logs tail my-app')).toBe('2026-01-15T09:00:00.250000+00:00 web-1 new line\n');
    expect(c.type('aws logs tail my-app --since 2h --format short')).toBe('2026-01-15T08:00:00 old\n2026-01-15T09:00:00 new line\n');
    expect(c.type('aws logs tail my-app --since 2026-01-15T08:30:00')).toBe('2026-01-15T09:00:00.250000+00:00 web-1 new line\n');
    expect(c.type('aws logs tail')).toContain('aws: error: the following arguments are required: group_name\n');
    expect(c.code).toBe(252);
    expect(c.type('aws logs tail nope')).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the FilterLogEvents operation: The specified log group does not exist.\n');
    expect(c.code).toBe(254);
  });

  it('delete-log-group, and the service errors in the classic form', () => {
    const c = withStream();
    expect(c.type('aws logs create-log-group --log-group-name my-app')).toBe(
      '\nAn error occurred (ResourceAlreadyExistsException) when calling the CreateLogGroup operation: The specified log group already exists\n');
    expect(c.type('aws logs delete-log-group --log-group-name my-app')).toBe('');
    expect(c.type('aws logs delete-log-group --log-group-name my-app')).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the DeleteLogGroup operation: The specified log group does not exist.\n');
    expect(c.code).toBe(254);
    expect(c.type('aws logs create-log-stream --log-group-name my-app')).toContain(
      'aws: error: the following arguments are required: --log-stream-name\n');
    expect(c.type('aws logs describe-log-groups --bogus')).toContain('\nUnknown options: --bogus\n');
    expect(c.code).toBe(252);
  });

  it('implicit deny on an instance whose role has no logs permissions: AccessDeniedException naming the instance session', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld(), [], 'no-logs'), 'no-logs');
    const t = onInstance(world);
    expect(t.type('aws logs create-log-group --log-group-name app')).toBe(`
An error occurred (AccessDeniedException) when calling the CreateLogGroup operation: User: arn:aws:sts::123456789012:assumed-role/no-logs/${instanceId(world)} is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:ap-northeast-2:123456789012:log-group:app:log-stream: because no identity-based policy allows the logs:CreateLogGroup action
`);
    expect(t.code).toBe(254);
    expect(t.world.events.at(-1)).toMatchObject({ eventName: 'CreateLogGroup', source: 'cli', errorCode: 'AccessDeniedException' });
  });
});
