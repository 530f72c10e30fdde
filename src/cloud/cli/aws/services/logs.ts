import { apiInput, type ArgSpec } from '../args';
import { callOrFail } from '../call';
import { generalError } from '../cli-errors';
import type { CliCommand, CliService } from '../command';
import { formatResponse } from '../output/format';
import { camel, pagedCommand, type Paging } from '../paged-command';
import { logsTail } from './logs-tail';

const group = camel('log-group-name', 'string', true);
const stream = camel('log-stream-name', 'string', true);
// The undocumented manual paging options (botocore turns its paginator off when you give them).
const paging = [camel('limit', 'integer'), camel('next-token')];
const pages = (resultKeys: string[]): Paging => ({ inputToken: 'nextToken', outputToken: 'nextToken', limitKey: 'limit', resultKeys });

/** A call whose options are its input, printed as the CLI prints it (nothing for an empty response). */
function call(name: string, operation: Parameters<typeof callOrFail>[1], title: string, args: ArgSpec[]): CliCommand {
  return {
    name,
    args,
    run(cli, parsed) {
      return formatResponse(cli, title, callOrFail(cli, operation, apiInput(args, parsed) as never));
    },
  };
}

/**
 * InputLogEvent.timestamp is a long: shorthand gives text, which the CLI turns into an int (awscli
 * shorthand BackCompatVisitor); text that is not a number fails there, before any request.
 */
function logEvents(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((event: unknown) => {
    if (!event || typeof event !== 'object') return event;
    const e = { ...(event as Record<string, unknown>) };
    if (typeof e.timestamp === 'string') {
      if (!/^\s*[-+]?\d+\s*$/.test(e.timestamp)) throw generalError(`invalid literal for int() with base 10: '${e.timestamp}'`);
      e.timestamp = Number.parseInt(e.timestamp, 10);
    }
    return e;
  });
}

const putLogEventsArgs = [group, stream, camel('log-events', 'structure-list', true), camel('sequence-token')];
const putLogEvents: CliCommand = {
  name: 'put-log-events',
  args: putLogEventsArgs,
  run(cli, parsed) {
    const input = apiInput(putLogEventsArgs, parsed);
    input.logEvents = logEvents(input.logEvents);
    return formatResponse(cli, 'PutLogEvents', callOrFail(cli, 'logs:PutLogEvents', input as never));
  },
};

export const logsService: CliService = {
  name: 'logs',
  commands: [
    call('create-log-group', 'logs:CreateLogGroup', 'CreateLogGroup',
      [group, camel('kms-key-id'), camel('tags', 'structure'), camel('log-group-class')]),
    call('delete-log-group', 'logs:DeleteLogGroup', 'DeleteLogGroup', [group]),
    pagedCommand('describe-log-groups', 'logs:DescribeLogGroups',
      [camel('log-group-name-prefix'), camel('log-group-name-pattern'), ...paging], pages(['logGroups'])),
    call('put-retention-policy', 'logs:PutRetentionPolicy', 'PutRetentionPolicy', [group, camel('retention-in-days', 'integer', true)]),
    call('delete-retention-policy', 'logs:DeleteRetentionPolicy', 'DeleteRetentionPolicy', [group]),
    call('create-log-stream', 'logs:CreateLogStream', 'CreateLogStream', [group, stream]),
    call('delete-log-stream', 'logs:DeleteLogStream', 'DeleteLogStream', [group, stream]),
    pagedCommand('describe-log-streams', 'logs:DescribeLogStreams', [
      group, camel('log-stream-name-prefix'), camel('order-by'), { name: 'descending', type: 'boolean', member: 'descending' }, ...paging,
    ], pages(['logStreams'])),
    putLogEvents,
    // GetLogEvents has no paginator in botocore: one call, its tokens printed.
    call('get-log-events', 'logs:GetLogEvents', 'GetLogEvents', [
      group, stream, camel('start-time', 'integer'), camel('end-time', 'integer'), ...paging,
      { name: 'start-from-head', type: 'boolean', member: 'startFromHead' },
    ]),
    pagedCommand('filter-log-events', 'logs:FilterLogEvents', [
      group, camel('log-stream-names', 'string-list'), camel('log-stream-name-prefix'), camel('start-time', 'integer'),
      camel('end-time', 'integer'), camel('filter-pattern'), { name: 'interleaved', type: 'boolean', member: 'interleaved' }, ...paging,
    ], pages(['events', 'searchedLogStreams'])),
    logsTail,
  ],
};
