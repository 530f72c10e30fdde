import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** The Template tab: the original template as the stack was created with it. */
export function useGetTemplate(stackName: string) {
  return useQuery(cloudQuery(useConsoleSession(), 'cloudformation:GetTemplate', { StackName: stackName }));
}
