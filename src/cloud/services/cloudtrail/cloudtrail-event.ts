import { HIDDEN, type CloudEvent } from '../../core/events';

/** Who made the call, as CloudTrail's userIdentity and the console's "User name" column show it. */
export function identityOf(principalArn: string): { type: string; userName: string } {
  const [, , service, , , resource = ''] = principalArn.split(':');
  const parts = resource.split('/');
  if (service === 'sts' && parts[0] === 'assumed-role') return { type: 'AssumedRole', userName: parts[2] ?? '' };
  if (parts[0] === 'user') return { type: 'IAMUser', userName: parts.at(-1) ?? '' };
  if (resource === 'root') return { type: 'Root', userName: 'root' };
  return { type: 'AWSService', userName: principalArn };
}

// Object-level S3 calls, Lambda Invoke, log-event calls and DynamoDB item calls are data events in CloudTrail;
// the event history here shows them too (learners need their denials) but marks them as such.
const DATA_EVENTS = new Set(['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:DeleteObjects', 's3:HeadObject', 's3:ListObjectsV2',
  'lambda:Invoke', 'logs:PutLogEvents', 'logs:GetLogEvents', 'logs:FilterLogEvents',
  'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Scan', 'dynamodb:Query']);

const CLOUDFORMATION = 'cloudformation.amazonaws.com';

const USER_AGENTS: Record<CloudEvent['source'], string> = {
  console: 'AWS Internal', cli: 'aws-cli/2.22.35 md/awscrt#0.23.8 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12.6', lab: 'IAM Console Lab',
  lambda: 'aws-sdk-js/3.621.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.18.0 exec-env/AWS_Lambda_nodejs20.x',
  cloudformation: CLOUDFORMATION,
};

/** Where a call came from: a stack's calls name CloudFormation as their source and invoker (facts §5). */
function sourceAddress(source: CloudEvent['source']): string {
  if (source === 'console') return 'AWS Internal';
  return source === 'cloudformation' ? CLOUDFORMATION : '203.0.113.10';
}

/** The CloudTrail record of an event (the JSON behind "View event"), with the simulator's decision added. */
export function cloudTrailRecord(event: CloudEvent): Record<string, unknown> {
  const who = identityOf(event.principalArn);
  const opName = `${event.service}:${event.eventName}`;
  const json = (text: string | undefined) => (text ? JSON.parse(text) as unknown : null);
  return {
    eventVersion: '1.09',
    userIdentity: {
      type: who.type, accountId: event.accountId,
      // A sign-in with a name that matched no user names nobody: no ARN, the name hidden (facts §8.1).
      ...(who.userName !== HIDDEN && { arn: event.principalArn }),
      ...(who.type === 'IAMUser' && { userName: who.userName }),
      ...(who.type === 'AssumedRole' && { sessionContext: { sessionIssuer: { type: 'Role', arn: roleArnOf(event.principalArn), accountId: event.accountId } } }),
      ...(event.source === 'cloudformation' && { invokedBy: CLOUDFORMATION }),
    },
    eventTime: event.time,
    eventSource: `${event.service}.amazonaws.com`,
    eventName: event.eventName,
    awsRegion: event.region,
    sourceIPAddress: sourceAddress(event.source),
    userAgent: USER_AGENTS[event.source],
    ...(event.errorCode !== undefined && { errorCode: event.errorCode, errorMessage: event.errorMessage }),
    requestParameters: json(event.requestParameters),
    responseElements: json(event.responseElements),
    ...(event.additionalEventData !== undefined && { additionalEventData: json(event.additionalEventData) }),
    eventID: event.eventId,
    readOnly: event.readOnly ?? false,
    eventType: event.eventType ?? 'AwsApiCall',
    managementEvent: !DATA_EVENTS.has(opName),
    recipientAccountId: event.accountId,
    eventCategory: DATA_EVENTS.has(opName) ? 'Data' : 'Management',
    // Not in real CloudTrail: how the policy engine decided, for learners.
    iamConsoleLab: {
      source: event.source, action: event.action, resource: event.resource,
      ...(event.decision && { decision: event.decision }),
      ...(event.decidingStatement && { decidingStatement: event.decidingStatement }),
    },
  };
}

function roleArnOf(sessionArn: string): string {
  const [prefix = '', resource = ''] = sessionArn.split(':assumed-role/');
  return `${prefix.replace(':sts:', ':iam:')}:role/${resource.split('/')[0] ?? ''}`;
}
