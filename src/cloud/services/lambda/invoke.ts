import { z } from 'zod';
import { isAwsError, type AwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { stableHex } from '../../core/ids';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import { memberEnum } from '../../core/validation';
import type { LambdaFunction, World } from '../../core/world';
import { changeRole } from '../iam/role-access';
import { isPython } from './function-code';
import { logGroupOf } from './function-output';
import { bytesToBase64, uuidFrom } from './lambda-ids';
import { changeFunctions, FunctionName, functionResource, lambdaError, requireFunction } from './lambda-lookup';
import { cannotAssume, functionRoleCaller, SESSION_LIFETIME } from './lambda-role';
import { appLine, endLine, initStartLine, reportLine, startLine, timings, type LogLine } from './runtime-log';
import { shipFunctionLogs } from './ship-function-logs';
import { pythonJson, runSimulatedCode, unhandledError } from './simulated-code';

export type InvokeOutput = {
  StatusCode: 200 | 202 | 204;
  FunctionError?: 'Unhandled';
  /** Base64 of the last 4 KB of the invocation's log, when LogType is Tail. */
  LogResult?: string;
  ExecutedVersion?: '$LATEST';
  /** The function's response (JSON text); empty for Event and DryRun invocations. */
  Payload: string;
};

/** An environment idle this long (or this old) is gone; the next invocation is a cold start (unconfirmed figures). */
const IDLE_MS = 15 * 60_000;
const MAX_AGE_MS = 2 * 3_600_000;

const isWarm = (fn: LambdaFunction, now: number) =>
  fn.environment !== undefined && now - fn.environment.lastInvokedAt < IDLE_MS && now - fn.environment.startedAt < Math.min(MAX_AGE_MS, SESSION_LIFETIME);

/** "2026/01/15/[$LATEST]" and 32 hex digits: the stream of one execution environment. */
function streamName(fn: LambdaFunction, now: number, requestId: string): string {
  const day = new Date(now).toISOString().slice(0, 10).replaceAll('-', '/');
  return `${day}/[$LATEST]${stableHex(`env:${fn.functionArn}:${requestId}`, 32)}`;
}

/** Base64 of the last 4 KB of the log's UTF-8 bytes, as the API returns it (decode the bytes as UTF-8). */
function tail(lines: LogLine[]): string {
  const bytes = new TextEncoder().encode(`${lines.map((l) => l.message).join('\n')}\n`);
  return bytesToBase64(bytes.slice(Math.max(0, bytes.length - 4096)));
}

/** The event must be JSON (the 'dynamodb-put-get' code reads it). */
function payloadError(payload: string | undefined): AwsError | undefined {
  if (payload === undefined || payload.trim() === '') return undefined;
  try {
    JSON.parse(payload);
    return undefined;
  } catch {
    const token = payload.trim().split(/[\s,{}[\]:]/)[0] ?? '';
    return lambdaError('Invoke', 'InvalidRequestContentException', // (unconfirmed wording after the first sentence)
      `Could not parse request body into json: Could not parse payload into json: Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`);
  }
}

/** Runs one invocation: the code as the role session, its log lines, their delivery, the response. */
function run(world: World, fn: LambdaFunction, ctx: OperationContext, event: unknown, tailLog: boolean): { world: World; output: InvokeOutput } | AwsError {
  const cold = !isWarm(fn, ctx.now);
  const startedAt = cold ? ctx.now : fn.environment!.startedAt;
  const caller = functionRoleCaller(world, fn, startedAt);
  if (!caller) return cannotAssume('Invoke'); // (unconfirmed that Invoke words it as CreateFunction does)
  const requestId = uuidFrom(`request:${fn.functionArn}:${ctx.now}:${world.revision}:${world.events.at(-1)?.eventId ?? ''}`);
  const stream = cold ? streamName(fn, ctx.now, requestId) : fn.environment!.logStreamName;
  const t = timings(requestId, fn.memorySize, fn.behaviour !== 'hello');
  const begin = ctx.now + (cold ? Math.round(t.initMs) : 0);
  const code = runSimulatedCode(world, { fn, caller, region: ctx.region, event });
  const finish = begin + Math.ceil(t.durationMs);
  const lines: LogLine[] = [
    ...(cold ? [initStartLine(fn.runtime, ctx.region, requestId, ctx.now)] : []),
    startLine(requestId, begin),
    ...code.logs.map((l, i) => appLine(fn.runtime, requestId, begin + 1 + i, l.level, l.message)),
  ];
  let payload: string;
  if (code.result.ok) {
    payload = isPython(fn.runtime) ? pythonJson(code.result.value) : JSON.stringify(code.result.value);
  } else {
    const failure = unhandledError(fn, requestId, code.result.error);
    payload = failure.payload;
    lines.push(appLine(fn.runtime, requestId, finish - 1, 'ERROR', failure.logMessage));
  }
  lines.push(endLine(requestId, finish), reportLine(requestId, finish, fn.memorySize, t, cold));
  const shipped = shipFunctionLogs(code.world, caller, ctx.region, { group: logGroupOf(fn.functionName), stream }, lines, cold);
  // A new environment is Lambda assuming the role: the role's "Last activity" moves, as for AssumeRole.
  const used = cold ? changeRole(shipped.world, caller.accountId, caller.roleName, (r) => { r.lastUsed = { date: toIso(ctx.now), region: ctx.region }; })
    : shipped.world;
  const next = changeFunctions(used, ctx, (functions) => {
    const current = functions[fn.functionName];
    if (current) current.environment = { logStreamName: stream, startedAt, lastInvokedAt: ctx.now };
  });
  return {
    world: next,
    output: {
      StatusCode: 200, ...(!code.result.ok && { FunctionError: 'Unhandled' as const }),
      ...(tailLog && { LogResult: tail(lines) }), ExecutedVersion: '$LATEST', Payload: payload,
    },
  };
}

/**
 * Invokes a function (lambda:InvokeFunction). Lambda assumes the execution role (its trust policy must
 * allow lambda.amazonaws.com) and the simulated code runs as arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION.
 * An error the code throws (AccessDenied from S3, say) is FunctionError "Unhandled" with status 200.
 */
export const invoke = defineOperation({
  service: 'lambda',
  name: 'Invoke',
  action: 'lambda:InvokeFunction',
  access: 'write',
  input: z.object({
    FunctionName,
    InvocationType: memberEnum(['Event', 'RequestResponse', 'DryRun']).optional(),
    LogType: memberEnum(['None', 'Tail']).optional(),
    Payload: z.string().optional(),
    Qualifier: z.string().optional(),
  }),
  resource: functionResource,
  handler(world, input, ctx): HandlerResult<InvokeOutput> {
    const fn = requireFunction(world, ctx, 'Invoke', input.FunctionName);
    if (isAwsError(fn)) return fn;
    const badPayload = payloadError(input.Payload);
    if (badPayload) return badPayload;
    const type = input.InvocationType ?? 'RequestResponse';
    if (type === 'DryRun') return { world, output: { StatusCode: 204, Payload: '' } };
    // An empty payload reaches the handler as an empty object (unconfirmed).
    const event: unknown = input.Payload?.trim() ? JSON.parse(input.Payload) : {};
    const result = run(world, fn, ctx, event, type === 'RequestResponse' && input.LogType === 'Tail');
    if (isAwsError(result)) return result;
    return type === 'Event' ? { world: result.world, output: { StatusCode: 202, Payload: '' } } : result;
  },
});
