import type { AwsError } from '../../core/aws-error';
import { formatCliError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import type { LambdaFunction, World } from '../../core/world';
import { isPython } from './function-code';

/** What the function's code did: its log messages, and its result or the error it threw. */
export type CodeRun = { world: World; logs: { level: 'INFO' | 'ERROR'; message: string }[]; result: { ok: true; value: unknown } | { ok: false; error: AwsError } };

/**
 * Runs the simulated code as the execution role's session. Every AWS call it makes goes through
 * dispatch (source 'lambda'), so the role's policies decide it and the event history shows it.
 */
export function runSimulatedCode(world: World, fn: LambdaFunction, caller: Caller, region: string): CodeRun {
  if (fn.behaviour === 'hello') {
    return { world, logs: [{ level: 'INFO', message: 'Hello from Lambda!' }], result: { ok: true, value: { statusCode: 200, body: JSON.stringify('Hello from Lambda!') } } };
  }
  const { world: next, result } = dispatch(world, caller, 's3:ListBuckets', {}, { source: 'lambda', region });
  if (!result.ok) return { world: next, logs: [], result: { ok: false, error: result.error } };
  const names = result.output.Buckets.map((b) => b.Name);
  return {
    world: next,
    logs: [{ level: 'INFO', message: `Buckets: ${names.join(', ')}` }], // console.log / print('Buckets:', ...)
    result: { ok: true, value: { statusCode: 200, body: JSON.stringify(names) } },
  };
}

/** Python's json.dumps spacing (", " and ": "), for Python functions' payloads. */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** How each runtime reports an unhandled error: the response payload and the log line. */
export function unhandledError(fn: LambdaFunction, requestId: string, error: AwsError): { payload: string; logMessage: string } {
  if (isPython(fn.runtime)) {
    const message = formatCliError(error);
    // The shape of a real Python payload [obs] (aws/aws-cdk#33249): the runtime's bundled botocore raising ClientError.
    const stackTrace = [
      '  File "/var/task/lambda_function.py", line 7, in lambda_handler\n    response = s3.list_buckets()\n',
      '  File "/var/runtime/botocore/client.py", line 565, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n',
      '  File "/var/runtime/botocore/client.py", line 1021, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n',
    ];
    return {
      payload: pythonJson({ errorMessage: message, errorType: 'ClientError', requestId, stackTrace }),
      logMessage: `[ERROR] ClientError: ${message}\nTraceback (most recent call last):\n${stackTrace.join('')}`,
    };
  }
  const stack = [
    `${error.code}: ${error.message}`,
    '    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)',
    '    at async Runtime.handler (file:///var/task/index.mjs:6:23)',
  ];
  return {
    payload: JSON.stringify({ errorType: error.code, errorMessage: error.message, trace: stack }),
    logMessage: `Invoke Error \t${JSON.stringify({ errorType: error.code, errorMessage: error.message, name: error.code, stack })}`,
  };
}
