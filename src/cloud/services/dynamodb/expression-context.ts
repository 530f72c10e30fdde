import type { AttributeValue } from '../../core/world-dynamodb';
import { checkValue } from './attribute-value';
import { DynamoFailure, invalid } from './dynamodb-error';

// Common reserved words learners trip over; AWS's full list has 573 (developer guide, "Reserved words").
// Every word here is reserved there, so a name refused here is refused by AWS too.
const RESERVED = new Set(['ACTION', 'ADD', 'ALL', 'AND', 'ATTRIBUTE', 'BETWEEN', 'BY', 'COMMENT', 'COUNT', 'DATA', 'DATE', 'DAY', 'DELETE',
  'DESC', 'DOMAIN', 'END', 'FILE', 'FIRST', 'FROM', 'GROUP', 'HASH', 'IN', 'INDEX', 'ITEM', 'KEY', 'KEYS', 'LANGUAGE',
  'LAST', 'LEVEL', 'LIMIT', 'LIST', 'LOCATION', 'MAP', 'NAME', 'NOT', 'NULL', 'NUMBER', 'OR', 'ORDER', 'OWNER', 'PATH', 'RANGE',
  'REGION', 'ROLE', 'SESSION', 'SET', 'SIZE', 'SOURCE', 'START', 'STATE', 'STATUS', 'STRING', 'TABLE', 'TEXT', 'TIME',
  'TIMESTAMP', 'TOKEN', 'TOTAL', 'TTL', 'TYPE', 'USER', 'USERS', 'VALUE', 'VALUES', 'YEAR', 'ZONE']);

export type ExpressionInput = {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
};

/** The placeholders of one request, shared by all its expressions; tracks which ones were used. */
export type ExpressionContext = {
  label: string;
  name(placeholder: string): string;
  plainName(name: string): string;
  value(placeholder: string): AttributeValue;
};

/** What placeholders stand for while parsing with `syntaxOnly`; type checks let it pass. */
export const STAND_IN: AttributeValue = { S: '' };

/**
 * A context that resolves every name and placeholder without complaint: parsing with it first reports a
 * syntax error before any undefined placeholder or reserved word, as DynamoDB does.
 */
export const syntaxOnly = (label: string): ExpressionContext => ({ label, name: (p) => p, plainName: (n) => n, value: () => STAND_IN });

/**
 * The request's placeholders, checked as DynamoDB checks them before parsing: given without any expression,
 * empty, or with a key of the wrong shape. `finish` then reports the unused ones [obs].
 */
export function expressionContext(input: ExpressionInput, hasExpression: boolean) {
  const names = input.ExpressionAttributeNames;
  const rawValues = input.ExpressionAttributeValues;
  for (const [member, map, prefix] of [['ExpressionAttributeNames', names, '#'], ['ExpressionAttributeValues', rawValues, ':']] as const) {
    if (map === undefined) continue;
    if (!hasExpression) throw invalid(`${member} can only be specified when using expressions`);
    if (Object.keys(map).length === 0) throw invalid(`${member} must not be empty`);
    const bad = Object.keys(map).find((k) => !new RegExp(`^\\${prefix}[A-Za-z0-9_]+$`).test(k));
    if (bad !== undefined) throw invalid(`${member} contains invalid key: Syntax error; key: "${bad}"`);
  }
  const values: Record<string, AttributeValue> = {};
  for (const [key, raw] of Object.entries(rawValues ?? {})) {
    try {
      values[key] = checkValue(raw);
    } catch (e) {
      if (e instanceof DynamoFailure) throw new DynamoFailure(e.code, `ExpressionAttributeValues contains invalid value: ${e.message} for key ${key}`);
      throw e;
    }
  }
  const unusedNames = new Set(Object.keys(names ?? {}));
  const unusedValues = new Set(Object.keys(values));

  const forLabel = (label: string): ExpressionContext => ({
    label,
    name(placeholder) {
      const found = names?.[placeholder];
      if (found === undefined) {
        throw invalid(`Invalid ${label}: An expression attribute name used in the document path is not defined; attribute name: ${placeholder}`);
      }
      unusedNames.delete(placeholder);
      return found;
    },
    plainName(name) {
      if (RESERVED.has(name.toUpperCase())) throw invalid(`Invalid ${label}: Attribute name is a reserved keyword; reserved keyword: ${name}`);
      return name;
    },
    value(placeholder) {
      const found = values[placeholder];
      if (found === undefined) {
        throw invalid(`Invalid ${label}: An expression attribute value used in expression is not defined; attribute value: ${placeholder}`);
      }
      unusedValues.delete(placeholder);
      return found;
    },
  });

  const finish = () => {
    if (unusedNames.size > 0) throw invalid(`Value provided in ExpressionAttributeNames unused in expressions: keys: {${[...unusedNames].join(', ')}}`);
    if (unusedValues.size > 0) throw invalid(`Value provided in ExpressionAttributeValues unused in expressions: keys: {${[...unusedValues].join(', ')}}`);
  };
  return { forLabel, finish };
}
