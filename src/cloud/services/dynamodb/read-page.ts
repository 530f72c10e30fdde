import type { DynamoItem, DynamoTable } from '../../core/world-dynamodb';
import { itemSize } from './attribute-compare';
import { evaluate } from './condition-evaluate';
import { invalid } from './dynamodb-error';
import { keyOf } from './key-schema';
import { project } from './projection';
import type { ParsedExpressions } from './request-expressions';

export type ReadOutput = { Items?: DynamoItem[]; Count: number; ScannedCount: number; LastEvaluatedKey?: DynamoItem };
export type ReadOptions = { Limit?: number; Select?: string; IndexName?: string; Segment?: number; TotalSegments?: number };

// One page reads at most 1 MB of items before any filter, as DynamoDB does.
const PAGE_BYTES = 1024 * 1024;

/** What Scan and Query may not ask of a table without indexes, and what Select needs [obs] (dynalite's suite). */
export function checkReadOptions(options: ReadOptions, parsed: ParsedExpressions): void {
  if (options.Segment !== undefined || options.TotalSegments !== undefined) throw invalid('Parallel scans (Segment, TotalSegments) are not supported in this simulator.');
  if (options.Select === 'SPECIFIC_ATTRIBUTES' && !parsed.projection) {
    throw invalid('Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES');
  }
  if (options.Select === 'ALL_PROJECTED_ATTRIBUTES') throw invalid('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
}

/**
 * One page: items are read (and counted in ScannedCount) until Limit or 1 MB, then filtered (Count) and
 * projected. LastEvaluatedKey is the last item read whenever the page stopped early, even if nothing
 * follows, as DynamoDB answers: the next page is then empty.
 */
export function readPage(table: DynamoTable, items: Iterable<DynamoItem>, options: ReadOptions, parsed: ParsedExpressions): ReadOutput {
  const found: DynamoItem[] = [];
  let scanned = 0;
  let bytes = 0;
  let last: DynamoItem | undefined;
  let stopped = false;
  for (const item of items) {
    if (stopped) break;
    scanned++;
    bytes += itemSize(item);
    last = item;
    if (!parsed.filter || evaluate(parsed.filter, item)) found.push(project(item, parsed.projection));
    stopped = scanned === options.Limit || bytes >= PAGE_BYTES;
  }
  return {
    ...(options.Select !== 'COUNT' && { Items: found }),
    Count: found.length,
    ScannedCount: scanned,
    ...(stopped && last && { LastEvaluatedKey: keyOf(table, last) }),
  };
}
