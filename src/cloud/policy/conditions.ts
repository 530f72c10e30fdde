import type { ConditionBlock } from './grammar';
import { matchesWildcard } from './wildcard';

/** Request context keys (aws:PrincipalArn, s3:prefix, ...). Keys compare case-insensitively. */
export type ConditionContext = Record<string, string | string[]>;

type Compare = (contextValue: string, policyValue: string) => boolean;

function toTime(value: string): number {
  return /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value); // epoch seconds or ISO 8601
}
function compareNumbers(test: (a: number, b: number) => boolean, parse: (v: string) => number): Compare {
  return (a, b) => {
    const x = parse(a);
    const y = parse(b);
    return !Number.isNaN(x) && !Number.isNaN(y) && test(x, y);
  };
}
const eq = (a: number, b: number) => a === b;
const lt = (a: number, b: number) => a < b;
const le = (a: number, b: number) => a <= b;
const gt = (a: number, b: number) => a > b;
const ge = (a: number, b: number) => a >= b;
const like: Compare = (a, b) => matchesWildcard(b, a);

// Positive operators; each "Not" form is the negation of its positive twin.
const POSITIVE: Record<string, Compare> = {
  StringEquals: (a, b) => a === b,
  StringEqualsIgnoreCase: (a, b) => a.toLowerCase() === b.toLowerCase(),
  StringLike: like,
  ArnEquals: like, // ArnEquals also honours wildcards
  ArnLike: like,
  Bool: (a, b) => a.toLowerCase() === b.toLowerCase(),
  NumericEquals: compareNumbers(eq, Number),
  NumericLessThan: compareNumbers(lt, Number),
  NumericLessThanEquals: compareNumbers(le, Number),
  NumericGreaterThan: compareNumbers(gt, Number),
  NumericGreaterThanEquals: compareNumbers(ge, Number),
  DateEquals: compareNumbers(eq, toTime),
  DateLessThan: compareNumbers(lt, toTime),
  DateLessThanEquals: compareNumbers(le, toTime),
  DateGreaterThan: compareNumbers(gt, toTime),
  DateGreaterThanEquals: compareNumbers(ge, toTime),
};
const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
};

type Operator = { compare: Compare; negated: boolean; ifExists: boolean; set?: 'ForAnyValue' | 'ForAllValues' };

function parseOperator(raw: string): Operator | 'Null' | undefined {
  let name = raw;
  let set: Operator['set'];
  const colon = name.indexOf(':');
  if (colon !== -1) {
    const qualifier = name.slice(0, colon);
    if (qualifier !== 'ForAnyValue' && qualifier !== 'ForAllValues') return undefined;
    set = qualifier;
    name = name.slice(colon + 1);
  }
  if (name === 'Null') return set ? undefined : 'Null';
  const ifExists = name.endsWith('IfExists');
  if (ifExists) name = name.slice(0, -'IfExists'.length);
  const positive = NEGATED[name] ?? name;
  const compare = POSITIVE[positive];
  return compare ? { compare, negated: positive !== name, ifExists, set } : undefined;
}

function valuesMatch(op: Operator, present: readonly string[], policyValues: readonly string[]): boolean {
  const anyPolicy = (v: string) => policyValues.some((p) => op.compare(v, p));
  const one = (v: string) => (op.negated ? !anyPolicy(v) : anyPolicy(v));
  if (op.set === 'ForAllValues') return present.every(one);
  if (op.set === 'ForAnyValue') return present.some(one);
  return op.negated ? !present.some(anyPolicy) : present.some(anyPolicy);
}

/**
 * True when every operator, and every key under it, matches the context (AND); a key matches
 * when any of its policy values does (OR). An operator this engine does not know (e.g.
 * IpAddress) makes the whole block not match, so its statement does not apply: an Allow
 * grants nothing and a Deny denies nothing.
 */
export function conditionsMatch(block: ConditionBlock | undefined, context: ConditionContext): boolean {
  if (!block) return true;
  const lower = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]]));
  return Object.entries(block).every(([rawOperator, keys]) => {
    const op = parseOperator(rawOperator);
    if (op === undefined) return false;
    return Object.entries(keys).every(([key, raw]) => {
      const policyValues = (Array.isArray(raw) ? raw : [raw]).map(String);
      const present = lower.get(key.toLowerCase());
      if (op === 'Null') return policyValues.some((v) => (v.toLowerCase() === 'true') === (present === undefined));
      if (present === undefined || present.length === 0) {
        return op.ifExists || op.negated || op.set === 'ForAllValues';
      }
      return valuesMatch(op, present, policyValues);
    });
  });
}
