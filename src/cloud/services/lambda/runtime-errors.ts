import { formatCliError, type AwsError } from '../../core/aws-error';
import type { LambdaFunction } from '../../core/world';
import { callSite, isPython } from './function-code';

/**
 * An error the handler did not catch, as its runtime names it. Python: the exception's class (ClientError,
 * KeyError, TypeError) and str(exception); Node.js: the error's name (AccessDeniedException, TypeError) and
 * its message. `frames` are Python's traceback entries, outermost first ('  File "...", line N, in f\n    code\n'),
 * or the "    at ..." lines of a Node.js stack, innermost first.
 */
export type CodeError = { errorType: string; errorMessage: string; frames: string[] };

const pythonFrame = (file: string, line: number, fn: string, code: string) => `  File "${file}", line ${line}, in ${fn}\n    ${code}\n`;

/**
 * The handler's own frame at the line of the shown source that holds `needle`: Python's traceback entry, or
 * Node.js's "at Runtime.handler" ("at async Runtime.handler" once the handler has awaited; the column is the
 * call's, unconfirmed).
 */
export function handlerFrame(fn: LambdaFunction, needle: string, awaited = true): string {
  const site = callSite(fn.runtime, fn.behaviour, needle);
  return isPython(fn.runtime)
    ? pythonFrame('/var/task/lambda_function.py', site.line, 'lambda_handler', site.text)
    : `    at ${awaited ? 'async ' : ''}Runtime.handler (file:///var/task/index.mjs:${site.line}:${site.column})`;
}

// The runtime's bundled botocore raising ClientError: the shape of a real Python payload [obs] (aws/aws-cdk#33249).
const BOTOCORE = [
  pythonFrame('/var/runtime/botocore/client.py', 565, '_api_call', 'return self._make_api_call(operation_name, kwargs)'),
  pythonFrame('/var/runtime/botocore/client.py', 1021, '_make_api_call', 'raise error_class(parsed_response, operation_name)'),
];
// A call through boto3's resource API (table.put_item) passes through its action (line numbers unconfirmed).
const BOTO3_RESOURCE = [
  pythonFrame('/var/runtime/boto3/resources/factory.py', 581, 'do_action', 'response = action(self, *args, **kwargs)'),
  pythonFrame('/var/runtime/boto3/resources/action.py', 88, '__call__', 'response = getattr(parent.meta.client, operation_name)(*args, **params)'),
];
// Where the AWS SDK for JavaScript v3 throws a service's error (frames abridged, unconfirmed).
const SMITHY = '    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)';

/**
 * A service's error as the SDK raises it in the handler at `needle`: boto3's ClientError with botocore's
 * "An error occurred (CODE) when calling the OP operation: MESSAGE", or the SDK v3 error named after its code.
 */
export function sdkError(fn: LambdaFunction, error: AwsError, needle: string, via: 'client' | 'resource' = 'client'): CodeError {
  if (isPython(fn.runtime)) {
    return {
      errorType: 'ClientError', errorMessage: formatCliError(error),
      frames: [handlerFrame(fn, needle), ...(via === 'resource' ? BOTO3_RESOURCE : []), ...BOTOCORE],
    };
  }
  return { errorType: error.code, errorMessage: error.message, frames: [SMITHY, handlerFrame(fn, needle)] };
}

/**
 * boto3 raising before any request, inside its resource action (a float it cannot serialise, a parameter of
 * the wrong type): the handler's frame, the action's, and `inner` below them (abridged, unconfirmed).
 */
export function boto3Raise(fn: LambdaFunction, needle: string, errorType: string, errorMessage: string, inner: string[]): CodeError {
  return { errorType, errorMessage, frames: [handlerFrame(fn, needle), ...BOTO3_RESOURCE, ...inner] };
}

export const BOTO3_TYPES_FRAME = pythonFrame('/var/runtime/boto3/dynamodb/types.py', 120, '_is_number', 'raise TypeError(');
export const BOTOCORE_VALIDATE_FRAME = pythonFrame('/var/runtime/botocore/validate.py', 381, 'serialize_to_request', 'raise ParamValidationError(report=report.generate_report())');

/** Python's json.dumps spacing (", " and ": ") and its default ensure_ascii (\uXXXX), for Python functions' output. */
export function pythonJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pythonJson(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  const text = JSON.stringify(value) ?? 'null';
  return typeof value === 'string' ? text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
}

/** How each runtime reports an unhandled error: the response payload and the log line. */
export function unhandledError(fn: LambdaFunction, requestId: string, error: CodeError): { payload: string; logMessage: string } {
  const { errorType, errorMessage, frames } = error;
  if (isPython(fn.runtime)) {
    return {
      payload: pythonJson({ errorMessage, errorType, requestId, stackTrace: frames }),
      logMessage: `[ERROR] ${errorType}: ${errorMessage}\nTraceback (most recent call last):\n${frames.join('')}`,
    };
  }
  const stack = [`${errorType}: ${errorMessage}`, ...frames];
  return {
    payload: JSON.stringify({ errorType, errorMessage, trace: stack }),
    logMessage: `Invoke Error \t${JSON.stringify({ errorType, errorMessage, name: errorType, stack })}`,
  };
}
