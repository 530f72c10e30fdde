import type { ServiceCatalog } from '../../catalog/catalog-types';
import { matchesWildcard } from '../wildcard';
import type { CheckContext, StatementNode } from './check-context';
import { isConditionOperator } from './condition-operators';
import { isGlobalConditionKey } from './global-condition-keys';
import { stringItems } from './json-tree';

// A catalogue key such as "s3:RequestObjectTag/<key>" or "aws:ResourceTag/${TagKey}" stands for a
// family: compare up to and including the "/".
function familyOf(key: string): string {
  const slash = key.indexOf('/');
  return slash === -1 ? key : key.slice(0, slash + 1);
}
function supports(keys: Set<string>, key: string): boolean {
  return keys.has(key) || keys.has(familyOf(key));
}

/**
 * The condition keys that the statement's Action entries support (their own and their resource
 * types'), lower-case, with key families cut at "/". Undefined when that cannot be known: "*",
 * NotAction, or a service whose catalogue is not loaded.
 */
function supportedKeys(ctx: CheckContext, s: StatementNode): { keys: Set<string>; services: Set<string> } | undefined {
  if (s.element('NotAction')) return undefined;
  const keys = new Set<string>();
  const services = new Set<string>();
  for (const { value } of stringItems(s.element('Action'), '')) {
    const colon = value.indexOf(':');
    if (colon <= 0) return undefined;
    const service: ServiceCatalog | undefined = ctx.catalog.service(value.slice(0, colon));
    if (!service) return undefined;
    services.add(service.prefix.toLowerCase());
    const name = value.slice(colon + 1);
    for (const action of Object.values(service.actions)) {
      if (!matchesWildcard(name, action.name, { caseInsensitive: true })) continue;
      for (const k of action.conditionKeys) keys.add(familyOf(k.toLowerCase()));
    }
  }
  return { keys, services };
}

/** Operators of the grammar; aws: keys against the global list; service keys against the actions. */
export function checkConditions(ctx: CheckContext, s: StatementNode): void {
  const condition = s.element('Condition');
  if (condition?.type !== 'object') return;
  const actionText = stringItems(s.element('Action'), '').map((a) => a.value).join(', ');
  let supported: ReturnType<typeof supportedKeys> | null = null; // computed on first use
  for (const operatorProperty of condition.children ?? []) {
    const [operatorNode, block] = operatorProperty.children ?? [];
    if (!operatorNode) continue;
    const operator = String(operatorNode.value);
    const operatorPath = `${s.path}.Condition.${operator}`;
    if (!isConditionOperator(operator)) ctx.sink.add('invalidConditionOperator', operatorNode, operatorPath, operator);
    if (block?.type !== 'object') {
      if (block) ctx.sink.add('dataTypeMismatch', block, operatorPath, operator, 'an object of condition keys and values');
      continue;
    }
    for (const keyProperty of block.children ?? []) {
      const keyNode = keyProperty.children?.[0];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      const lower = key.toLowerCase();
      const path = `${operatorPath}.${key}`;
      if (lower.startsWith('aws:')) {
        if (!isGlobalConditionKey(key)) ctx.sink.add('invalidGlobalConditionKey', keyNode, path, key);
        continue;
      }
      const colon = lower.indexOf(':');
      if (colon <= 0 || !ctx.catalog.serviceExists(lower.slice(0, colon))) continue; // e.g. saml:aud, web identity keys
      supported ??= supportedKeys(ctx, s);
      if (supported && !supports(supported.keys, lower)) ctx.sink.add('unknownConditionKey', keyNode, path, key, actionText);
    }
  }
}
