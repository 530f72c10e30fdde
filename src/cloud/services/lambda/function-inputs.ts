import { z } from 'zod';
import { memberEnum, memberString } from '../../core/validation';
import { LambdaBehaviourSchema } from '../../core/world';
import { RUNTIMES } from './function-code';
import { ROLE_ARN } from './lambda-role';

// Constraints from the Lambda service model (botocore lambda/2015-03-31).
export const Runtime = memberEnum(RUNTIMES);
export const RoleArn = memberString(1, 2048, ROLE_ARN);
export const Handler = memberString(0, 128, { regex: /^[^\s]+$/, text: '[^\\s]+' });
export const Description = memberString(0, 256);
export const Timeout = z.number({ error: 'Member must be a number' }).int()
  .min(1, 'Member must have value greater than or equal to 1').max(900, 'Member must have value less than or equal to 900');
export const MemorySize = z.number({ error: 'Member must be a number' }).int()
  .min(128, 'Member must have value greater than or equal to 128').max(10240, 'Member must have value less than or equal to 10240');
/** Not in AWS: chooses the simulated code (see function-code.ts). */
export const Behaviour = LambdaBehaviourSchema;
