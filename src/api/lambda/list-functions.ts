import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export function useListFunctions() {
  return useQuery(cloudQuery(useConsoleSession(), 'lambda:ListFunctions', {}));
}
