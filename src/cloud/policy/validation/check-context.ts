import type { Node } from 'jsonc-parser';
import type { CatalogLookup } from './catalog-lookup';
import type { FindingSink, PolicyType } from './finding';

/** What every check reads: where findings go, the policy type and the catalogue. */
export type CheckContext = { sink: FindingSink; policyType: PolicyType; catalog: CatalogLookup };

/** One statement being checked: its object node, its path ("Statement[0]") and its elements by name. */
export type StatementNode = { node: Node; path: string; element: (name: string) => Node | undefined };
