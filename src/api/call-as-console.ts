import { queryOptions } from '@tanstack/react-query';
import { dispatch } from '../cloud/core/dispatch';
import { preloadForDispatch } from '../cloud/core/preload';
import type { OperationInput, OperationName, OperationOutput } from '../cloud/core/registry';
import type { Caller } from '../cloud/core/caller';
import { useConsoleStore, type ConsoleState } from '../store/console-store';
import { endExpiredSession } from './console-session';
import { followWallClock } from './wall-clock';


/**
 * Runs one operation through dispatch as the console identity; an AWS error is thrown as its value.
 * Synchronous, so the AWS managed policies it reads must already be loaded: prefer callAsConsoleAsync.
 */
export function callAsConsole<O extends OperationName>(operation: O, input: OperationInput<O>): OperationOutput<O> {
  syncWallClock();
  endExpiredSession();
  return callAs(useConsoleStore.getState().session.identity, operation, input);
}

/** One operation as a given caller (Switch role calls AssumeRole as the signed-in user, not the active role). */
export function callAs<O extends OperationName>(caller: Caller, operation: O, input: OperationInput<O>): OperationOutput<O> {
  const { session, setWorld } = useConsoleStore.getState();
  const world = followWallClock(useConsoleStore.getState().world);
  const { world: next, result } = dispatch(world, caller, operation, input, {
    source: 'console',
    region: session.region,
  });
  setWorld(next);
  // A denial carries the engine's explanation along with AWS's error, for the "why" the console lacks.
  if (!result.ok) throw result.explanation ? { ...result.error, explanation: result.explanation } : result.error;
  return result.output;
}

/** Brings simulated time up to real time before anything reads it (session expiry, instance states). */
export function syncWallClock() {
  const { world, setWorld } = useConsoleStore.getState();
  const next = followWallClock(world);
  if (next !== world) setWorld(next);
}

/** callAsConsole after loading what dispatch will read (policy documents, the policy index, password hashing). */
export async function callAsConsoleAsync<O extends OperationName>(operation: O, input: OperationInput<O>): Promise<OperationOutput<O>> {
  await preloadForDispatch(useConsoleStore.getState().world, operation, input);
  return callAsConsole(operation, input);
}

/** Query keys carry who asks and where, so a switch of identity or region never shows cached data. */
export function identityKey(session: ConsoleState['session']): string {
  const id = session.identity;
  const who = id.type === 'user' ? `user/${id.userName}` : id.type === 'root' ? 'root'
    : `assumed-role/${id.roleName}/${id.sessionName}@${id.issuedAt}`;
  return `${id.accountId}:${who}@${session.region}`;
}

export function cloudQuery<O extends OperationName>(
  session: ConsoleState['session'],
  operation: O,
  input: OperationInput<O>,
) {
  return queryOptions({
    queryKey: [operation, identityKey(session), input] as const,
    queryFn: () => callAsConsoleAsync(operation, input),
  });
}
