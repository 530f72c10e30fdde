import { NEGATED_OPERATORS, POSITIVE_OPERATORS, type OperatorSpec, type ValueTest } from './condition-operators';
import type { ConditionBlock } from './grammar';
import { parseTemplate, resolveTemplate, type KeySource, type Template } from './variables';

/** Request context keys (aws:PrincipalArn, s3:prefix, ...). Keys compare case-insensitively. */
export type ConditionContext = Record<string, string | string[]>;

/** What a compiled condition reads from the request; `noteMissing` collects keys it needed and lacked. */
export type ConditionInput = KeySource & { noteMissing(key: string): void };
export type ConditionTest = (input: ConditionInput) => boolean;

type SetOperator = 'ForAnyValue' | 'ForAllValues' | undefined;
type KeyTest = {
  key: string;
  lower: string;
  negated: boolean;
  ifExists: boolean;
  set: SetOperator;
  nullWanted?: boolean[]; // Null: true = "must be absent"
  values: (ValueTest | { template: Template; spec: OperatorSpec })[];
};

const NEVER_MATCHES: ConditionTest = () => false;

function parseOperator(raw: string): { spec: OperatorSpec | 'Null'; negated: boolean; ifExists: boolean; set: SetOperator } | undefined {
  let name = raw;
  let set: SetOperator;
  const colon = name.indexOf(':');
  if (colon !== -1) {
    const qualifier = name.slice(0, colon);
    if (qualifier !== 'ForAnyValue' && qualifier !== 'ForAllValues') return undefined;
    set = qualifier;
    name = name.slice(colon + 1);
  }
  if (name === 'Null') return set ? undefined : { spec: 'Null', negated: false, ifExists: false, set };
  const ifExists = name.endsWith('IfExists');
  if (ifExists) name = name.slice(0, -'IfExists'.length);
  const positive = NEGATED_OPERATORS[name] ?? name;
  const spec = Object.hasOwn(POSITIVE_OPERATORS, positive) ? POSITIVE_OPERATORS[positive] : undefined;
  return spec ? { spec, negated: positive !== name, ifExists, set } : undefined;
}

// Values built from policy variables are compiled on use; keep the recent ones per operator.
const resolvedCache = new WeakMap<OperatorSpec, Map<string, ValueTest>>();
function resolvedTest(spec: OperatorSpec, text: string): ValueTest {
  let cache = resolvedCache.get(spec);
  if (!cache) resolvedCache.set(spec, (cache = new Map()));
  let test = cache.get(text);
  if (!test) {
    if (cache.size > 500) cache.clear();
    test = spec.compile(text);
    cache.set(text, test);
  }
  return test;
}

function keyMatches(k: KeyTest, input: ConditionInput): boolean {
  const present = input.lookup(k.lower);
  const missing = present === undefined || present.length === 0;
  if (k.nullWanted) {
    const ok = k.nullWanted.some((wantAbsent) => wantAbsent === missing);
    if (!ok && missing) input.noteMissing(k.key);
    return ok;
  }
  if (missing) {
    const ok = k.ifExists || k.set === 'ForAllValues' || (k.negated && k.set === undefined);
    if (!ok) input.noteMissing(k.key);
    return ok;
  }
  const tests: ValueTest[] = [];
  for (const v of k.values) {
    if (typeof v === 'function') { tests.push(v); continue; }
    const text = resolveTemplate(v.template, input, v.spec.pattern === true);
    if (text !== undefined) tests.push(resolvedTest(v.spec, text));
  }
  if (tests.length === 0) return false; // every value named a variable the request lacks
  const anyPolicy = (value: string) => tests.some((t) => t(value));
  if (k.set === undefined) return k.negated ? !present.some(anyPolicy) : present.some(anyPolicy);
  const one = (value: string) => (k.negated ? !anyPolicy(value) : anyPolicy(value));
  return k.set === 'ForAllValues' ? present.every(one) : present.some(one);
}

/**
 * Compiles a Condition block: every operator and every key under it must match (AND); a key
 * matches when any of its values does (OR). An unknown operator makes the block never match,
 * so its statement does not apply. Undefined means "no condition".
 */
export function compileConditions(block: ConditionBlock | undefined, variables: boolean): ConditionTest | undefined {
  if (!block || Object.keys(block).length === 0) return undefined;
  const keyTests: KeyTest[] = [];
  for (const [rawOperator, keys] of Object.entries(block)) {
    const op = parseOperator(rawOperator);
    if (!op) return NEVER_MATCHES;
    for (const [key, raw] of Object.entries(keys)) {
      const texts = (Array.isArray(raw) ? raw : [raw]).map(String);
      const base = { key, lower: key.toLowerCase(), negated: op.negated, ifExists: op.ifExists, set: op.set, values: [] };
      if (op.spec === 'Null') {
        keyTests.push({ ...base, nullWanted: texts.map((t) => t.toLowerCase() === 'true') });
        continue;
      }
      const spec = op.spec;
      const values = texts.map((text) => {
        const template = variables && spec.variables ? parseTemplate(text) : undefined;
        return template ? { template, spec } : spec.compile(text);
      });
      keyTests.push({ ...base, values });
    }
  }
  return (input) => {
    let ok = true;
    for (const k of keyTests) if (!keyMatches(k, input)) ok = false; // no short cut: report every missing key
    return ok;
  };
}

/** One-off check of a block against a context (tests, tools). */
export function conditionsMatch(block: ConditionBlock | undefined, context: ConditionContext): boolean {
  const test = compileConditions(block, true);
  if (!test) return true;
  const lower = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v : [v]]));
  return test({ lookup: (k) => lower.get(k), noteMissing: () => undefined });
}
