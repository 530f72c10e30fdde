import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { Instance, InstanceState } from '../../core/world';
import { ec2Error, instanceArn, otherInstanceChecks, putInstances, requireInstances } from './ec2-lookup';
import { stateOutput, type StateOutput } from './instance-output';
import { entering } from './instance-state';

export type StateChange = { InstanceId: string; CurrentState: StateOutput; PreviousState: StateOutput };

export const InstanceIds = z.array(z.string({ error: 'Member must be a string' }), { error: 'Member must not be null' })
  .min(1, 'Member must have length greater than or equal to 1');

type Rule = {
  /** The transitional state entered from these states. */
  enter: InstanceState;
  from: readonly InstanceState[];
  /** States left as they are (the call succeeds and reports no change). */
  unchanged: readonly InstanceState[];
  /** "started", "stopped": for IncorrectInstanceState (unconfirmed wording). */
  verb: string;
};

/** StartInstances, StopInstances, TerminateInstances: one state machine rule each. */
export function stateChangeOperation<K extends string>(name: string, outputKey: K, rule: Rule) {
  return defineOperation({
    service: 'ec2',
    name,
    action: `ec2:${name}`,
    access: 'write',
    input: z.object({ InstanceIds }),
    resource: (ctx, input) => instanceArn(ctx, input.InstanceIds[0] as string),
    additionalChecks: (ctx, input) => otherInstanceChecks(`ec2:${name}`, ctx, input.InstanceIds),
    handler(world, input, ctx): HandlerResult<Record<K, StateChange[]>> {
      const instances = requireInstances(world, ctx, name, input.InstanceIds);
      if (isAwsError(instances)) return instances;
      const stuck = instances.find((i) => !rule.from.includes(i.state) && !rule.unchanged.includes(i.state));
      if (stuck) {
        return ec2Error(name, 'IncorrectInstanceState', `The instance '${stuck.instanceId}' is not in a state from which it can be ${rule.verb}.`);
      }
      const changed: Instance[] = instances.map((i) => (rule.from.includes(i.state) ? entering(i, rule.enter, ctx.now) : i));
      const output = changed.map((now, k) => ({
        InstanceId: now.instanceId, CurrentState: stateOutput(now.state), PreviousState: stateOutput((instances[k] as Instance).state),
      }));
      return { world: putInstances(world, ctx, changed), output: { [outputKey]: output } as Record<K, StateChange[]> };
    },
  });
}
