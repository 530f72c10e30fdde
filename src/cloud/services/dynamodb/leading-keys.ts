import type { ConditionContext } from '../../policy/conditions';
import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import { findTable } from './table-store';

/**
 * dynamodb:LeadingKeys, the partition key values a request touches: what a policy limiting a user to
 * "their own" items tests. Absent when the table or the key cannot be read (the handler then reports why).
 */
export function leadingKeys(world: World, ctx: OperationContext, tableName: string, keyOrItem: Record<string, unknown> | undefined): ConditionContext {
  const table = findTable(world, ctx, tableName);
  const value = table && keyOrItem?.[table.keySchema[0]!.AttributeName];
  if (typeof value !== 'object' || value === null) return {};
  const { S, N, B } = value as Record<string, unknown>;
  const text = [S, N, B].find((v) => typeof v === 'string');
  return typeof text === 'string' ? { 'dynamodb:LeadingKeys': [text] } : {};
}
