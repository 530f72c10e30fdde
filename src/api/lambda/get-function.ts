import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

// Pure helpers over GetFunction's output (no world read): the code view's file and the runtimes offered.
export { functionSource, RUNTIMES } from '../../cloud/services/lambda/function-code';

export function useGetFunction(functionName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'lambda:GetFunction', { FunctionName: functionName }));
}
