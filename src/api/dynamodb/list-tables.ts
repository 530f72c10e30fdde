import { useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync as call, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** Every table name of the region: ListTables a page (at most 100 names) at a time, as the Tables list needs them all. */
export async function listAllTables(): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await call('dynamodb:ListTables', start === undefined ? {} : { ExclusiveStartTableName: start });
    names.push(...page.TableNames);
    start = page.LastEvaluatedTableName;
  } while (start !== undefined);
  return names;
}

export function useListTables() {
  const session = useConsoleSession();
  return useQuery({ queryKey: ['dynamodb:ListTables', identityKey(session), 'all'] as const, queryFn: listAllTables });
}
