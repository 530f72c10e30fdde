import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { DynamoFailure, invalid } from './dynamodb-error';
import { normalizeNumber } from './dynamodb-number';
import { isRecord } from '../../core/is-record';

export type AttributeType = keyof AttributeValue;
const TYPES: AttributeType[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'];

/** The one member a checked value has. */
export const typeOf = (value: AttributeValue): AttributeType => Object.keys(value)[0] as AttributeType;

// The JSON parser's answer to a member of the wrong JSON type: "NUMBER_VALUE cannot be converted to String"
// is [obs]; the other wordings follow it (unconfirmed).
function serialization(found: unknown, wanted: string): DynamoFailure {
  const kind = typeof found === 'number' ? 'NUMBER_VALUE' : typeof found === 'string' ? 'STRING_VALUE'
    : typeof found === 'boolean' ? 'BOOLEAN_VALUE' : Array.isArray(found) ? 'START_ARRAY' : 'START_OBJECT';
  return new DynamoFailure('SerializationException', `${kind} cannot be converted to ${wanted}`);
}

function text(v: unknown, wanted = 'String'): string {
  if (typeof v !== 'string') throw serialization(v, wanted);
  return v;
}

function base64(v: unknown): string {
  const s = text(v, 'Blob');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    throw new DynamoFailure('SerializationException', 'Base64 encoded length is expected a multiple of 4 bytes'); // (unconfirmed)
  }
  return s;
}

function list(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw serialization(v, 'List');
  return v;
}

// Set rules [obs] (captured by DynamoDB emulators' conformance suites): no empty set, no duplicates.
function set(kind: 'SS' | 'NS' | 'BS', raw: unknown): string[] {
  const values = list(raw).map((v) => (kind === 'NS' ? normalizeNumber(text(v)) : kind === 'BS' ? base64(v) : text(v)));
  if (values.length === 0) {
    throw invalid(kind === 'BS' ? 'One or more parameter values were invalid: Binary sets should not be empty'
      : `One or more parameter values were invalid: An ${kind === 'SS' ? 'string' : 'number'} set  may not be empty`);
  }
  if (new Set(values).size !== values.length) {
    throw invalid(kind === 'SS' ? `One or more parameter values were invalid: Input collection [${values.join(', ')}] contains duplicates.`
      : 'Input collection contains duplicates');
  }
  return values;
}

/** A request's AttributeValue, checked and normalised (numbers in canonical form), or DynamoDB's error. */
export function checkValue(raw: unknown): AttributeValue {
  const present = isRecord(raw) ? TYPES.filter((t) => raw[t] !== undefined && raw[t] !== null) : [];
  if (present.length === 0) throw invalid('Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
  if (present.length > 1) throw invalid('Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes');
  const type = present[0]!;
  const v = (raw as Record<string, unknown>)[type];
  switch (type) {
    case 'S': return { S: text(v) };
    case 'N': return { N: normalizeNumber(text(v)) };
    case 'B': return { B: base64(v) };
    case 'BOOL':
      if (typeof v !== 'boolean') throw serialization(v, 'Boolean');
      return { BOOL: v };
    case 'NULL':
      if (v !== true) throw invalid('One or more parameter values were invalid: Null attribute value types must have the value of true');
      return { NULL: true };
    case 'M':
      if (!isRecord(v)) throw serialization(v, 'Map');
      return { M: checkItem(v) };
    case 'L': return { L: list(v).map(checkValue) };
    default: return { [type]: set(type, v) };
  }
}

/** An item or key: every value checked. */
export function checkItem(raw: Record<string, unknown>): DynamoItem {
  return Object.fromEntries(Object.entries(raw).map(([name, v]) => [name, checkValue(v)]));
}
