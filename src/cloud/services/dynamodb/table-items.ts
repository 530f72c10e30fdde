import { stableHex } from '../../core/ids';
import type { AttributeValue, DynamoItem, DynamoTable } from '../../core/world-dynamodb';
import { compareScalars, itemSize } from './attribute-compare';
import { keyAttributes } from './key-schema';

// The items of a table, in buckets by a hash of the partition key (DynamoDB's own partitions are hashed
// too, which is why a Scan's order looks random). Each bucket is an array sorted by (partition key, sort
// key), so a write copies one bucket and a read walks buckets in order without sorting anything.

const BUCKETS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const scalarText = (v: AttributeValue) => v.S ?? v.N ?? v.B ?? '';
const hashName = (table: DynamoTable) => table.keySchema[0]!.AttributeName;

export const bucketOf = (table: DynamoTable, keyOrItem: DynamoItem) => stableHex(scalarText(keyOrItem[hashName(table)]!), 2);

/** Orders items (or keys) by partition key, then sort key; a key without its sort key sorts first in its partition. */
export function compareKeys(table: DynamoTable, a: DynamoItem, b: DynamoItem): number {
  for (const { name } of keyAttributes(table)) {
    const x = a[name];
    const y = b[name];
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? -1 : 1;
      continue;
    }
    const d = compareScalars(x, y) ?? 0;
    if (d !== 0) return d;
  }
  return 0;
}

/** The first index of a sorted bucket whose item is not `before` (binary search). */
function bound(bucket: DynamoItem[], before: (item: DynamoItem) => boolean): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(bucket[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the key's item is, or would go, in a sorted bucket; `found` when it is there. */
function locate(table: DynamoTable, bucket: DynamoItem[], key: DynamoItem): { index: number; found: boolean } {
  const index = bound(bucket, (item) => compareKeys(table, item, key) < 0);
  return { index, found: index < bucket.length && compareKeys(table, bucket[index]!, key) === 0 };
}

export function getItem(table: DynamoTable, key: DynamoItem): DynamoItem | undefined {
  const bucket = table.buckets[bucketOf(table, key)] ?? [];
  const { index, found } = locate(table, bucket, key);
  return found ? bucket[index] : undefined;
}

/** A new table with the item written (replacing the one with its key) or, when `item` is undefined, the key's item removed. */
export function writeItem(table: DynamoTable, key: DynamoItem, item: DynamoItem | undefined): DynamoTable {
  const id = bucketOf(table, key);
  const bucket = [...(table.buckets[id] ?? [])];
  const { index, found } = locate(table, bucket, key);
  const old = found ? bucket[index] : undefined;
  if (!old && !item) return table;
  if (item) bucket.splice(index, found ? 1 : 0, item);
  else bucket.splice(index, 1);
  const buckets = { ...table.buckets, [id]: bucket };
  if (bucket.length === 0) delete buckets[id];
  return {
    ...table, buckets,
    itemCount: table.itemCount + (item ? 1 : 0) - (old ? 1 : 0),
    sizeBytes: table.sizeBytes + (item ? itemSize(item) : 0) - (old ? itemSize(old) : 0),
  };
}

/** A new table holding the items too, built in one pass (seed worlds; a later item replaces an earlier one with its key). */
export function withItems(table: DynamoTable, items: DynamoItem[]): DynamoTable {
  const buckets: Record<string, DynamoItem[]> = {};
  for (const item of items) (buckets[bucketOf(table, item)] ??= []).push(item);
  let result: DynamoTable = { ...table, buckets: { ...table.buckets } };
  for (const [id, added] of Object.entries(buckets)) {
    if (table.buckets[id]) {
      for (const item of added) result = writeItem(result, item, item);
      continue;
    }
    const sorted = added.map((item, at) => ({ item, at })).sort((a, b) => compareKeys(table, a.item, b.item) || b.at - a.at)
      .filter((e, i, all) => i === 0 || compareKeys(table, all[i - 1]!.item, e.item) !== 0).map((e) => e.item);
    result.buckets[id] = sorted;
    result.itemCount += sorted.length;
    result.sizeBytes += sorted.reduce((n, item) => n + itemSize(item), 0);
  }
  return result;
}

/** Every item in Scan order, starting after `after` (a key, whose item need not exist any more). */
export function* scanItems(table: DynamoTable, after?: DynamoItem): Generator<DynamoItem> {
  const first = after ? BUCKETS.indexOf(bucketOf(table, after)) : 0;
  for (let b = first; b < BUCKETS.length; b++) {
    const bucket = table.buckets[BUCKETS[b]!];
    if (!bucket) continue;
    let start = 0;
    if (after && b === first) {
      const at = locate(table, bucket, after);
      start = at.found ? at.index + 1 : at.index;
    }
    for (let i = start; i < bucket.length; i++) yield bucket[i]!;
  }
}

/** The items of one partition key in sort key order (or reversed), starting after `after`. */
export function* partitionItems(table: DynamoTable, partitionKey: DynamoItem, forward: boolean, after?: DynamoItem): Generator<DynamoItem> {
  const bucket = table.buckets[bucketOf(table, partitionKey)] ?? [];
  const name = hashName(table);
  const order = (item: DynamoItem) => compareScalars(item[name]!, partitionKey[name]!)!;
  const first = bound(bucket, (item) => order(item) < 0);
  const end = bound(bucket, (item) => order(item) <= 0);
  const at = after && locate(table, bucket, after);
  if (forward) {
    for (let i = at ? at.index + (at.found ? 1 : 0) : first; i < end; i++) yield bucket[i]!;
  } else {
    for (let i = at ? at.index - 1 : end - 1; i >= first; i--) yield bucket[i]!;
  }
}
