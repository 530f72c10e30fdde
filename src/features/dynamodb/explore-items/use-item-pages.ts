import { useState } from 'react';
import type { QueryRequest } from '../../../api/dynamodb/query';
import { useQueryPage } from '../../../api/dynamodb/query';
import { useScanPage } from '../../../api/dynamodb/scan';
import type { DynamoItem } from '../../../cloud/core/world-dynamodb';

export type ItemsRead = { kind: 'scan' } | { kind: 'query'; request: QueryRequest };

/**
 * The pages of the Scan or Query last run, ITEMS_PAGE_SIZE items each. Page n starts at the
 * LastEvaluatedKey of page n-1, so only pages already seen (and the next one) can be opened, as on the
 * console, whose pagination is open-ended until a page comes back without LastEvaluatedKey.
 */
export function useItemPages(tableName: string) {
  const [read, setRead] = useState<ItemsRead>({ kind: 'scan' });
  const [starts, setStarts] = useState<(DynamoItem | undefined)[]>([undefined]);
  const [page, setPage] = useState(0);
  const startKey = starts[page];
  const scan = useScanPage(tableName, startKey, read.kind === 'scan');
  const query = useQueryPage(read.kind === 'query' ? read.request : undefined, startKey);
  const current = read.kind === 'scan' ? scan : query;
  const lastKey = current.data?.LastEvaluatedKey;

  /** Run: the first page of a new read (the same read again is read again, as the console's Run does). */
  const run = (next: ItemsRead) => {
    const same = page === 0 && JSON.stringify(next) === JSON.stringify(read);
    setRead(next);
    setStarts([undefined]);
    setPage(0);
    if (same) void current.refetch();
  };

  /** Opens page `index` (0-based): one already seen, or the next after the last seen. */
  const openPage = (index: number) => {
    if (index < starts.length) setPage(index);
    else if (index === starts.length && page === starts.length - 1 && lastKey) {
      setStarts([...starts, lastKey]);
      setPage(index);
    }
  };

  return {
    read, run, page, openPage,
    pagesCount: starts.length,
    // Whether a page may follow the last one seen: only a page without LastEvaluatedKey says there is none.
    openEnd: page < starts.length - 1 || lastKey !== undefined,
    data: current.data,
    error: current.error,
    loading: current.isFetching,
  };
}

export type ItemPages = ReturnType<typeof useItemPages>;
