import type { AttributeValue, DynamoItem } from '../../core/world-dynamodb';
import { type DocPath, getPath } from './document-path';
import type { ExpressionContext } from './expression-context';
import { ExpressionParser } from './expression-parser';

/** A ProjectionExpression: document paths separated by commas. */
export function parseProjection(ctx: ExpressionContext, text: string): DocPath[] {
  const parser = new ExpressionParser(ctx, text);
  const paths = [parser.path()];
  while (parser.accept(',')) paths.push(parser.path());
  parser.end();
  return paths;
}

// Builds the projected copy: maps keep the projected keys, lists keep the projected elements in order.
function merge(target: AttributeValue | undefined, path: DocPath, value: AttributeValue): AttributeValue {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const list = [...(target?.L ?? [])];
    list.push(merge(undefined, rest, value));
    return { L: list };
  }
  const map = { ...(target?.M ?? {}) };
  map[step!] = merge(map[step!], rest, value);
  return { M: map };
}

/** The item with only the projected attributes (a missing path is left out). */
export function project(item: DynamoItem, paths: DocPath[] | undefined): DynamoItem {
  if (!paths) return item;
  let result: AttributeValue = { M: {} };
  for (const path of paths) {
    const value = getPath(item, path);
    if (value !== undefined) result = merge(result, path, value);
  }
  return result.M!;
}
