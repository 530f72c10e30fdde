import { z } from 'zod';
import type { Template } from '../cloudformation/template/template';
import { isRecord } from './is-record';

const STACK_STATUSES = ['CREATE_IN_PROGRESS', 'CREATE_FAILED', 'CREATE_COMPLETE', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS', 'DELETE_FAILED', 'DELETE_COMPLETE'] as const;
const RESOURCE_STATUSES = ['NOT_STARTED', 'CREATE_IN_PROGRESS', 'CREATE_COMPLETE', 'CREATE_FAILED', 'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE', 'DELETE_FAILED', 'DELETE_SKIPPED'] as const;

const StackEventSchema = z.object({
  timestamp: z.string(),
  logicalId: z.string(),
  physicalId: z.string().optional(),
  resourceType: z.string(),
  status: z.enum([...STACK_STATUSES, ...RESOURCE_STATUSES]),
  reason: z.string().optional(),
});

const StackResourceSchema = z.object({
  logicalId: z.string(),
  type: z.string(),
  status: z.enum(RESOURCE_STATUSES),
  physicalId: z.string().optional(),
  ref: z.string().optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  props: z.record(z.string(), z.unknown()).optional(),
  reason: z.string().optional(),
});

/** Who a stack without a service role acts as: the identity that created (or last deleted) it. */
const StackCallerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), accountId: z.string(), userName: z.string() }),
  z.object({ type: z.literal('root'), accountId: z.string() }),
  z.object({
    type: z.literal('assumed-role'), accountId: z.string(), roleName: z.string(), sessionName: z.string(),
    issuedAt: z.number(), expiresAt: z.number(), sourceIdentity: z.string().optional(), sessionPolicy: z.string().optional(),
  }),
]);

/** A stack as the world keeps it: stacks/stack-model.ts's Stack plus what the service needs to go on stepping it. */
export const StackSchema = z.object({
  stackId: z.string(),
  stackName: z.string(),
  status: z.enum(STACK_STATUSES),
  reason: z.string().optional(),
  createdAt: z.string(),
  deletedAt: z.string().optional(),
  description: z.string().optional(),
  templateBody: z.string(),
  // The parsed template, checked when the stack was created; its values are any JSON.
  template: z.custom<Template>((value) => isRecord(value) && isRecord(value.Resources)),
  parameters: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  conditions: z.record(z.string(), z.boolean()),
  order: z.array(z.string()),
  resources: z.record(z.string(), StackResourceSchema),
  events: z.array(StackEventSchema),
  onFailure: z.enum(['ROLLBACK', 'DO_NOTHING']),
  roleArn: z.string().optional(),
  caller: StackCallerSchema.optional(),
  capabilities: z.array(z.string()),
  tags: z.array(z.object({ Key: z.string(), Value: z.string() })),
  outputs: z.array(z.object({ OutputKey: z.string(), OutputValue: z.string(), Description: z.string().optional(), ExportName: z.string().optional() })),
  /** When the stack takes its next step (epoch ms on the world's clock), while it is in progress. */
  nextStepAt: z.number(),
});
export type StoredStack = z.infer<typeof StackSchema>;
