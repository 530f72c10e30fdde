import type { AwsError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import type { EventSource } from '../../core/events';
import type { World } from '../../core/world';

export type LogsCallOptions = { caller: Caller; region: string; source: EventSource };
export type LogsCallResult = { world: World; error?: AwsError };

/** A Logs write made by software (the Lambda runtime, the CloudWatch agent): through dispatch, as its caller. */
export function callLogs(
  world: World, options: LogsCallOptions,
  ...[op, input]:
    | ['logs:CreateLogGroup', { logGroupName: string }]
    | ['logs:CreateLogStream', { logGroupName: string; logStreamName: string }]
    | ['logs:PutLogEvents', { logGroupName: string; logStreamName: string; logEvents: { timestamp: number; message: string }[] }]
): LogsCallResult {
  const { world: next, result } = dispatch(world, options.caller, op, input, { source: options.source, region: options.region });
  return result.ok ? { world: next } : { world: next, error: result.error };
}

export const isCode = (error: AwsError | undefined, code: string) => error?.code === code;
