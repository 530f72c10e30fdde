import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import type { CloudEvent } from '../../core/events';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { cloudTrailRecord, identityOf } from './cloudtrail-event';

export type TrailEvent = {
  EventId: string; EventName: string; ReadOnly: string; EventTime: string; EventSource: string; Username: string;
  Resources: { ResourceType: string; ResourceName: string }[]; CloudTrailEvent: string;
};
export type LookupEventsOutput = { Events: TrailEvent[]; NextToken?: string };

const AttributeKey = z.enum(['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId']);

/** IAM, STS-global and sign-in calls are recorded in us-east-1; this history shows them in every Region. */
const GLOBAL_REGION = 'us-east-1';

function attribute(event: CloudEvent, key: z.infer<typeof AttributeKey>): string {
  switch (key) {
    case 'EventId': return event.eventId;
    case 'EventName': return event.eventName;
    case 'ReadOnly': return String(event.readOnly ?? false);
    case 'Username': return identityOf(event.principalArn).userName;
    case 'ResourceType': return resourceOf(event)?.ResourceType ?? '';
    case 'ResourceName': return resourceOf(event)?.ResourceName ?? '';
    case 'EventSource': return `${event.service}.amazonaws.com`;
    case 'AccessKeyId': return '';
  }
}

function resourceOf(event: CloudEvent): TrailEvent['Resources'][number] | undefined {
  if (event.resource === '*' || !event.resource.startsWith('arn:')) return undefined;
  const [, , service = '', , , rest = ''] = event.resource.split(':');
  const type = (rest.includes('/') ? rest.split('/')[0] : service === 's3' ? 'Bucket' : rest.split(':')[0]) ?? '';
  return { ResourceType: `AWS::${service.toUpperCase()}::${type.charAt(0).toUpperCase()}${type.slice(1)}`, ResourceName: event.resource };
}

/** CloudTrail Event history (LookupEvents): the caller's account, newest first, one lookup attribute. */
export const lookupEvents = defineOperation({
  service: 'cloudtrail',
  name: 'LookupEvents',
  action: 'cloudtrail:LookupEvents',
  access: 'read',
  input: z.object({
    LookupAttributes: z.array(z.object({ AttributeKey, AttributeValue: z.string().min(1).max(2000) })).max(1).optional(),
    StartTime: z.string().optional(),
    EndTime: z.string().optional(),
    MaxResults: z.number().int().min(1).max(50).optional(),
    NextToken: z.string().optional(),
  }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<LookupEventsOutput> {
    const start = input.NextToken === undefined ? 0 : Number.parseInt(input.NextToken, 10);
    if (!Number.isInteger(start) || start < 0) return awsError('cloudtrail', 'LookupEvents', 'InvalidNextTokenException', 'Invalid NextToken.');
    const filter = input.LookupAttributes?.[0];
    const from = input.StartTime ? Date.parse(input.StartTime) : -Infinity;
    const to = input.EndTime ? Date.parse(input.EndTime) : Infinity;
    const matching = world.events
      .filter((e) => e.accountId === ctx.accountId && (e.region === ctx.region || e.region === GLOBAL_REGION))
      .filter((e) => !filter || attribute(e, filter.AttributeKey) === filter.AttributeValue)
      .filter((e) => Date.parse(e.time) >= from && Date.parse(e.time) <= to)
      .reverse();
    const size = input.MaxResults ?? 50;
    const page = matching.slice(start, start + size).map((e): TrailEvent => ({
      EventId: e.eventId, EventName: e.eventName, ReadOnly: String(e.readOnly ?? false), EventTime: e.time,
      EventSource: `${e.service}.amazonaws.com`, Username: identityOf(e.principalArn).userName,
      Resources: [resourceOf(e)].filter((r) => r !== undefined), CloudTrailEvent: JSON.stringify(cloudTrailRecord(e)),
    }));
    return { world, output: { Events: page, ...(start + size < matching.length && { NextToken: String(start + size) }) } };
  },
});
