import { operations, type OperationInput, type OperationName } from '../../core/registry';
import { apiInput, memberName, type ArgSpec, type Parsed } from './args';
import { callOrFail } from './call';
import type { CliContext } from './cli-context';
import type { CliCommand } from './command';
import { formatResponse } from './output/format';

/**
 * A paginator as botocore describes it (paginators-1.json): the tokens, the page size member, the result keys
 * it merges (lists joined, numbers such as DynamoDB's Count summed) and the non-aggregate keys it keeps from
 * the first page (null when absent, as the CLI prints DynamoDB's "ConsumedCapacity": null).
 */
export type Paging = { inputToken: string; outputToken: string; limitKey?: string; resultKeys: string[]; nonAggregateKeys?: string[] };

/** An option whose API member is camelCase (CloudWatch Logs), not PascalCase. */
export function camel(name: string, type: ArgSpec['type'] = 'string', required = false): ArgSpec {
  const pascal = memberName(name);
  return { name, type, required, member: pascal.charAt(0).toLowerCase() + pascal.slice(1) };
}

const PAGE_LIMIT = 1000;

/**
 * Calls a paginated operation as the CLI does: every page, then one result holding only the merged
 * result keys (botocore's build_full_result). Giving the token or page-size member yourself turns
 * paging off, and the one response is printed as is, its token included.
 */
export function fetchAllPages<O extends OperationName>(cli: CliContext, operation: O, input: Record<string, unknown>, paging: Paging): Record<string, unknown> {
  if (input[paging.inputToken] !== undefined || (paging.limitKey !== undefined && input[paging.limitKey] !== undefined)) {
    return callOrFail(cli, operation, input as OperationInput<O>) as Record<string, unknown>;
  }
  const full: Record<string, unknown> = {};
  let first: Record<string, unknown> | undefined;
  let token: unknown;
  for (let page = 0; page < PAGE_LIMIT; page++) {
    const output = callOrFail(cli, operation, { ...input, ...(token !== undefined && { [paging.inputToken]: token }) } as OperationInput<O>) as Record<string, unknown>;
    first ??= output;
    for (const key of paging.resultKeys) {
      const value = output[key];
      if (Array.isArray(value)) full[key] = [...((full[key] as unknown[] | undefined) ?? []), ...(value as unknown[])];
      else if (typeof value === 'number') full[key] = ((full[key] as number | undefined) ?? 0) + value;
    }
    token = output[paging.outputToken];
    if (token === undefined || token === '') break;
  }
  for (const key of paging.nonAggregateKeys ?? []) full[key] = first?.[key] ?? null;
  return full;
}

/** A paginated list command: options become input members, the merged pages are printed. */
export function pagedCommand<O extends OperationName>(
  name: string, operation: O, args: ArgSpec[], paging: Paging, output?: (merged: Record<string, unknown>) => unknown,
): CliCommand {
  return {
    name,
    args,
    run(cli: CliContext, parsed: Parsed) {
      const result = fetchAllPages(cli, operation, apiInput(args, parsed), paging);
      return formatResponse(cli, operations[operation].name, output ? output(result) : result);
    },
  };
}
