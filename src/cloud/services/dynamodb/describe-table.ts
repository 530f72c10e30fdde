import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { guard } from './dynamodb-error';
import { dynamodbOperation, TableName, tableResource } from './dynamodb-operation';
import { tableDescription, type TableDescription } from './table-description';
import { requireTable } from './table-store';

export const describeTable = defineOperation({
  ...dynamodbOperation('DescribeTable', 'read'),
  input: z.object({ TableName }),
  resource: tableResource,
  handler(world, input, ctx): HandlerResult<{ Table: TableDescription }> {
    return guard('DescribeTable', () => ({ world, output: { Table: tableDescription(requireTable(world, ctx, input.TableName, 'table')) } }));
  },
});
