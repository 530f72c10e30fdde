import { matchesWildcard } from '../wildcard';
import type { CheckContext, StatementNode } from './check-context';
import { closest } from './closest';
import { stringItems } from './json-tree';

const WILDCARD = /[*?]/;
const covers = (pattern: string, action: string) => matchesWildcard(pattern, action, { caseInsensitive: true });

/** Unknown services and actions ("s3:GetObjekt" -> "Did you mean s3:GetObject?"). */
function checkKnown(ctx: CheckContext, items: ReturnType<typeof stringItems>): void {
  for (const { node, value, path } of items) {
    if (value === '*') continue;
    const colon = value.indexOf(':');
    if (colon <= 0) {
      ctx.sink.add('invalidAction', node, path, value, undefined);
      continue;
    }
    const prefix = value.slice(0, colon);
    const name = value.slice(colon + 1);
    if (WILDCARD.test(prefix)) continue;
    if (!ctx.catalog.serviceExists(prefix)) {
      ctx.sink.add('invalidService', node, path, prefix);
      continue;
    }
    const service = ctx.catalog.service(prefix);
    if (!service) continue; // not loaded: nothing to check against
    const exists = WILDCARD.test(name)
      ? Object.values(service.actions).some((a) => covers(name, a.name))
      : service.actions[name.toLowerCase()] !== undefined;
    if (exists) continue;
    const suggestion = WILDCARD.test(name) ? undefined : closest(name, Object.values(service.actions).map((a) => a.name));
    ctx.sink.add('invalidAction', node, path, value, suggestion && `${service.prefix}:${suggestion}`);
  }
}

/** Actions already granted by another entry of the same list (s3:GetObject beside s3:Get*), and repeats. */
function checkRedundant(ctx: CheckContext, items: ReturnType<typeof stringItems>): void {
  const redundant = items.filter((item, i) => items.some((other, j) => {
    if (i === j) return false;
    const same = other.value.toLowerCase() === item.value.toLowerCase();
    return same ? j < i : covers(other.value, item.value);
  }));
  const first = redundant[0];
  if (first) ctx.sink.add('redundantAction', first.node, first.path, redundant.map((r) => r.value));
}

/** iam:PassRole allowed on every resource without iam:PassedToService. */
function checkPassRole(ctx: CheckContext, s: StatementNode, actions: ReturnType<typeof stringItems>): void {
  if (s.element('Effect')?.value !== 'Allow') return;
  if (!actions.some((a) => a.value.toLowerCase().startsWith('iam:') && covers(a.value, 'iam:PassRole'))) return;
  const condition = s.element('Condition');
  const keys = (condition?.children ?? []).flatMap((op) => op.children?.[1]?.children ?? []);
  if (keys.some((k) => String(k.children?.[0]?.value).toLowerCase() === 'iam:passedtoservice')) return;
  const star = stringItems(s.element('Resource'), `${s.path}.Resource`).find((r) => r.value === '*');
  if (star) ctx.sink.add('passRoleWithStar', star.node, star.path);
}

export function checkActions(ctx: CheckContext, s: StatementNode): void {
  for (const name of ['Action', 'NotAction']) {
    const items = stringItems(s.element(name), `${s.path}.${name}`);
    checkKnown(ctx, items);
    checkRedundant(ctx, items);
    if (name === 'Action') checkPassRole(ctx, s, items);
  }
}
