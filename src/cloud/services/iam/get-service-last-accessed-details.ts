import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import type { CloudEvent } from '../../core/events';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberString } from '../../core/validation';
import { decodeJobId, findLastAccessedEntity, type LastAccessedEntity } from './generate-service-last-accessed-details';
import { iamOperation } from './iam-operation';

/** AWS tracks access for the last 400 days (facts §1.3). */
export const TRACKING_PERIOD_MS = 400 * 24 * 60 * 60 * 1000;

export type ServiceLastAccessed = {
  ServiceName: string;
  ServiceNamespace: string;
  LastAuthenticated?: string;
  LastAuthenticatedEntity?: string;
  LastAuthenticatedRegion?: string;
  TotalAuthenticatedEntities: number;
};

export type GetServiceLastAccessedDetailsOutput = {
  JobStatus: 'COMPLETED';
  JobType: 'SERVICE_LEVEL';
  JobCreationDate: string;
  JobCompletionDate: string;
  ServicesLastAccessed: ServiceLastAccessed[];
  IsTruncated: false;
};

const OPERATION = 'GetServiceLastAccessedDetails';

// Display names of the simulated services; any other namespace is shown as itself.
const SERVICE_NAMES: Record<string, string> = {
  iam: 'AWS Identity and Access Management',
  sts: 'AWS Security Token Service',
  ec2: 'Amazon EC2',
  s3: 'Amazon S3',
  logs: 'Amazon CloudWatch Logs',
  lambda: 'AWS Lambda',
  dynamodb: 'Amazon DynamoDB',
};

/** Whether an event was made by the entity: the user itself, or any session of the role. */
function madeBy(entity: LastAccessedEntity, accountId: string, event: CloudEvent): boolean {
  if (entity.kind === 'user') return event.principalArn === entity.arn;
  return event.principalArn.startsWith(`arn:aws:sts::${accountId}:assumed-role/${entity.name}/`);
}

/**
 * The services the entity used (Allowed requests) in the 400 days up to the job's time, newest first.
 * AWS also lists the services the entity's policies grant but that were never used ("Not accessed in
 * the tracking period"); this report lists only the services seen in the event history.
 */
export function servicesLastAccessed(
  events: readonly CloudEvent[], entity: LastAccessedEntity, accountId: string, jobTime: number,
): ServiceLastAccessed[] {
  const latest = new Map<string, CloudEvent>();
  for (const event of events) {
    const time = Date.parse(event.time);
    if (event.decision !== 'Allowed' || time > jobTime || time < jobTime - TRACKING_PERIOD_MS) continue;
    if (!madeBy(entity, accountId, event)) continue;
    const namespace = event.action.split(':')[0] || event.service;
    const seen = latest.get(namespace);
    if (!seen || Date.parse(seen.time) <= time) latest.set(namespace, event);
  }
  return [...latest.entries()]
    .sort(([a, x], [b, y]) => Date.parse(y.time) - Date.parse(x.time) || a.localeCompare(b))
    .map(([namespace, event]) => ({
      ServiceName: SERVICE_NAMES[namespace] ?? namespace,
      ServiceNamespace: namespace,
      LastAuthenticated: toIso(Date.parse(event.time)),
      LastAuthenticatedEntity: entity.arn,
      LastAuthenticatedRegion: event.region,
      TotalAuthenticatedEntities: 1,
    }));
}

export const getServiceLastAccessedDetails = defineOperation({
  ...iamOperation(OPERATION, 'read'),
  input: z.object({ JobId: memberString(1, 4096), MaxItems: z.number().int().optional(), Marker: z.string().optional() }),
  // The job's entity ARN (the IAM catalogue gives this action no resource type; '*' matches it either way).
  resource: (_ctx, input) => decodeJobId(input.JobId)?.arn ?? '*',
  handler(world, input, ctx): HandlerResult<GetServiceLastAccessedDetailsOutput> {
    const job = decodeJobId(input.JobId);
    const entity = job && findLastAccessedEntity(world, ctx.accountId, job.arn);
    if (!job || !entity) return awsError('iam', OPERATION, 'NoSuchEntity', `Job with id ${input.JobId} cannot be found.`, 404);
    const date = toIso(job.time);
    return {
      world,
      output: {
        JobStatus: 'COMPLETED', JobType: 'SERVICE_LEVEL', JobCreationDate: date, JobCompletionDate: date,
        ServicesLastAccessed: servicesLastAccessed(world.events, entity, ctx.accountId, job.time),
        IsTruncated: false,
      },
    };
  },
});
