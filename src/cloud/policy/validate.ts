import type { Node } from 'jsonc-parser';
import { lineStarts, positionAt } from './json-position';
import { type CatalogLookup, sharedCatalog } from './validation/catalog-lookup';
import type { CheckContext } from './validation/check-context';
import { FindingSink, type Finding, type PolicyType } from './validation/finding';
import { duplicateKeyNodes, propertyOf, readJson, valueOf } from './validation/json-tree';
import { POLICY_VERSIONS } from './validation/messages';
import { checkStatement } from './validation/statement-checks';
import { checkSize } from './validation/size-checks';

export type { Finding, PolicyType, Severity } from './validation/finding';
export { preloadServicesFor, servicesUsedBy } from './validation/catalog-lookup';

export type ValidateOptions = {
  policyType: PolicyType;
  /** Character limit, not counting whitespace; defaults per policy type (facts Appendix A). */
  maxSize?: number;
  /** Defaults to the shared catalogue loader: preload with preloadServicesFor(text) first. */
  catalog?: CatalogLookup;
};

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);

function checkDocument(ctx: CheckContext, root: Node): void {
  const { sink } = ctx;
  if (root.type !== 'object') {
    sink.add('dataTypeMismatch', root, '', 'policy', 'a JSON object');
    return;
  }
  for (const property of root.children ?? []) {
    const key = property.children?.[0];
    if (key && !TOP_LEVEL.has(String(key.value))) sink.add('invalidPolicyElement', key, String(key.value), String(key.value));
  }
  const version = valueOf(root, 'Version');
  if (!version) sink.add('missingVersion', { offset: root.offset, length: 1 }, '');
  else if (!(POLICY_VERSIONS as readonly unknown[]).includes(version.value)) {
    sink.add('invalidVersion', version, 'Version', String(version.value));
  }
  const id = valueOf(root, 'Id');
  if (id && id.type !== 'string') sink.add('dataTypeMismatch', id, 'Id', 'Id', 'a string');

  const statement = valueOf(root, 'Statement');
  const list = statement?.type === 'array' ? statement.children ?? [] : statement ? [statement] : [];
  if (!statement || list.length === 0) sink.add('missingStatement', statement ?? propertyOf(root, 'Statement') ?? { offset: root.offset, length: 1 }, 'Statement');
  const sids = new Map<string, number>();
  list.forEach((node, i) => {
    const path = statement?.type === 'array' ? `Statement[${i}]` : 'Statement';
    if (node.type !== 'object') {
      sink.add('dataTypeMismatch', node, path, 'Statement', 'a statement object');
      return;
    }
    checkStatement(ctx, { node, path, element: (name) => valueOf(node, name) });
    const sid = valueOf(node, 'Sid');
    if (sid?.type !== 'string') return;
    if (sids.has(String(sid.value))) {
      // (unconfirmed) which types require unique Sids: resource-based policies and SCPs here.
      const code = ctx.policyType === 'identity' ? 'uniqueSidsRecommended' : 'uniqueSidsRequired';
      sink.add(code, sid, `${path}.Sid`);
    }
    sids.set(String(sid.value), i);
  });
}

/** IAM Access Analyzer-like findings for a policy text, synchronous once its services are loaded. */
export function validatePolicy(text: string, options: ValidateOptions): Finding[] {
  const starts = lineStarts(text);
  const sink = new FindingSink(starts);
  const read = readJson(text);
  if (read.problem) {
    const { offset, length } = read.problem;
    const { line, column } = positionAt(starts, offset);
    sink.add('jsonSyntax', { offset, length }, '', offset, line, column);
    return sink.findings;
  }
  for (const key of duplicateKeyNodes(read.root)) sink.add('duplicateKey', key, '', String(key.value));
  const ctx: CheckContext = { sink, policyType: options.policyType, catalog: options.catalog ?? sharedCatalog };
  checkDocument(ctx, read.root);
  checkSize(ctx, text, options.maxSize);
  return sink.findings;
}
