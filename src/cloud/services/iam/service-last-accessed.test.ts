import { describe, expect, it } from 'vitest';
import { appendEvent, type NewCloudEvent } from '../../core/events';
import type { World } from '../../core/world';
import { createTemporaryPermissionsWorld } from '../../scenarios/temporary-permissions';
import { decodeJobId, encodeJobId } from './generate-service-last-accessed-details';
import { ACCOUNT, err, ok } from './iam-test-kit';

const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/s3-admin-role`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/s3-admin-role/student`;
const DAY = 24 * 60 * 60 * 1000;

function event(world: World, principalArn: string, action: string, time: string, decision: NewCloudEvent['decision'] = 'Allowed'): World {
  const [service = '', eventName = ''] = action.split(':');
  return appendEvent(world, {
    time, source: 'console', principalArn, accountId: ACCOUNT, region: 'ap-northeast-2', service, eventName, action, resource: '*', decision,
  });
}

function report(world: World, arn = ROLE_ARN) {
  const { world: after, output } = ok(world, 'iam:GenerateServiceLastAccessedDetails', { Arn: arn });
  return ok(after, 'iam:GetServiceLastAccessedDetails', { JobId: output.JobId }).output;
}

describe('Generate/GetServiceLastAccessedDetails', () => {
  it("reports the services a role's sessions used, with their last time", () => {
    let world = createTemporaryPermissionsWorld();
    world = event(world, SESSION, 's3:ListAllMyBuckets', '2026-01-15T08:00:00Z');
    world = event(world, SESSION, 's3:ListBucket', '2026-01-15T08:30:00Z');
    world = event(world, `arn:aws:sts::${ACCOUNT}:assumed-role/s3-admin-role/other`, 'sts:GetCallerIdentity', '2026-01-15T08:10:00Z');
    const output = report(world);
    expect(output).toMatchObject({ JobStatus: 'COMPLETED', JobType: 'SERVICE_LEVEL', IsTruncated: false, JobCreationDate: '2026-01-15T09:00:00Z' });
    expect(output.ServicesLastAccessed).toEqual([
      { ServiceName: 'Amazon S3', ServiceNamespace: 's3', LastAuthenticated: '2026-01-15T08:30:00Z', LastAuthenticatedEntity: ROLE_ARN,
        LastAuthenticatedRegion: 'ap-northeast-2', TotalAuthenticatedEntities: 1 },
      { ServiceName: 'AWS Security Token Service', ServiceNamespace: 'sts', LastAuthenticated: '2026-01-15T08:10:00Z',
        LastAuthenticatedEntity: ROLE_ARN, LastAuthenticatedRegion: 'ap-northeast-2', TotalAuthenticatedEntities: 1 },
    ]);
  });

  it("ignores other principals, denied requests and events older than 400 days", () => {
    let world = createTemporaryPermissionsWorld();
    world = event(world, `arn:aws:iam::${ACCOUNT}:user/student`, 's3:ListAllMyBuckets', '2026-01-15T08:00:00Z');
    world = event(world, `arn:aws:sts::${ACCOUNT}:assumed-role/ec2-admin-role/student`, 'ec2:DescribeInstances', '2026-01-15T08:00:00Z');
    world = event(world, `arn:aws:sts::${ACCOUNT}:assumed-role/s3-admin-role-2/x`, 's3:ListBucket', '2026-01-15T08:00:00Z');
    world = event(world, SESSION, 'ec2:DescribeInstances', '2026-01-15T08:00:00Z', 'ImplicitlyDenied');
    world = event(world, SESSION, 'logs:DescribeLogGroups', new Date(world.clock.now - 401 * DAY).toISOString());
    expect(report(world).ServicesLastAccessed).toEqual([]);
  });

  it('gives an empty list when there are no events, and reports users by their own ARN', () => {
    const world = createTemporaryPermissionsWorld();
    expect(report(world).ServicesLastAccessed).toEqual([]);
    const student = `arn:aws:iam::${ACCOUNT}:user/student`;
    const withUse = event(world, student, 'ec2:DescribeInstances', '2026-01-15T08:00:00Z');
    // The student's own GenerateServiceLastAccessedDetails call (at the job's time) counts as IAM use.
    expect(report(withUse, student).ServicesLastAccessed.map((s) => s.ServiceNamespace)).toEqual(['iam', 'ec2']);
  });

  it('keeps the world unchanged but for the event, and refuses unknown entities and jobs', () => {
    const world = createTemporaryPermissionsWorld();
    const { world: after, output } = ok(world, 'iam:GenerateServiceLastAccessedDetails', { Arn: ROLE_ARN });
    expect(after.accounts).toBe(world.accounts);
    expect(after.revision).toBe(world.revision);
    expect(decodeJobId(output.JobId)).toEqual({ arn: ROLE_ARN, time: world.clock.now });
    expect(output.JobId).toBe(encodeJobId(ROLE_ARN, world.clock.now));
    expect(err(world, 'iam:GenerateServiceLastAccessedDetails', { Arn: `arn:aws:iam::${ACCOUNT}:role/nope` }).code).toBe('NoSuchEntity');
    expect(err(world, 'iam:GetServiceLastAccessedDetails', { JobId: 'not-a-job' }).code).toBe('NoSuchEntity');
  });
});
