import { useMutation } from '@tanstack/react-query';
import type { OperationInput } from '../../cloud/core/registry';
import type { DynamoItem } from '../../cloud/core/world-dynamodb';
import { callAsConsoleAsync as call } from '../call-as-console';

export type PutItemRequest = {
  tableName: string;
  item: DynamoItem;
  /**
   * Create item names the partition key here: the write then fails with ConditionalCheckFailedException
   * instead of replacing an item with the same key (unconfirmed that the console guards it this way).
   * Edit item replaces the whole item with PutItem (unconfirmed: the console may send UpdateItem).
   */
  mustBeNew?: string;
};

export function putItemInput(request: PutItemRequest): OperationInput<'dynamodb:PutItem'> {
  return {
    TableName: request.tableName,
    Item: request.item,
    ...(request.mustBeNew !== undefined && {
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': request.mustBeNew },
    }),
  };
}

export function usePutItem() {
  return useMutation({ mutationFn: (request: PutItemRequest) => call('dynamodb:PutItem', putItemInput(request)) });
}
