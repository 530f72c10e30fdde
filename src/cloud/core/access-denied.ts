import type { ConditionContext } from '../policy/conditions';
import { accessDeniedMessage } from '../policy/deny-message';
import type { Decision, PolicyType } from '../policy/evaluate';
import { awsError, type AwsError } from './aws-error';
import type { OperationDefinition } from './operation';

const EC2_PREFIX = 'You are not authorized to perform this operation.';
const JSON_PROTOCOL_STATUS: Partial<Record<OperationDefinition['service'], number>> = { logs: 400, cloudtrail: 400, lambda: 403, dynamodb: 400 };

/** What an EC2 denial encodes (the shape sts:DecodeAuthorizationMessage prints, much reduced). */
export type AuthorizationMessage = {
  allowed: false;
  explicitDeny: boolean;
  context: { principal: { arn: string }; action: string; resource: string; conditions: { key: string; value: string }[] };
};

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Deterministic stand-in for EC2's opaque "Encoded authorization failure message": base64 of the JSON. */
export function encodeAuthorizationMessage(message: AuthorizationMessage): string {
  return toBase64(JSON.stringify(message));
}

export function decodeAuthorizationMessage(encoded: string): AuthorizationMessage | undefined {
  try {
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as AuthorizationMessage;
  } catch {
    return undefined;
  }
}

export type DeniedRequest = {
  principal: string;
  action: string;
  resource: string;
  decision: Exclude<Decision, 'Allowed'>;
  deniedBy?: PolicyType;
  context?: ConditionContext;
};

function encodedFor(request: DeniedRequest): string {
  const conditions = Object.entries(request.context ?? {}).sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(',') : value }));
  return encodeAuthorizationMessage({
    allowed: false, explicitDeny: request.decision === 'ExplicitlyDenied',
    context: { principal: { arn: request.principal }, action: request.action, resource: request.resource, conditions },
  });
}

/**
 * The AWS-shaped denial for a request, worded the way each service words it (facts §6.3, §7.5).
 * S3 quotes the resource ARN. EC2 prefixes its own sentence: a read names the action without the
 * resource; a mutating call gives only the encoded message; a further action it needed
 * (iam:PassRole) is named with its resource before the encoded message (unconfirmed).
 */
export function denialError(def: Pick<OperationDefinition, 'service' | 'name' | 'action' | 'access'>, request: DeniedRequest): AwsError {
  const { principal, action, resource, decision } = request;
  const type = request.deniedBy ?? 'identity-based';
  const ec2 = def.service === 'ec2';
  const ownAction = action === def.action;
  const shown = resource === '*' || (ec2 && ownAction) ? undefined : def.service === 's3' ? `"${resource}"` : resource;
  const text = accessDeniedMessage(principal, action, { decision, deniedBy: type }, { resource: shown });
  // JSON-protocol services name the error AccessDeniedException (Logs, CloudTrail and DynamoDB answer 400, Lambda 403;
  // CloudTrail's code is [obs] in CLI transcripts, its status unconfirmed).
  const jsonStatus = JSON_PROTOCOL_STATUS[def.service];
  if (jsonStatus !== undefined) return awsError(def.service, def.name, 'AccessDeniedException', text, jsonStatus);
  if (!ec2) return awsError(def.service, def.name, 'AccessDenied', text, 403);
  const message = def.access === 'read' ? `${EC2_PREFIX} ${text}`
    : ownAction ? `${EC2_PREFIX} Encoded authorization failure message: ${encodedFor(request)}`
      : `${EC2_PREFIX} ${text}. Encoded authorization failure message: ${encodedFor(request)}`;
  return awsError('ec2', def.name, 'UnauthorizedOperation', message, 403);
}
