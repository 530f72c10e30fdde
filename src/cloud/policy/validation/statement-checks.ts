import type { Node } from 'jsonc-parser';
import { PRINCIPAL_KEYS } from '../grammar';
import type { CheckContext, StatementNode } from './check-context';
import { checkActions } from './action-checks';
import { checkConditions } from './condition-checks';
import { checkResources } from './resource-checks';

const ELEMENTS = new Set(['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
const PAIRS = [['Action', 'NotAction'], ['Resource', 'NotResource'], ['Principal', 'NotPrincipal']] as const;

function checkPrincipal(ctx: CheckContext, name: string, value: Node, path: string): void {
  const valid = value.type === 'string'
    ? value.value === '*'
    : value.type === 'object' && (value.children?.length ?? 0) > 0 && (value.children ?? []).every((p) => {
      const [key, v] = p.children ?? [];
      const okKey = (PRINCIPAL_KEYS as readonly string[]).includes(String(key?.value));
      const okValue = v?.type === 'string' || (v?.type === 'array' && (v.children ?? []).every((c) => c.type === 'string'));
      return okKey && okValue;
    });
  if (!valid) ctx.sink.add('invalidPrincipalFormat', value, `${path}.${name}`);
}

function checkElements(ctx: CheckContext, s: StatementNode): void {
  const { sink, policyType } = ctx;
  for (const property of s.node.children ?? []) {
    const key = property.children?.[0];
    if (key && !ELEMENTS.has(String(key.value))) sink.add('invalidPolicyElement', key, `${s.path}.${String(key.value)}`, String(key.value));
  }
  for (const [a, b] of PAIRS) {
    const second = s.element(b);
    if (s.element(a) && second) sink.add('unsupportedElementCombination', second.parent ?? second, `${s.path}.${b}`, a, b);
  }
  const effect = s.element('Effect');
  if (!effect) sink.add('missingEffect', s.node, s.path);
  else if (effect.value !== 'Allow' && effect.value !== 'Deny') sink.add('invalidEffect', effect, `${s.path}.Effect`, String(effect.value));
  if (!s.element('Action') && !s.element('NotAction')) sink.add('missingAction', s.node, s.path);

  const hasResource = s.element('Resource') ?? s.element('NotResource');
  if (policyType === 'role-trust' && hasResource) {
    sink.add('trustPolicyResource', hasResource.parent ?? hasResource, `${s.path}.${s.element('Resource') ? 'Resource' : 'NotResource'}`);
  } else if (policyType !== 'role-trust' && !hasResource) {
    sink.add('missingResource', s.node, s.path);
  }

  const principals = (['Principal', 'NotPrincipal'] as const).flatMap((name) => {
    const node = s.element(name);
    return node ? [{ name, node }] : [];
  });
  const principalAllowed = policyType === 'resource' || policyType === 'role-trust';
  for (const { name, node } of principals) {
    if (!principalAllowed) sink.add('unsupportedPrincipal', node.parent ?? node, `${s.path}.${name}`);
    else checkPrincipal(ctx, name, node, s.path);
  }
  if (principalAllowed && principals.length === 0) sink.add('missingPrincipal', s.node, s.path);
  const notPrincipal = s.element('NotPrincipal');
  if (notPrincipal && effect?.value === 'Allow' && principalAllowed) {
    sink.add('allowWithNotPrincipal', notPrincipal.parent ?? notPrincipal, `${s.path}.NotPrincipal`);
  }
}

function checkTypes(ctx: CheckContext, s: StatementNode): void {
  const expectations: [string, string, (n: Node) => boolean][] = [
    ['Sid', 'a string', (n) => n.type === 'string'],
    ['Condition', 'an object', (n) => n.type === 'object'],
  ];
  const stringOrList = (n: Node) => n.type === 'string' || (n.type === 'array' && (n.children ?? []).every((c) => c.type === 'string'));
  for (const name of ['Action', 'NotAction', 'Resource', 'NotResource']) expectations.push([name, 'a string or a list of strings', stringOrList]);
  for (const [name, expected, test] of expectations) {
    const node = s.element(name);
    if (node && !test(node)) ctx.sink.add('dataTypeMismatch', node, `${s.path}.${name}`, name, expected);
  }
}

/** Every check on one statement object. */
export function checkStatement(ctx: CheckContext, s: StatementNode): void {
  checkElements(ctx, s);
  checkTypes(ctx, s);
  checkActions(ctx, s);
  checkResources(ctx, s);
  checkConditions(ctx, s);
}
