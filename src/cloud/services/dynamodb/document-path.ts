import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { invalid } from './dynamodb-error';

/** A document path: an attribute name, then map keys and list indexes ("a.b[2]" is ['a', 'b', 2]). */
export type DocPath = (string | number)[];

export function getPath(item: DynamoItem | undefined, path: DocPath): AttributeValue | undefined {
  let value: AttributeValue | undefined = item ? item[path[0] as string] : undefined;
  for (const step of path.slice(1)) {
    if (value === undefined) return undefined;
    value = typeof step === 'number' ? value.L?.[step] : value.M?.[step];
  }
  return value;
}

const INVALID_FOR_UPDATE = 'The document path provided in the update expression is invalid for update';

/** A copy of `container` with `change` applied at `path` (a map or list on the way must exist). */
function changeIn(container: AttributeValue, path: DocPath, change: (v: AttributeValue | undefined) => AttributeValue | undefined): AttributeValue {
  const [step, ...rest] = path;
  const child = (typeof step === 'number' ? container.L?.[step] : container.M?.[step as string]);
  if (rest.length > 0 && child === undefined) throw invalid(INVALID_FOR_UPDATE);
  const next = rest.length > 0 ? changeIn(child!, rest, change) : change(child);
  if (typeof step === 'number') {
    if (!container.L) throw invalid(INVALID_FOR_UPDATE);
    const list = [...container.L];
    // Setting past the end appends, and removing a missing element is a no-op, as in DynamoDB.
    if (next === undefined) list.splice(step, step < list.length ? 1 : 0);
    else if (step < list.length) list[step] = next;
    else list.push(next);
    return { L: list };
  }
  if (!container.M) throw invalid(INVALID_FOR_UPDATE);
  const map = { ...container.M };
  if (next === undefined) delete map[step as string];
  else map[step as string] = next;
  return { M: map };
}

/** A new item with the value at `path` set (undefined: removed). */
export function setPath(item: DynamoItem, path: DocPath, value: AttributeValue | undefined): DynamoItem {
  return changeIn({ M: item }, path, () => value).M!;
}

/** "a.b[2]", for messages. */
export const pathText = (path: DocPath) => path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');

/** Whether one path is the other or lies inside it (DynamoDB's "overlap"). */
export const overlaps = (a: DocPath, b: DocPath) => a.slice(0, Math.min(a.length, b.length)).every((s, i) => s === b[i]);
