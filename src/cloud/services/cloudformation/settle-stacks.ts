import { isAwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { dispatch } from '../../core/dispatch';
import type { World } from '../../core/world';
import type { StoredStack } from '../../core/world-cloudformation';
import { advanceStack, isInProgress } from '../../cloudformation/stacks/advance-stack';
import { STEP_MS } from '../../cloudformation/stacks/start-stack';
import type { Call } from '../../cloudformation/resources/resource-handler';
import { stackCaller } from './stack-caller';
import { putStack } from './stack-store';

/** More steps than any stack here needs in one go: a guard against a stack that never comes to rest. */
const MAX_STEPS = 2_000;

type Due = { place: { accountId: string; region: string }; stack: StoredStack };

/** The stack whose step is due first, if any. Runs before every request: it allocates nothing on the way. */
function nextDue(world: World): Due | undefined {
  let first: Due | undefined;
  for (const accountId in world.accounts) {
    const regions = world.accounts[accountId]!.regions;
    for (const region in regions) {
      const stacks = regions[region]!.cloudformation?.stacks;
      for (const id in stacks) {
        const stack = stacks[id]!;
        if (!isInProgress(stack) || stack.nextStepAt > world.clock.now) continue;
        if (!first || stack.nextStepAt < first.stack.nextStepAt) first = { place: { accountId, region }, stack };
      }
    }
  }
  return first;
}

/**
 * One step of one stack, at the step's own time: its resource calls go through dispatch as the stack's
 * identity (source 'cloudformation'), so the policy engine decides each and the event history shows it.
 */
function step(world: World, { place, stack }: Due): World {
  const at = stack.nextStepAt;
  const operation = stack.status === 'CREATE_IN_PROGRESS' ? 'CreateStack' : 'DeleteStack';
  let current: World = { ...world, clock: { now: at } };
  const caller = stackCaller(current, stack, at, operation);
  const call: Call = (op, input) => {
    if (isAwsError(caller)) throw caller;
    const { world: next, result } = dispatch(current, caller, op, input, { source: 'cloudformation', region: place.region });
    current = next;
    if (!result.ok) throw result.error;
    return result.output;
  };
  const advanced = advanceStack(stack, { now: toIso(at), call, accountId: place.accountId, region: place.region });
  const moved: StoredStack = {
    ...advanced, nextStepAt: at + STEP_MS,
    ...(advanced.status === 'DELETE_COMPLETE' && { deletedAt: toIso(at) }),
  };
  const stored = putStack(current, place, moved);
  return { ...stored, clock: world.clock, revision: stored.revision + 1 };
}

/**
 * Brings every stack up to the world's clock, oldest step first, so a stack moves on whenever anything
 * is asked of the cloud (a page refreshing, a CLI command), after a reload too. dispatch calls this first.
 */
export function settleStacks(world: World): World {
  let current = world;
  for (let n = 0; n < MAX_STEPS; n++) {
    const due = nextDue(current);
    if (!due) return current;
    current = step(current, due);
  }
  return current;
}
