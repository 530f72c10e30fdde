import type { AccessLevel, ServiceCatalog } from '../../catalog/catalog-types';
import type { ConditionBlock } from '../grammar';
import { ACCESS_LEVELS } from './compiled-service';

export type LevelCount = { level: AccessLevel; granted: number; total: number };

/**
 * The console's access level summary (access_policies_understand-policy-summary-access-level-summaries):
 * "Full access", or "Full: List, Read Limited: Write", "Limited: Read", ...
 */
export function accessLevelText(levels: LevelCount[]): string {
  const present = levels.filter((l) => l.granted > 0);
  if (present.length === 0) return 'No actions defined';
  if (levels.every((l) => l.granted === l.total)) return 'Full access';
  const full = present.filter((l) => l.granted === l.total).map((l) => l.level);
  const limited = present.filter((l) => l.granted < l.total).map((l) => l.level);
  return [full.length ? `Full: ${full.join(', ')}` : '', limited.length ? `Limited: ${limited.join(', ')}` : '']
    .filter(Boolean).join(' ');
}

export function countLevels(levels: Uint8Array, marks: Uint8Array, totals: number[]): LevelCount[] {
  const granted = ACCESS_LEVELS.map(() => 0);
  for (let i = 0; i < marks.length; i++) {
    if (!marks[i]) continue;
    const k = levels[i] ?? 0;
    granted[k] = (granted[k] ?? 0) + 1;
  }
  return ACCESS_LEVELS.map((level, i) => ({ level, granted: granted[i] ?? 0, total: totals[i] ?? 0 }));
}

// The short names the console's summary shows ("S3", "EC2", "IAM"); (unconfirmed) beyond the
// facts' examples, derived from the catalogue name.
const SHORT_NAMES: Record<string, string> = { sts: 'STS' };
export function shortServiceName(prefix: string, name: string): string {
  const override = SHORT_NAMES[prefix.toLowerCase()];
  if (override) return override;
  const inParentheses = /\(([^)]+)\)\s*$/.exec(name);
  if (inParentheses?.[1]) return inParentheses[1];
  return name.replace(/^(Amazon|AWS)\s+/, '');
}

/** "aws:SourceIp | IpAddress | 10.0.0.0/8" per key; (unconfirmed) the console's exact layout. */
export function conditionLines(block: ConditionBlock | undefined): string[] {
  if (!block) return [];
  return Object.entries(block).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, value]) => `${key} | ${operator} | ${(Array.isArray(value) ? value : [value]).map(String).join(', ')}`));
}

const formatPatterns = new WeakMap<ServiceCatalog, { name: string; strict: RegExp; loose: RegExp }[]>();
function formatRegExp(format: string, lastLoose: boolean): RegExp {
  const parts = format.split(/(\$\{[^}]+\})/);
  const lastVar = parts.map((p) => p.startsWith('${')).lastIndexOf(true);
  const body = parts.map((p, i) => p.startsWith('${')
    ? (lastLoose && i === lastVar ? '.+' : '[^/]+')
    : p.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&')).join('');
  return new RegExp(`^${body}$`, 'i');
}

/** The resource type an ARN (possibly with wildcards) belongs to, from the service's ARN formats. */
export function resourceTypeOf(catalog: ServiceCatalog, arn: string): string | undefined {
  let patterns = formatPatterns.get(catalog);
  if (!patterns) {
    patterns = Object.values(catalog.resourceTypes).flatMap((t) => t.arnFormats.map((f) => ({
      name: t.name, strict: formatRegExp(f, false), loose: formatRegExp(f, true),
    })));
    formatPatterns.set(catalog, patterns);
  }
  return (patterns.find((p) => p.strict.test(arn)) ?? patterns.find((p) => p.loose.test(arn)))?.name;
}
