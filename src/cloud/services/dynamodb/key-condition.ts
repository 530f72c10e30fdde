import type { AttributeValue, DynamoItem, DynamoTable } from '../../core/world-dynamodb';
import { compareScalars } from './attribute-compare';
import { typeOf } from './attribute-value';
import type { Comparator, Condition, Operand } from './condition-expression';
import { invalid } from './dynamodb-error';
import { keyAttributes } from './key-schema';

// What a KeyConditionExpression may say [obs] (dynalite's and other emulators' conformance suites):
// "pk = :v", optionally AND one condition on the sort key (=, <, <=, >, >=, BETWEEN, begins_with).

export type RangeCondition =
  | { op: Exclude<Comparator, '<>'>; value: AttributeValue }
  | { op: 'BETWEEN'; low: AttributeValue; high: AttributeValue }
  | { op: 'begins_with'; value: AttributeValue };
export type KeyCondition = { partitionKey: DynamoItem; range?: RangeCondition };

const bad = (operator: string) => invalid(`Invalid operator used in KeyConditionExpression: ${operator}`);
const FLIPPED: Record<string, Exclude<Comparator, '<>'>> = { '=': '=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function leaves(c: Condition): Condition[] {
  if (c.kind === 'and') return [...leaves(c.left), ...leaves(c.right)];
  if (c.kind === 'or') throw bad('OR');
  if (c.kind === 'not') throw bad('NOT');
  if (c.kind === 'in') throw bad('IN');
  if (c.kind === 'compare' && c.op === '<>') throw bad('<>');
  if (c.kind === 'function' && c.name !== 'begins_with') throw bad(c.name);
  return [c];
}

function attributeOf(operands: Operand[]): { name: string; at: number; values: AttributeValue[] } {
  if (operands.some((o) => o.kind === 'size')) throw invalid('KeyConditionExpressions cannot contain nested operations');
  const paths = operands.flatMap((o, at) => (o.kind === 'path' ? [{ path: o.path, at }] : []));
  if (paths.length > 1) throw invalid('Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition');
  if (paths.length === 0) throw invalid('Invalid condition in KeyConditionExpression: No key attribute specified');
  if (paths[0]!.path.length > 1) throw invalid('KeyConditionExpressions cannot have conditions on nested attributes');
  return { name: paths[0]!.path[0] as string, at: paths[0]!.at, values: operands.flatMap((o) => (o.kind === 'value' ? [o.value] : [])) };
}

function rangeOf(c: Condition): { name: string; range: RangeCondition } {
  if (c.kind === 'compare') {
    const { name, at, values } = attributeOf([c.left, c.right]);
    return { name, range: { op: at === 0 ? c.op as RangeCondition['op'] : FLIPPED[c.op]!, value: values[0]! } as RangeCondition };
  }
  const operands = c.kind === 'between' ? [c.subject, c.low, c.high] : c.kind === 'function' ? c.args : [];
  const { name, at, values } = attributeOf(operands);
  const label = c.kind === 'between' ? 'BETWEEN' : 'begins_with';
  if (at !== 0) throw invalid(`Invalid condition in KeyConditionExpression: ${label} operator must have the key attribute as its first operand`);
  return c.kind === 'between'
    ? { name, range: { op: 'BETWEEN', low: values[0]!, high: values[1]! } }
    : { name, range: { op: 'begins_with', value: values[0]! } };
}

/** The partition key to read and the sort key condition, checked against the table's key schema. */
export function keyCondition(table: DynamoTable, condition: Condition): KeyCondition {
  const conditions = new Map<string, RangeCondition>();
  for (const leaf of leaves(condition)) {
    const { name, range } = rangeOf(leaf);
    if (conditions.has(name)) throw invalid('KeyConditionExpressions must only contain one condition per key');
    conditions.set(name, range);
  }
  const [hash, sort] = keyAttributes(table);
  const onHash = conditions.get(hash!.name);
  if (!onHash) throw invalid(`Query condition missed key schema element: ${hash!.name}`);
  if (onHash.op !== '=' || [...conditions.keys()].some((n) => n !== hash!.name && n !== sort?.name)) throw invalid('Query key condition not supported');
  const onSort = sort ? conditions.get(sort.name) : undefined;
  const values = [onHash.value, ...(onSort ? (onSort.op === 'BETWEEN' ? [onSort.low, onSort.high] : [onSort.value]) : [])];
  const types = [hash!.type, ...(onSort ? values.slice(1).map(() => sort!.type) : [])];
  if (values.some((v, i) => typeOf(v) !== types[i])) throw invalid('One or more parameter values were invalid: Condition parameter type does not match schema type');
  if (onSort?.op === 'BETWEEN' && (compareScalars(onSort.low, onSort.high) ?? 0) > 0) {
    const shown = (v: AttributeValue) => `AttributeValue: {${typeOf(v)}:${Object.values(v)[0] as string}}`;
    throw invalid('Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; '
      + `lower bound operand: ${shown(onSort.low)}, upper bound operand: ${shown(onSort.high)}`);
  }
  return { partitionKey: { [hash!.name]: onHash.value }, ...(onSort && { range: onSort }) };
}

/** Whether a sort key value meets the condition. */
export function meetsRange(range: RangeCondition, v: AttributeValue): boolean {
  if (range.op === 'begins_with') {
    return v.S !== undefined && range.value.S !== undefined ? v.S.startsWith(range.value.S)
      : v.B !== undefined && range.value.B !== undefined && atob(v.B).startsWith(atob(range.value.B));
  }
  const order = (w: AttributeValue) => compareScalars(v, w) ?? NaN;
  switch (range.op) {
    case 'BETWEEN': return order(range.low) >= 0 && order(range.high) <= 0;
    case '=': return order(range.value) === 0;
    case '<': return order(range.value) < 0;
    case '<=': return order(range.value) <= 0;
    case '>': return order(range.value) > 0;
    default: return order(range.value) >= 0;
  }
}
