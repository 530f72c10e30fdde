import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { ec2Error, instanceArn, otherInstanceChecks, requireInstances } from './ec2-lookup';
import { InstanceIds } from './state-change';

/** A reboot keeps the instance running (its state never changes); only running instances can reboot. */
export const rebootInstances = defineOperation({
  service: 'ec2',
  name: 'RebootInstances',
  action: 'ec2:RebootInstances',
  access: 'write',
  input: z.object({ InstanceIds }),
  resource: (ctx, input) => instanceArn(ctx, input.InstanceIds[0] as string),
  additionalChecks: (ctx, input) => otherInstanceChecks('ec2:RebootInstances', ctx, input.InstanceIds),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const instances = requireInstances(world, ctx, 'RebootInstances', input.InstanceIds);
    if (isAwsError(instances)) return instances;
    const stuck = instances.find((i) => i.state !== 'running');
    if (stuck) { // (unconfirmed wording)
      return ec2Error('RebootInstances', 'IncorrectState', `The instance '${stuck.instanceId}' is not in a state from which it can be rebooted.`);
    }
    return { world, output: {} };
  },
});
