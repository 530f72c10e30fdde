import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import type { DynamoTable } from '../../core/world-dynamodb';
import { getAccount } from '../../core/world-update';
import { DynamoFailure } from './dynamodb-error';

type Where = Pick<OperationContext, 'accountId' | 'region'>;

export function regionTables(world: World, ctx: Where): Record<string, DynamoTable> {
  return world.accounts[ctx.accountId]?.regions[ctx.region]?.dynamodb?.tables ?? {};
}

export function findTable(world: World, ctx: Where, name: string): DynamoTable | undefined {
  return regionTables(world, ctx)[name];
}

/**
 * The table, or ResourceNotFoundException: "Requested resource not found: Table: NAME not found" from
 * DescribeTable and DeleteTable, the bare "Requested resource not found" from item operations [obs].
 */
export function requireTable(world: World, ctx: Where, name: string, kind: 'table' | 'item' = 'item'): DynamoTable {
  const table = findTable(world, ctx, name);
  if (table) return table;
  throw new DynamoFailure('ResourceNotFoundException',
    kind === 'table' ? `Requested resource not found: Table: ${name} not found` : 'Requested resource not found');
}

/**
 * A new world with the table replaced (or removed when undefined). Only the path down to the table is
 * copied: updateAccount would deep-copy the whole account, every item of every table included.
 */
export function withTable(world: World, ctx: Where, name: string, table: DynamoTable | undefined): World {
  const account = getAccount(world, ctx.accountId);
  const region = account.regions[ctx.region] ?? { ec2: { instances: {} } };
  const tables = { ...region.dynamodb?.tables };
  if (table) tables[name] = table;
  else delete tables[name];
  const regions = { ...account.regions, [ctx.region]: { ...region, dynamodb: { tables } } };
  return { ...world, accounts: { ...world.accounts, [ctx.accountId]: { ...account, regions } } };
}
