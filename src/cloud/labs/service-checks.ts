import type { World } from '../core/world';
import type { Check } from './lab-schema';
import { observe, type LabContext } from './lab-observer';

// The checks on what services made: a function and its code, a stack, a table. Each reads through dispatch.

export function functionHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'function' }>): boolean {
  const functions = observe(world, ctx, 'lambda:ListFunctions', {})?.Functions ?? [];
  return functions.some((f) => (!check.functionName || f.FunctionName === check.functionName)
    && (!check.roleNamePrefix || (f.Role.split('/').pop() ?? '').startsWith(check.roleNamePrefix))
    && (!check.code || f.Behaviour === check.code));
}

export function stackHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'stack' }>): boolean {
  const stack = observe(world, ctx, 'cloudformation:DescribeStacks', { StackName: check.stackName })?.Stacks[0];
  if (!stack) return false;
  if (check.status && stack.StackStatus !== check.status) return false;
  return !check.roleName || stack.RoleARN?.split('/').pop() === check.roleName;
}

export function tableHolds(world: World, ctx: LabContext, check: Extract<Check, { type: 'table' }>): boolean {
  const table = observe(world, ctx, 'dynamodb:DescribeTable', { TableName: check.tableName })?.Table;
  if (!table) return false;
  if (check.partitionKey && !table.KeySchema?.some((k) => k.KeyType === 'HASH' && k.AttributeName === check.partitionKey)) return false;
  return !check.hasItems || (observe(world, ctx, 'dynamodb:Scan', { TableName: check.tableName, Limit: 1 })?.Count ?? 0) > 0;
}
