import { advanceClock } from '../../../core/clock';
import type { ArgSpec } from '../args';
import { callAws } from '../call';
import { clientError, CliFailure, GENERAL_ERROR_RC, usageError } from '../cli-errors';
import type { CliCommand, CliService } from '../command';
import { apiCommand, optional, required } from '../command';

const stack = required('stack-name');
const roleArn: ArgSpec = { name: 'role-arn', type: 'string', member: 'RoleARN' };
const TIMES = new Set(['CreationTime', 'DeletionTime', 'LastUpdatedTime', 'Timestamp']);

/** The CLI prints times with the UTC offset Python's isoformat gives ("2026-01-15T09:00:00+00:00"). */
function cliTimes(value: unknown, name?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => cliTimes(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cliTimes(v, k)]));
  return typeof value === 'string' && name !== undefined && TIMES.has(name) ? value.replace(/Z$/, '+00:00') : value;
}

// botocore waiters-2.json: StackCreateComplete and StackDeleteComplete, polled every 30 s up to 120 times.
const WAITERS: Record<string, { name: string; success: string[]; failure: string[]; goneIsSuccess: boolean }> = {
  'stack-create-complete': {
    name: 'StackCreateComplete', success: ['CREATE_COMPLETE'], goneIsSuccess: false,
    failure: ['CREATE_FAILED', 'DELETE_COMPLETE', 'DELETE_FAILED', 'ROLLBACK_FAILED', 'ROLLBACK_COMPLETE'],
  },
  'stack-delete-complete': {
    name: 'StackDeleteComplete', success: ['DELETE_COMPLETE'], goneIsSuccess: true,
    failure: ['DELETE_FAILED', 'CREATE_FAILED', 'ROLLBACK_FAILED'],
  },
};
const DELAY_MS = 30_000;
const MAX_ATTEMPTS = 120;

const waiterFailure = (waiter: string, reason: string) => new CliFailure(`\nWaiter ${waiter} failed: ${reason}\n`, GENERAL_ERROR_RC);

/**
 * `aws cloudformation wait ...`: polls DescribeStacks as botocore does. Waiting is simulated time passing
 * (30 s per poll, as "Advance the clock" adds time), so the prompt comes back at once with the outcome.
 */
const wait: CliCommand = {
  name: 'wait',
  args: [stack],
  positionals: 1,
  run(cli, parsed) {
    const which = parsed.positionals[0];
    const waiter = which ? WAITERS[which] : undefined;
    if (!waiter) throw usageError(`argument wait_name: Invalid choice, valid choices are:\n\n${Object.keys(WAITERS).join(' | ')}`);
    const name = parsed.options['stack-name'] as string;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = callAws(cli, 'cloudformation:DescribeStacks', { StackName: name });
      if (!result.ok) {
        if (result.error.code === 'ValidationError' && waiter.goneIsSuccess) return '';
        if (result.error.code === 'ValidationError') throw waiterFailure(waiter.name, `Error matched expected path: "ValidationError"`);
        throw clientError(result.error);
      }
      const status = result.output.Stacks[0]?.StackStatus ?? '';
      if (waiter.success.includes(status)) return '';
      if (waiter.failure.includes(status)) {
        throw waiterFailure(waiter.name, `Waiter encountered a terminal failure state: For expression "Stacks[].StackStatus" we matched expected path: "${status}" at least once`);
      }
      cli.session.world = advanceClock(cli.session.world, DELAY_MS);
    }
    throw waiterFailure(waiter.name, 'Max attempts exceeded');
  },
};

const createArgs: ArgSpec[] = [
  stack, optional('template-body'), optional('template-url'), { name: 'parameters', type: 'structure-list' },
  optional('capabilities', 'string-list'), roleArn, optional('on-failure'), { name: 'disable-rollback', type: 'boolean' },
  optional('timeout-in-minutes', 'integer'), { name: 'tags', type: 'structure-list' },
];

export const cloudformationService: CliService = {
  name: 'cloudformation',
  commands: [
    apiCommand('create-stack', 'cloudformation:CreateStack', createArgs),
    apiCommand('delete-stack', 'cloudformation:DeleteStack', [stack, roleArn]),
    apiCommand('describe-stack-events', 'cloudformation:DescribeStackEvents', [stack], { output: cliTimes }),
    apiCommand('describe-stack-resources', 'cloudformation:DescribeStackResources', [stack], { output: cliTimes }),
    apiCommand('describe-stacks', 'cloudformation:DescribeStacks', [optional('stack-name')], { output: cliTimes }),
    apiCommand('get-template', 'cloudformation:GetTemplate', [stack, optional('template-stage')]),
    apiCommand('list-stacks', 'cloudformation:ListStacks', [optional('stack-status-filter', 'string-list')], { output: cliTimes }),
    apiCommand('validate-template', 'cloudformation:ValidateTemplate', [optional('template-body'), optional('template-url')]),
    wait,
  ],
};
