import { useQuery } from '@tanstack/react-query';
import type { OperationInput } from '../../cloud/core/registry';
import type { AttributeValue, DynamoItem } from '../../cloud/core/world-dynamodb';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';
import { ITEMS_PAGE_SIZE } from './scan';

export type SortCondition = '=' | '<=' | '<' | '>=' | '>' | 'between' | 'begins_with';

/** Explore items > Query: the partition key's value, and optionally a condition on the sort key. */
export type QueryRequest = {
  tableName: string;
  partitionKey: { name: string; value: AttributeValue };
  sortKey?: { name: string; condition: SortCondition; values: AttributeValue[] };
  descending: boolean;
};

function sortExpression(condition: SortCondition): string {
  if (condition === 'between') return '#sk BETWEEN :sk1 AND :sk2';
  if (condition === 'begins_with') return 'begins_with(#sk, :sk1)';
  return `#sk ${condition} :sk1`;
}

/** The request the console sends: attribute names and values always through placeholders. */
export function queryInput(request: QueryRequest, startKey?: DynamoItem): OperationInput<'dynamodb:Query'> {
  const sort = request.sortKey;
  return {
    TableName: request.tableName,
    Limit: ITEMS_PAGE_SIZE,
    KeyConditionExpression: `#pk = :pk${sort ? ` AND ${sortExpression(sort.condition)}` : ''}`,
    ExpressionAttributeNames: { '#pk': request.partitionKey.name, ...(sort && { '#sk': sort.name }) },
    ExpressionAttributeValues: {
      ':pk': request.partitionKey.value,
      ...(sort && Object.fromEntries(sort.values.map((v, i) => [`:sk${i + 1}`, v]))),
    },
    ...(request.descending && { ScanIndexForward: false }),
    ...(startKey && { ExclusiveStartKey: startKey }),
  };
}

export function useQueryPage(request: QueryRequest | undefined, startKey: DynamoItem | undefined) {
  const session = useConsoleSession();
  const options = cloudQuery(session, 'dynamodb:Query', request ? queryInput(request, startKey) : { TableName: '' });
  return useQuery({ ...options, enabled: request !== undefined });
}
