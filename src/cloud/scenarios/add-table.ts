import type { World } from '../core/world';
import type { DynamoItem } from '../core/world-dynamodb';
import { checkItem } from '../services/dynamodb/attribute-value';
import { withItems } from '../services/dynamodb/table-items';
import { newTable } from '../services/dynamodb/table-record';
import { withTable } from '../services/dynamodb/table-store';

// Apart from build.ts, which every seed world (and so the first load) uses: a table needs DynamoDB's code.

type TableSpec = {
  tableName: string;
  partitionKey: [name: string, type: 'S' | 'N' | 'B'];
  sortKey?: [name: string, type: 'S' | 'N' | 'B'];
  createdAt: string;
  /** In AttributeValue form; each must hold the key attributes. */
  items?: DynamoItem[];
};

/** An on-demand DynamoDB table with items. Its TableId derives from its name, so the seed is untouched. */
export function addTable(world: World, accountId: string, region: string, spec: TableSpec): World {
  const keys = [spec.partitionKey, ...(spec.sortKey ? [spec.sortKey] : [])];
  const table = newTable({
    accountId, region, tableName: spec.tableName, billingMode: 'PAY_PER_REQUEST', createdAt: Date.parse(spec.createdAt),
    keySchema: keys.map(([name], i) => ({ AttributeName: name, KeyType: i === 0 ? 'HASH' as const : 'RANGE' as const })),
    attributeDefinitions: keys.map(([name, type]) => ({ AttributeName: name, AttributeType: type })),
    idSource: `${accountId}/${region}/${spec.tableName}`,
  });
  const items = (spec.items ?? []).map(checkItem);
  return withTable(world, { accountId, region }, spec.tableName, withItems(table, items));
}
