import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { guard, invalid } from './dynamodb-error';
import { dynamodbOperation, TableName, tableResource } from './dynamodb-operation';
import { deletingDescription, type DeletingTableDescription } from './table-description';
import { requireTable, withTable } from './table-store';

/** Deletes the table with its items. AWS answers DELETING and removes it shortly after; here it is gone at once. */
export const deleteTable = defineOperation({
  ...dynamodbOperation('DeleteTable', 'write'),
  input: z.object({ TableName }),
  resource: tableResource,
  handler(world, input, ctx): HandlerResult<{ TableDescription: DeletingTableDescription }> {
    return guard('DeleteTable', () => {
      const table = requireTable(world, ctx, input.TableName, 'table');
      if (table.deletionProtectionEnabled) {
        throw invalid('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
      }
      return { world: withTable(world, ctx, input.TableName, undefined), output: { TableDescription: deletingDescription(table) } };
    });
  },
});
