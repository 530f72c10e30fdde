import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { sameValue } from './attribute-compare';
import { typeOf } from './attribute-value';
import { getPath, setPath } from './document-path';
import { addNumbers } from './dynamodb-number';
import { invalid } from './dynamodb-error';
import type { SetOperand, UpdateAction } from './update-expression';

const WRONG_TYPE = 'An operand in the update expression has an incorrect data type';

function operandValue(item: DynamoItem, operand: SetOperand): AttributeValue {
  switch (operand.kind) {
    case 'value': return operand.value;
    case 'path': {
      const found = getPath(item, operand.path);
      if (found === undefined) throw invalid('The provided expression refers to an attribute that does not exist in the item');
      return found;
    }
    case 'if_not_exists': return getPath(item, operand.path) ?? operandValue(item, operand.fallback);
    case 'list_append': {
      const first = operandValue(item, operand.first);
      const second = operandValue(item, operand.second);
      if (!first.L || !second.L) throw invalid(WRONG_TYPE);
      return { L: [...first.L, ...second.L] };
    }
    default: {
      const left = operandValue(item, operand.left);
      const right = operandValue(item, operand.right);
      if (left.N === undefined || right.N === undefined) throw invalid(WRONG_TYPE);
      return { N: addNumbers(left.N, right.N, operand.kind === '-') };
    }
  }
}

/** ADD to a number adds; to a set, unites; DELETE takes set members away (an emptied set disappears). */
function combine(action: UpdateAction & { kind: 'ADD' | 'DELETE' }, current: AttributeValue | undefined): AttributeValue | undefined {
  const { value } = action;
  if (current === undefined) return action.kind === 'ADD' ? value : undefined;
  const type = typeOf(value);
  if (typeOf(current) !== type) throw invalid(WRONG_TYPE);
  if (type === 'N') return { N: addNumbers(current.N!, value.N!) };
  const members = current[type] as string[];
  const given = value[type] as string[];
  const has = (list: string[], m: string) => list.some((x) => sameValue({ [type.charAt(0)]: x }, { [type.charAt(0)]: m }));
  const result = action.kind === 'ADD'
    ? [...members, ...given.filter((m) => !has(members, m))]
    : members.filter((m) => !has(given, m));
  return result.length > 0 ? { [type]: result } : undefined;
}

/**
 * The item after the update. Every operand reads the item as it was before the update, as in DynamoDB.
 * `changed` names the top-level attributes the update touched (ReturnValues UPDATED_*).
 */
export function applyUpdate(before: DynamoItem, actions: UpdateAction[]): { item: DynamoItem; changed: string[] } {
  const planned = actions.map((a) => ({
    path: a.path,
    value: a.kind === 'SET' ? operandValue(before, a.value) : a.kind === 'REMOVE' ? undefined : combine(a, getPath(before, a.path)),
  }));
  const item = planned.reduce((current, p) => setPath(current, p.path, p.value), before);
  return { item, changed: [...new Set(actions.map((a) => a.path[0] as string))] };
}
