import { useMutation } from '@tanstack/react-query';
import { decodeLogResult } from '../../cloud/services/lambda/lambda-ids';
import { callAsConsoleAsync as call } from '../call-as-console';

export type TestResult = {
  /** The function threw (FunctionError "Unhandled"): the console's "Execution result: failed". */
  failed: boolean;
  payload: string;
  log: string;
  requestId: string;
};

/** The request id the runtime wrote on its START line (Invoke returns it as a header, not in the body). */
export function requestIdOf(log: string): string {
  return /(?:START|REPORT) RequestId: ([0-9a-f-]+)/.exec(log)?.[1] ?? '';
}

/** The Test button: a synchronous Invoke with the log tail, as the console makes it. */
export async function testFunction(functionName: string, event: string): Promise<TestResult> {
  const out = await call('lambda:Invoke', { FunctionName: functionName, InvocationType: 'RequestResponse', LogType: 'Tail', Payload: event });
  const log = out.LogResult ? decodeLogResult(out.LogResult) : '';
  return { failed: out.FunctionError !== undefined, payload: out.Payload, log, requestId: requestIdOf(log) };
}

export function useTestFunction() {
  return useMutation({ mutationFn: ({ functionName, event }: { functionName: string; event: string }) => testFunction(functionName, event) });
}
