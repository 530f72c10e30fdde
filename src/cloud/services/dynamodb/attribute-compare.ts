import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { typeOf } from './attribute-value';
import { compareNumbers } from './dynamodb-number';

/** Strings order by UTF-8 bytes in DynamoDB, which is code point order (not JavaScript's UTF-16 order). */
export function compareText(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length - y.length;
}

/** Binary values order by their unsigned bytes. */
const decoded = (b64: string) => atob(b64);

/** Orders two scalars of the same type (S, N or B); undefined when they cannot be ordered. */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | undefined {
  if (a.S !== undefined && b.S !== undefined) return compareText(a.S, b.S);
  if (a.N !== undefined && b.N !== undefined) return compareNumbers(a.N, b.N);
  if (a.B !== undefined && b.B !== undefined) {
    const x = decoded(a.B);
    const y = decoded(b.B);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return undefined;
}

/** Deep equality as DynamoDB's `=` sees it: sets ignore order, numbers compare by value. */
export function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  switch (type) {
    case 'S': case 'N': case 'B': return compareScalars(a, b) === 0;
    case 'BOOL': return a.BOOL === b.BOOL;
    case 'NULL': return true;
    case 'L': return a.L!.length === b.L!.length && a.L!.every((v, i) => sameValue(v, b.L![i]!));
    case 'M': {
      const keys = Object.keys(a.M!);
      return keys.length === Object.keys(b.M!).length && keys.every((k) => b.M![k] !== undefined && sameValue(a.M![k]!, b.M![k]!));
    }
    default: {
      const x = new Set(a[type] as string[]);
      const y = b[type] as string[];
      return x.size === y.length && y.every((v) => x.has(v));
    }
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;
const binaryLength = (b64: string) => decoded(b64).length;
// A number takes about one byte per two significant digits, plus one (the developer guide's rule of thumb).
const numberSize = (n: string) => Math.ceil(n.replace(/[-.]/g, '').replace(/^0+/, '').length / 2) + 1;

/** An attribute value's size by the developer guide's item size rules (an approximation, as AWS's own is not published exactly). */
export function valueSize(v: AttributeValue): number {
  if (v.S !== undefined) return utf8(v.S);
  if (v.N !== undefined) return numberSize(v.N);
  if (v.B !== undefined) return binaryLength(v.B);
  if (v.SS) return v.SS.reduce((n, s) => n + utf8(s), 0);
  if (v.NS) return v.NS.reduce((n, s) => n + numberSize(s), 0);
  if (v.BS) return v.BS.reduce((n, s) => n + binaryLength(s), 0);
  if (v.L) return 3 + v.L.reduce((n, e) => n + 1 + valueSize(e), 0);
  if (v.M) return 3 + Object.entries(v.M).reduce((n, [k, e]) => n + 1 + utf8(k) + valueSize(e), 0);
  return 1; // BOOL, NULL
}

/** An item's size: names and values. */
export const itemSize = (item: DynamoItem) => Object.entries(item).reduce((n, [k, v]) => n + utf8(k) + valueSize(v), 0);

/** What the size() function gives: a string's or binary's length, a set's, list's or map's element count. */
export function sizeOf(v: AttributeValue): number | undefined {
  if (v.S !== undefined) return utf8(v.S);
  if (v.B !== undefined) return binaryLength(v.B);
  const many = v.SS ?? v.NS ?? v.BS ?? v.L;
  if (many) return many.length;
  return v.M ? Object.keys(v.M).length : undefined;
}
