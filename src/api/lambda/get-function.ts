import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

// Pure helpers over GetFunction's output (no world read): the code view's file, the runtimes offered and the test events.
export { defaultEventTemplate, EVENT_TEMPLATES, functionSource, RUNTIMES, type EventTemplate } from '../../cloud/services/lambda/function-code';

export function useGetFunction(functionName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'lambda:GetFunction', { FunctionName: functionName }));
}
