import { describe, expect, it } from 'vitest';
import type { DynamoItem } from '../../core/world-dynamodb';
import { addTable } from '../../scenarios/add-table';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT } from '../iam/iam-test-kit';
import { ok, REGION, tableOf } from './dynamodb-test-kit';

const N = 10_000;
const items = Array.from({ length: N }, (_, i): DynamoItem => ({ pk: { S: `user-${i}` }, visits: { N: String(i) } }));
const big = addTable(createAdministratorWorld(), ACCOUNT, REGION, { tableName: 'Big', partitionKey: ['pk', 'S'], createdAt: '2026-01-15T08:00:00Z', items });

/** The fastest of a few runs, in ms: steadier than one run on a busy machine. */
function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('a 10,000-item table', () => {
  it('scans its first page without reading the rest', () => {
    let page: DynamoItem[] = [];
    const ms = fastest(() => { page = ok(big, 'dynamodb:Scan', { TableName: 'Big', Limit: 50 }).output.Items ?? []; });
    expect(page).toHaveLength(50);
    expect(ms).toBeLessThan(50);
  });

  it('writes an item by copying one bucket: the rest of the table and the world are shared', () => {
    let next = big;
    const ms = fastest(() => { next = ok(big, 'dynamodb:PutItem', { TableName: 'Big', Item: { pk: { S: 'new-user' } } }).world; });
    expect(ms).toBeLessThan(50);
    const before = tableOf(big, 'Big')!;
    const after = tableOf(next, 'Big')!;
    expect(after.itemCount).toBe(N + 1);
    const changed = Object.keys(after.buckets).filter((id) => after.buckets[id] !== before.buckets[id]);
    expect(changed).toHaveLength(1);
    expect(next.accounts[ACCOUNT]!.iam).toBe(big.accounts[ACCOUNT]!.iam);
  });

  it('pages through every item exactly once', () => {
    const seen = new Set<string>();
    let start: DynamoItem | undefined;
    let pages = 0;
    do {
      const output = ok(big, 'dynamodb:Scan', { TableName: 'Big', Limit: 1000, ...(start && { ExclusiveStartKey: start }) }).output;
      for (const item of output.Items ?? []) seen.add(item.pk!.S!);
      start = output.LastEvaluatedKey;
      pages++;
    } while (start);
    expect([seen.size, pages]).toEqual([N, 11]);
  });

  it('stops a page at 1 MB of items', () => {
    const heavy = Array.from({ length: 30 }, (_, i): DynamoItem => ({ pk: { S: `p${i}` }, blob: { S: 'x'.repeat(100_000) } }));
    const world = addTable(createAdministratorWorld(), ACCOUNT, REGION, { tableName: 'Heavy', partitionKey: ['pk', 'S'], createdAt: '2026-01-15T08:00:00Z', items: heavy });
    const output = ok(world, 'dynamodb:Scan', { TableName: 'Heavy' }).output;
    expect([output.ScannedCount, output.LastEvaluatedKey === undefined]).toEqual([11, false]);
  });

  it('queries one partition of many sort keys quickly', () => {
    const rows = Array.from({ length: N }, (_, i): DynamoItem => ({ pk: { S: 'one' }, sk: { N: String(i) } }));
    const world = addTable(createAdministratorWorld(), ACCOUNT, REGION, {
      tableName: 'Wide', partitionKey: ['pk', 'S'], sortKey: ['sk', 'N'], createdAt: '2026-01-15T08:00:00Z', items: rows,
    });
    let last: string | undefined;
    const ms = fastest(() => {
      const output = ok(world, 'dynamodb:Query', { TableName: 'Wide', KeyConditionExpression: 'pk = :p', ScanIndexForward: false, Limit: 10,
        ExpressionAttributeValues: { ':p': { S: 'one' } } }).output;
      last = output.Items?.[0]?.sk?.N;
    });
    expect(last).toBe(String(N - 1));
    expect(ms).toBeLessThan(50);
  });
});
