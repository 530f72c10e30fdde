import { z } from 'zod';
import { LambdaBehaviourSchema, type LambdaBehaviour } from '../core/world';
import { isScenarioName, type ScenarioName } from '../scenarios/scenarios';

const StackStatus = z.enum(['CREATE_IN_PROGRESS', 'CREATE_FAILED', 'CREATE_COMPLETE', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS', 'DELETE_FAILED', 'DELETE_COMPLETE']);

/** Every text a learner reads, in both languages. */
export const Text = z.object({ en: z.string().min(1).max(2000), ko: z.string().min(1).max(2000) }).strict();

const Name = z.string().min(1).max(128);

/** How deep "all" checks may nest: the schema is built to this depth, so validation cannot recurse without bound. */
export const MAX_ALL_DEPTH = 4;

/** What a step waits for: a fixed vocabulary over the world and the event history (no code in a lab file). */
function checkSchema(allowedAll: number): z.ZodType<Check> {
  // Deeper than MAX_ALL_DEPTH, "all" is refused without looking inside (a hostile file may nest it thousands deep).
  const checks = allowedAll > 0
    ? z.array(checkSchema(allowedAll - 1)).min(1).max(10)
    : z.custom<Check[]>(() => false, `"all" checks may nest at most ${MAX_ALL_DEPTH} deep`);
  return z.discriminatedUnion('type', [
    z.object({
      type: z.literal('role'),
      roleName: Name.optional(), roleNamePrefix: Name.optional(),
      trustedService: Name.optional(), trustsAccount: z.string().regex(/^\d{12}$/).optional(),
      attachedPolicy: Name.optional(), notAttachedPolicy: Name.optional(),
      // An inline policy of the role allows the action on onResource (and, for least privilege, not on notOnResource).
      inlineAllowsAction: Name.optional(), onResource: z.string().max(2048).optional(), notOnResource: z.string().max(2048).optional(),
    }).strict().refine((c) => (c.roleName === undefined) !== (c.roleNamePrefix === undefined), 'Give exactly one of roleName and roleNamePrefix'),
    z.object({ type: z.literal('policy'), policyName: Name, allowsAction: Name.optional(), onResource: z.string().max(2048).optional() }).strict(),
    z.object({
      type: z.literal('user'), userName: Name, attachedPolicy: Name.optional(), accessKeys: z.number().int().min(0).max(2).optional(),
      inGroup: z.string().min(1).max(128).optional(), consoleAccess: z.boolean().optional(),
    }).strict(),
    z.object({ type: z.literal('group'), groupName: z.string().min(1).max(128), attachedPolicy: Name.optional() }).strict(),
    z.object({ type: z.literal('instance'), instanceName: Name, roleName: Name.optional(), noRole: z.literal(true).optional() }).strict(),
    z.object({
      type: z.literal('event'),
      eventName: Name.optional(), eventSource: Name.optional(), errorCode: Name.optional(),
      decision: z.enum(['Allowed', 'Denied']).optional(), principalType: z.enum(['IAMUser', 'AssumedRole']).optional(),
      roleName: Name.optional(), sessionName: z.string().max(64).optional(), sessionNamePrefix: z.string().max(64).optional(),
      source: z.enum(['console', 'cli', 'lab', 'lambda', 'cloudformation']).optional(), accountId: z.string().regex(/^\d{12}$/).optional(),
      resourceContains: z.string().min(1).max(2048).optional(),
    }).strict(),
    z.object({
      type: z.literal('console-identity'), kind: z.enum(['user', 'role-session']), roleName: Name.optional(),
      accountId: z.string().regex(/^\d{12}$/).optional(), userName: Name.optional(),
    }).strict(),
    z.object({ type: z.literal('function'), functionName: Name.optional(), roleNamePrefix: Name.optional(), code: LambdaBehaviourSchema.optional() }).strict(),
    z.object({ type: z.literal('stack'), stackName: Name, status: StackStatus.optional(), roleName: Name.optional() }).strict(),
    z.object({ type: z.literal('table'), tableName: Name, partitionKey: Name.optional(), hasItems: z.literal(true).optional() }).strict(),
    z.object({ type: z.literal('log-group'), name: z.string().min(1).max(512).optional(), namePrefix: z.string().min(1).max(512).optional(), hasEvents: z.boolean().optional() }).strict(),
    z.object({ type: z.literal('all'), checks }).strict(),
  ]);
}
export const CheckSchema = checkSchema(MAX_ALL_DEPTH);

export type Check =
  | {
    type: 'role'; roleName?: string; roleNamePrefix?: string; trustedService?: string; trustsAccount?: string; attachedPolicy?: string; notAttachedPolicy?: string;
    inlineAllowsAction?: string; onResource?: string; notOnResource?: string;
  }
  | { type: 'policy'; policyName: string; allowsAction?: string; onResource?: string }
  /** inGroup: a member of that group; consoleAccess: has (true) or has no (false) console password. */
  | { type: 'user'; userName: string; attachedPolicy?: string; accessKeys?: number; inGroup?: string; consoleAccess?: boolean }
  | { type: 'group'; groupName: string; attachedPolicy?: string }
  | { type: 'instance'; instanceName: string; roleName?: string; noRole?: true }
  | {
    type: 'event'; eventName?: string; eventSource?: string; errorCode?: string; decision?: 'Allowed' | 'Denied';
    principalType?: 'IAMUser' | 'AssumedRole'; roleName?: string; sessionName?: string; sessionNamePrefix?: string;
    source?: 'console' | 'cli' | 'lab' | 'lambda' | 'cloudformation'; accountId?: string; resourceContains?: string;
  }
  /** userName: the IAM user signed in (for a role session, the user who switched: its session name). */
  | { type: 'console-identity'; kind: 'user' | 'role-session'; roleName?: string; accountId?: string; userName?: string }
  | { type: 'function'; functionName?: string; roleNamePrefix?: string; code?: LambdaBehaviour }
  | { type: 'stack'; stackName: string; status?: z.infer<typeof StackStatus>; roleName?: string }
  | { type: 'table'; tableName: string; partitionKey?: string; hasItems?: true }
  | { type: 'log-group'; name?: string; namePrefix?: string; hasEvents?: boolean }
  | { type: 'all'; checks: Check[] };

export const StepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use lowercase letters, digits and hyphens'),
  title: Text,
  instructions: Text,
  hints: z.array(Text).max(5).default([]),
  check: CheckSchema,
}).strict();

export const LabSchema = z.object({
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use lowercase letters, digits and hyphens'),
  title: Text,
  summary: Text,
  scenario: z.custom<ScenarioName>((v) => typeof v === 'string' && isScenarioName(v), 'Unknown scenario'),
  steps: z.array(StepSchema).min(1).max(20),
}).strict().refine((lab) => new Set(lab.steps.map((s) => s.id)).size === lab.steps.length, { message: 'Step ids must be unique', path: ['steps'] });

export type Lab = z.infer<typeof LabSchema>;
export type LabStep = Lab['steps'][number];

/** A lab file's problems, each with its path ("steps.2.check.roleName: ..."), or the lab itself. */
export function parseLab(text: string): { ok: true; lab: Lab } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`JSON: ${(error as Error).message}`] };
  }
  const parsed = LabSchema.safeParse(json);
  if (parsed.success) return { ok: true, lab: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(lab)'}: ${i.message}`) };
}
