import { cidrContains, parseAddress, parseCidr } from './ip';
import { compileArnConditionMatcher, compileGlob } from './wildcard';

/**
 * The condition operators of reference_policies_elements_condition_operators, each as a
 * compiler from one policy value to a test of one context value. The "Not" forms are the
 * negations of their positive twins and are resolved in conditions.ts.
 */
export type ValueTest = (contextValue: string) => boolean;
export type OperatorSpec = {
  compile: (policyValue: string) => ValueTest;
  /** Policy variables are substituted in string and ARN comparisons only. */
  variables: boolean;
  /** The value is a pattern: variable values are kept literal. */
  pattern?: boolean;
};

const NEVER: ValueTest = () => false;

function toTime(value: string): number {
  const v = value.trim();
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) * 1000 : Date.parse(v); // epoch seconds or ISO 8601
}
const toNumber = (v: string) => (v.trim() === '' ? NaN : Number(v));

function ordered(parse: (v: string) => number, test: (ctx: number, policy: number) => boolean): OperatorSpec {
  return {
    variables: false,
    compile: (policyValue) => {
      const p = parse(policyValue);
      if (Number.isNaN(p)) return NEVER;
      return (v) => {
        const c = parse(v);
        return !Number.isNaN(c) && test(c, p);
      };
    },
  };
}

function family(parse: (v: string) => number, prefix: string): Record<string, OperatorSpec> {
  return {
    [`${prefix}Equals`]: ordered(parse, (a, b) => a === b),
    [`${prefix}LessThan`]: ordered(parse, (a, b) => a < b),
    [`${prefix}LessThanEquals`]: ordered(parse, (a, b) => a <= b),
    [`${prefix}GreaterThan`]: ordered(parse, (a, b) => a > b),
    [`${prefix}GreaterThanEquals`]: ordered(parse, (a, b) => a >= b),
  };
}

export const POSITIVE_OPERATORS: Record<string, OperatorSpec> = {
  StringEquals: { variables: true, compile: (p) => (v) => v === p },
  StringEqualsIgnoreCase: { variables: true, compile: (p) => { const l = p.toLowerCase(); return (v) => v.toLowerCase() === l; } },
  StringLike: { variables: true, pattern: true, compile: (p) => compileGlob(p) },
  ArnEquals: { variables: true, pattern: true, compile: compileArnConditionMatcher },
  ArnLike: { variables: true, pattern: true, compile: compileArnConditionMatcher },
  Bool: { variables: false, compile: (p) => { const l = p.toLowerCase(); return (v) => v.toLowerCase() === l; } },
  BinaryEquals: { variables: false, compile: (p) => (v) => v === p }, // both sides base64
  IpAddress: {
    variables: false,
    compile: (p) => {
      const cidr = parseCidr(p);
      if (!cidr) return NEVER;
      return (v) => {
        const address = parseAddress(v.trim());
        return address !== undefined && cidrContains(cidr, address);
      };
    },
  },
  ...family(toNumber, 'Numeric'),
  ...family(toTime, 'Date'),
};

/** Negated operator -> its positive twin. */
export const NEGATED_OPERATORS: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
};
