import { describe, expect, it } from 'vitest';
import { matchesSearch, searchTextOf } from './list-table-search';

describe('table search', () => {
  const instance = { InstanceId: 'i-0abc', State: { Name: 'running' }, Tags: [{ Key: 'Name', Value: 'Search-Worker-01' }], CpuCount: 2 };

  it('matches any value, nested ones too, whatever the case', () => {
    for (const text of ['i-0ABC', 'running', 'search-worker', 'SEARCH', '2', '']) expect(matchesSearch(instance, text)).toBe(true);
    expect(matchesSearch(instance, 'web-server')).toBe(false);
  });

  it('never matches across two values', () => {
    expect(matchesSearch({ a: 'ab', b: 'cd' }, 'bc')).toBe(false);
  });

  it('works out a row\'s text once', () => {
    expect(searchTextOf(instance)).toBe(searchTextOf(instance));
    const row = { name: 'x' };
    expect(searchTextOf(row)).toBe('x');
    row.name = 'changed'; // rows are never changed in place; a new row object gets its own text
    expect(searchTextOf(row)).toBe('x');
  });
});
