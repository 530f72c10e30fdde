import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import type { LambdaFunction, World } from '../../core/world';
import { putAndGetItem } from './dynamodb-code';
import { isPython } from './function-code';
import { sdkError, type CodeError } from './runtime-errors';

export { pythonJson, unhandledError } from './runtime-errors';

/** What the function's code did: its log messages, and its result or the error it threw. */
export type CodeRun = { world: World; logs: { level: 'INFO' | 'ERROR'; message: string }[]; result: { ok: true; value: unknown } | { ok: false; error: CodeError } };

/** What the code runs with: the function, its role session, the region, and the invocation's event (parsed JSON). */
export type CodeContext = { fn: LambdaFunction; caller: Caller; region: string; event: unknown };

/**
 * Runs the simulated code as the execution role's session. Every AWS call it makes goes through
 * dispatch (source 'lambda'), so the role's policies decide it and the event history shows it.
 */
export function runSimulatedCode(world: World, code: CodeContext): CodeRun {
  switch (code.fn.behaviour) {
    case 'hello':
      return { world, logs: [{ level: 'INFO', message: 'Hello from Lambda!' }], result: { ok: true, value: { statusCode: 200, body: JSON.stringify('Hello from Lambda!') } } };
    case 'list-buckets':
      return listBuckets(world, code);
    case 'dynamodb-put-get':
      return putAndGetItem(world, code);
  }
}

function listBuckets(world: World, { fn, caller, region }: CodeContext): CodeRun {
  const { world: next, result } = dispatch(world, caller, 's3:ListBuckets', {}, { source: 'lambda', region });
  if (!result.ok) return { world: next, logs: [], result: { ok: false, error: sdkError(fn, result.error, isPython(fn.runtime) ? 's3.list_buckets()' : 's3.send(') } };
  const names = result.output.Buckets.map((b) => b.Name);
  return {
    world: next,
    logs: [{ level: 'INFO', message: `Buckets: ${names.join(', ')}` }], // console.log / print('Buckets:', ...)
    result: { ok: true, value: { statusCode: 200, body: JSON.stringify(names) } },
  };
}
