import type { Caller } from '../core/caller';
import { dispatch } from '../core/dispatch';
import type { OperationInput, OperationName, OperationOutput } from '../core/registry';
import type { World } from '../core/world';

/** Where a lab looks: the learner's account and Region, the console identity, and when the lab started. */
export type LabContext = { accountId: string; region: string; consoleIdentity: Caller; since: string; afterEventId?: string };

/**
 * A lab reads the learner's account through dispatch like every other client, as its own service
 * principal, and records no events (its checks run on every change and would crowd the history out).
 * undefined when the call fails, e.g. the role does not exist yet.
 */
export function observe<O extends OperationName>(world: World, ctx: LabContext, operation: O, input: OperationInput<O>): OperationOutput<O> | undefined {
  const observer: Caller = { type: 'service', service: 'labs.iam-console-lab', accountId: ctx.accountId };
  const { result } = dispatch(world, observer, operation, input, { source: 'lab', region: ctx.region, record: false });
  return result.ok ? result.output : undefined;
}
