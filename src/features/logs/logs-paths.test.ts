import { describe, expect, it } from 'vitest';
import { decodeName, logsPaths } from './logs-paths';
import { consoleTime, eventTime } from './log-time';

describe('logs console helpers', () => {
  it('formats times in UTC', () => {
    expect(consoleTime(Date.UTC(2026, 0, 15, 9, 5, 7))).toBe('2026-01-15 09:05:07 (UTC)');
    expect(consoleTime(undefined)).toBe('-');
    expect(eventTime(Date.UTC(2026, 0, 15, 9, 5, 7, 12))).toBe('2026-01-15T09:05:07.012Z');
  });

  it('encodes names with slashes and brackets, and reads the console\'s $252F form', () => {
    expect(logsPaths.stream('/aws/lambda/fn', '2026/01/15/[$LATEST]ab'))
      .toBe('/cloudwatch/log-groups/log-group/%2Faws%2Flambda%2Ffn/log-events/2026%2F01%2F15%2F%5B%24LATEST%5Dab');
    expect(decodeName('$252Faws$252Flambda$252Ffn')).toBe('/aws/lambda/fn');
    expect(decodeName('2026$252F01$252F15$252F$255B$2524LATEST$255Dab')).toBe('2026/01/15/[$LATEST]ab');
    expect(decodeName('/aws/lambda/fn')).toBe('/aws/lambda/fn');
    expect(decodeName(undefined)).toBe('');
  });
});
