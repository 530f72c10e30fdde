import { apiInput, type ArgSpec } from '../args';
import { callOrFail } from '../call';
import { generalError } from '../cli-errors';
import { apiCommand, optional, required, type CliCommand, type CliService } from '../command';
import { formatResponse } from '../output/format';
import { pagedCommand, type Paging } from '../paged-command';

const table = required('table-name');
const key: ArgSpec = { name: 'key', type: 'structure', required: true };
const names: ArgSpec = { name: 'expression-attribute-names', type: 'structure' };
const values: ArgSpec = { name: 'expression-attribute-values', type: 'structure' };
const condition = optional('condition-expression');
const projection = optional('projection-expression');
const consistentRead: ArgSpec = { name: 'consistent-read', type: 'boolean' };
const capacity = optional('return-consumed-capacity');
const returnValues = optional('return-values');

const TIMES = new Set(['CreationDateTime', 'LastUpdateToPayPerRequestDateTime', 'LastIncreaseDateTime', 'LastDecreaseDateTime']);

/**
 * DynamoDB gives times as epoch seconds; the CLI prints them as ISO 8601 in the host's zone (UTC here),
 * with microseconds when there are any ("2026-01-15T09:00:00.250000+00:00"), as Python's isoformat does.
 */
function cliTimes(value: unknown, name?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => cliTimes(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cliTimes(v, k)]));
  if (typeof value !== 'number' || name === undefined || !TIMES.has(name)) return value;
  const iso = new Date(Math.round(value * 1000)).toISOString();
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 19)}${ms === '000' ? '' : `.${ms}000`}+00:00`;
}

/** Shorthand gives capacity units as text, which the CLI turns into integers before any request (awscli shorthand). */
function capacityUnits(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => {
    if (typeof v !== 'string') return [k, v];
    if (!/^\s*[-+]?\d+\s*$/.test(v)) throw generalError(`invalid literal for int() with base 10: '${v}'`);
    return [k, Number.parseInt(v, 10)];
  }));
}

const createArgs: ArgSpec[] = [
  table, { name: 'attribute-definitions', type: 'structure-list', required: true }, { name: 'key-schema', type: 'structure-list', required: true },
  optional('billing-mode'), { name: 'provisioned-throughput', type: 'structure' }, { name: 'deletion-protection-enabled', type: 'boolean' },
  optional('table-class'), { name: 'tags', type: 'structure-list' },
  { name: 'global-secondary-indexes', type: 'structure-list' }, { name: 'local-secondary-indexes', type: 'structure-list' },
];
const createTable: CliCommand = {
  name: 'create-table',
  args: createArgs,
  run(cli, parsed) {
    const input = apiInput(createArgs, parsed);
    if (input.ProvisionedThroughput !== undefined) input.ProvisionedThroughput = capacityUnits(input.ProvisionedThroughput);
    return formatResponse(cli, 'CreateTable', cliTimes(callOrFail(cli, 'dynamodb:CreateTable', input as never)));
  },
};

// botocore's Scan and Query paginators: Items joined, Count and ScannedCount summed, ConsumedCapacity kept (null).
const reads: Paging = {
  inputToken: 'ExclusiveStartKey', outputToken: 'LastEvaluatedKey', limitKey: 'Limit',
  resultKeys: ['Items', 'Count', 'ScannedCount'], nonAggregateKeys: ['ConsumedCapacity'],
};
const readArgs: ArgSpec[] = [
  table, optional('index-name'), optional('filter-expression'), projection, names, values, optional('select'),
  optional('limit', 'integer'), { name: 'exclusive-start-key', type: 'structure' }, consistentRead, capacity,
];

export const dynamodbService: CliService = {
  name: 'dynamodb',
  commands: [
    createTable,
    apiCommand('delete-item', 'dynamodb:DeleteItem', [table, key, condition, names, values, returnValues, capacity]),
    apiCommand('delete-table', 'dynamodb:DeleteTable', [table], { output: cliTimes }),
    apiCommand('describe-table', 'dynamodb:DescribeTable', [table], { output: cliTimes }),
    apiCommand('get-item', 'dynamodb:GetItem', [table, key, projection, names, consistentRead, capacity]),
    pagedCommand('list-tables', 'dynamodb:ListTables', [optional('exclusive-start-table-name'), optional('limit', 'integer')],
      { inputToken: 'ExclusiveStartTableName', outputToken: 'LastEvaluatedTableName', limitKey: 'Limit', resultKeys: ['TableNames'] }),
    apiCommand('put-item', 'dynamodb:PutItem', [table, { name: 'item', type: 'structure', required: true }, condition, names, values, returnValues, capacity]),
    pagedCommand('query', 'dynamodb:Query',
      [...readArgs, optional('key-condition-expression'), { name: 'scan-index-forward', type: 'boolean' }], reads),
    pagedCommand('scan', 'dynamodb:Scan', [...readArgs, optional('segment', 'integer'), optional('total-segments', 'integer')], reads),
    apiCommand('update-item', 'dynamodb:UpdateItem', [table, key, optional('update-expression'), condition, names, values, returnValues, capacity]),
  ],
};
