import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { functionConfiguration, type FunctionConfiguration } from './function-output';
import { regionFunctions } from './lambda-lookup';

export type ListFunctionsOutput = { Functions: FunctionConfiguration[]; NextMarker?: string };

/** The region's functions in name order; Marker is the index to continue from. */
export const listFunctions = defineOperation({
  service: 'lambda',
  name: 'ListFunctions',
  action: 'lambda:ListFunctions',
  access: 'read',
  input: z.object({
    Marker: z.string().optional(),
    MaxItems: z.number().int().min(1, 'Member must have value greater than or equal to 1')
      .max(10000, 'Member must have value less than or equal to 10000').optional(),
    FunctionVersion: z.enum(['ALL']).optional(),
    MasterRegion: z.string().optional(),
  }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<ListFunctionsOutput> {
    const all = Object.values(regionFunctions(world, ctx))
      .sort((a, b) => (a.functionName < b.functionName ? -1 : a.functionName > b.functionName ? 1 : 0))
      .map(functionConfiguration);
    const start = Number.parseInt(input.Marker ?? '0', 10) || 0;
    const end = start + (input.MaxItems ?? 50);
    return { world, output: { Functions: all.slice(start, end), ...(end < all.length && { NextMarker: String(end) }) } };
  },
});
