import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { compareScalars, sameValue, sizeOf } from './attribute-compare';
import { typeOf } from './attribute-value';
import type { Condition, Operand } from './condition-expression';
import { getPath } from './document-path';

function operandValue(item: DynamoItem | undefined, operand: Operand): AttributeValue | undefined {
  if (operand.kind === 'value') return operand.value;
  const value = getPath(item, operand.path);
  if (operand.kind === 'path' || value === undefined) return value;
  const size = sizeOf(value);
  return size === undefined ? undefined : { N: String(size) };
}

function compare(op: string, a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (op === '=' || op === '<>') return (a !== undefined && b !== undefined && sameValue(a, b)) === (op === '=');
  if (a === undefined || b === undefined) return false;
  const order = compareScalars(a, b);
  if (order === undefined) return false;
  return op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0;
}

function contains(haystack: AttributeValue, needle: AttributeValue): boolean {
  if (haystack.S !== undefined) return needle.S !== undefined && haystack.S.includes(needle.S);
  if (haystack.L) return haystack.L.some((e) => sameValue(e, needle));
  // A set contains a scalar of its element type ({SS} holds {S} values).
  const set = haystack.SS ?? haystack.NS ?? haystack.BS;
  return set !== undefined && set.some((e) => sameValue({ [typeOf(haystack).charAt(0)]: e }, needle));
}

/** Whether the item (undefined: there is none) satisfies the condition. */
export function evaluate(condition: Condition, item: DynamoItem | undefined): boolean {
  const value = (o: Operand) => operandValue(item, o);
  switch (condition.kind) {
    case 'and': return evaluate(condition.left, item) && evaluate(condition.right, item);
    case 'or': return evaluate(condition.left, item) || evaluate(condition.right, item);
    case 'not': return !evaluate(condition.operand, item);
    case 'compare': return compare(condition.op, value(condition.left), value(condition.right));
    case 'between': {
      const v = value(condition.subject);
      return compare('>=', v, value(condition.low)) && compare('<=', v, value(condition.high));
    }
    case 'in': {
      const v = value(condition.subject);
      return condition.options.some((o) => compare('=', v, value(o)));
    }
    case 'function': {
      const [first, second] = condition.args.map(value);
      switch (condition.name) {
        case 'attribute_exists': return first !== undefined;
        case 'attribute_not_exists': return first === undefined;
        case 'attribute_type': return first !== undefined && second?.S === typeOf(first);
        case 'begins_with': {
          if (first === undefined || second === undefined) return false;
          if (first.S !== undefined && second.S !== undefined) return first.S.startsWith(second.S);
          return first.B !== undefined && second.B !== undefined && atob(first.B).startsWith(atob(second.B));
        }
        default: return first !== undefined && second !== undefined && contains(first, second);
      }
    }
  }
}
