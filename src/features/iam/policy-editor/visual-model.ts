import type { ServiceCatalog } from '../../../api/catalog';

/** One "permission block" of the visual editor: one service, its actions, its resources. */
export type VisualBlock = {
  id: number;
  effect: 'Allow' | 'Deny';
  service?: string;
  /** Canonical action names (GetObject), or 'all' for service:*. */
  actions: string[] | 'all';
  /** 'all' for "*", else the ARNs added with Add ARNs. */
  resources: 'all' | string[];
};

type Statement = { Sid: string; Effect: string; Action: string | string[]; Resource: string | string[] };

const one = (values: string[]) => (values.length === 1 ? values[0]! : values);

export function newBlock(id: number): VisualBlock {
  return { id, effect: 'Allow', actions: [], resources: 'all' };
}

/** Whether an action can be limited to specific resources (it names at least one resource type). */
export function supportsResources(catalog: ServiceCatalog, action: string): boolean {
  return (catalog.actions[action.toLowerCase()]?.resourceTypes.length ?? 0) > 0;
}

/**
 * The JSON the visual editor writes (Sid VisualEditor0, 1, ...). With specific ARNs, actions that take no
 * resource type go to a statement of their own on "*", as the console splits them.
 */
export function blocksToDocument(blocks: VisualBlock[], catalogs: Record<string, ServiceCatalog | undefined>): string {
  const statements: Omit<Statement, 'Sid'>[] = [];
  for (const b of blocks) {
    if (!b.service || (b.actions !== 'all' && b.actions.length === 0)) continue;
    const qualified = (names: string[]) => names.map((a) => `${b.service}:${a}`);
    if (b.actions === 'all' || b.resources === 'all' || b.resources.length === 0) {
      const action = b.actions === 'all' ? `${b.service}:*` : one(qualified(b.actions));
      statements.push({ Effect: b.effect, Action: action, Resource: b.resources === 'all' || b.resources.length === 0 ? '*' : one(b.resources) });
      continue;
    }
    const catalog = catalogs[b.service];
    const scoped = catalog ? b.actions.filter((a) => supportsResources(catalog, a)) : b.actions;
    const unscoped = b.actions.filter((a) => !scoped.includes(a));
    if (scoped.length) statements.push({ Effect: b.effect, Action: one(qualified(scoped)), Resource: one(b.resources) });
    if (unscoped.length) statements.push({ Effect: b.effect, Action: one(qualified(unscoped)), Resource: '*' });
  }
  const Statement = statements.map((s, i) => ({ Sid: `VisualEditor${i}`, ...s }));
  return JSON.stringify({ Version: '2012-10-17', Statement }, null, 4);
}

/** Blocks from JSON, when every statement is one the visual editor can show; undefined otherwise. */
export function documentToBlocks(text: string): VisualBlock[] | undefined {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(text) as { Statement?: unknown };
  } catch {
    return undefined;
  }
  const list = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
  const blocks: VisualBlock[] = [];
  for (const [i, raw] of list.entries()) {
    const s = raw as Record<string, unknown>;
    if (s.Condition || s.NotAction || s.NotResource || s.Principal || (s.Effect !== 'Allow' && s.Effect !== 'Deny')) return undefined;
    const actions = ([] as unknown[]).concat(s.Action ?? []).map(String);
    const services = new Set(actions.map((a) => a.split(':')[0]!.toLowerCase()));
    if (services.size !== 1 || actions.some((a) => !a.includes(':'))) return undefined;
    const names = actions.map((a) => a.slice(a.indexOf(':') + 1));
    const resources = ([] as unknown[]).concat(s.Resource ?? []).map(String);
    blocks.push({
      id: i,
      effect: s.Effect,
      service: [...services][0],
      actions: names.includes('*') ? 'all' : names,
      resources: resources.includes('*') ? 'all' : resources,
    });
  }
  return blocks;
}
