import { useMutation } from '@tanstack/react-query';
import type { OperationInput } from '../../cloud/core/registry';
import { callAsConsoleAsync as call } from '../call-as-console';

export type KeyAttributeType = 'S' | 'N' | 'B';
export type KeyAttributeInput = { name: string; type: KeyAttributeType };

export type CreateTableRequest = { tableName: string; partitionKey: KeyAttributeInput; sortKey?: KeyAttributeInput };

/**
 * Create table with "Default settings": on-demand capacity, no secondary indexes, deletion protection off.
 * (The console's defaults moved from provisioned 5/5 with auto scaling to on-demand; on-demand is what
 * the simulator's Tables list shows, (unconfirmed) for every Region.)
 * An empty sort key name means no sort key, as the console's optional field does.
 */
export function createTableInput(request: CreateTableRequest): OperationInput<'dynamodb:CreateTable'> {
  const keys = [request.partitionKey, ...(request.sortKey && request.sortKey.name !== '' ? [request.sortKey] : [])];
  return {
    TableName: request.tableName,
    AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
    KeySchema: keys.map((k, i) => ({ AttributeName: k.name, KeyType: i === 0 ? 'HASH' : 'RANGE' })),
    BillingMode: 'PAY_PER_REQUEST',
  };
}

export function useCreateTable() {
  return useMutation({ mutationFn: (request: CreateTableRequest) => call('dynamodb:CreateTable', createTableInput(request)) });
}
