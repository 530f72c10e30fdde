import type { AccessLevel } from '../catalog/catalog-types';
import { parsePolicy, statementsOf, type PolicyDocument, type Statement } from './grammar';
import { type CatalogLookup, sharedCatalog } from './validation/catalog-lookup';
import { compileService, markMatches, wildcardRegExp, type CompiledService } from './summary/compiled-service';
import { accessLevelText, conditionLines, countLevels, resourceTypeOf, shortServiceName } from './summary/describe';

export { preloadServicesFor, servicesUsedBy } from './validation/catalog-lookup';

// The policy summary of the console's "Permissions defined in this policy" (facts §3.2): one row
// per service and effect, Allow rows before Deny rows (the console's "Explicit deny" section).

export type SummaryResource = { arn: string; resourceType?: string };
export type ServiceSummaryRow = {
  effect: 'Allow' | 'Deny';
  prefix: string;
  /** Catalogue name ("Amazon S3"); the prefix itself for an unknown service. */
  name: string;
  /** The name the summary table shows ("S3"). */
  shortName: string;
  /** recognized; unrecognized-service: IAM does not know it; not-loaded: its catalogue was not preloaded. */
  status: 'recognized' | 'unrecognized-service' | 'not-loaded';
  /** "Full access", "Full: List Limited: Read", "Limited: Read, Write", "No actions defined", or "" when unknown. */
  accessLevel: string;
  levels: { level: AccessLevel; granted: number; total: number }[];
  /** "All resources", or the ARNs (with their resource types); "All resources except ..." for NotResource. (unconfirmed) layout */
  resource: string;
  resources: SummaryResource[] | 'all';
  /** "None", or one "key | operator | values" line per condition, joined by "; ". */
  requestCondition: string;
  conditions: string[];
  /** Action patterns of this service that match no action (or every pattern, for an unknown service). */
  unrecognizedActions: string[];
};

type Builder = {
  effect: 'Allow' | 'Deny'; prefix: string; service?: CompiledService; status: ServiceSummaryRow['status'];
  marks: Uint8Array; statements: Set<Statement>; unrecognized: string[];
};
const byName = new Intl.Collator('en', { sensitivity: 'base' }); // one collator: localeCompare with options builds one per call
const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function split(pattern: string): { service: string; name: string } {
  if (pattern === '*') return { service: '*', name: '*' };
  const colon = pattern.indexOf(':');
  return colon === -1 ? { service: pattern, name: '' } : { service: pattern.slice(0, colon), name: pattern.slice(colon + 1) };
}

class Summarizer {
  private readonly builders = new Map<string, Builder>();
  constructor(private readonly catalog: CatalogLookup) {}

  private builder(effect: Builder['effect'], prefix: string): Builder {
    const key = `${effect}|${prefix.toLowerCase()}`;
    let b = this.builders.get(key);
    if (!b) {
      const loaded = this.catalog.service(prefix);
      const service = loaded && compileService(loaded);
      const status = service ? 'recognized' : this.catalog.serviceExists(prefix) ? 'not-loaded' : 'unrecognized-service';
      b = { effect, prefix: service?.catalog.prefix ?? prefix.toLowerCase(), service, status, marks: new Uint8Array(service?.names.length ?? 0), statements: new Set(), unrecognized: [] };
      this.builders.set(key, b);
    }
    return b;
  }

  private prefixesMatching(servicePattern: string): string[] {
    if (!/[*?]/.test(servicePattern)) return [servicePattern];
    const re = wildcardRegExp(servicePattern.toLowerCase());
    return this.catalog.prefixes().filter((p) => re.test(p.toLowerCase()));
  }

  add(s: Statement): void {
    if (s.Action !== undefined) {
      for (const pattern of asList(s.Action)) {
        const { service, name } = split(pattern);
        for (const prefix of this.prefixesMatching(service)) {
          const b = this.builder(s.Effect, prefix);
          b.statements.add(s);
          if (!b.service) b.unrecognized.push(pattern);
          else if (markMatches(b.service, name, b.marks) === 0 && !/[*?]/.test(service)) b.unrecognized.push(pattern);
        }
      }
      return;
    }
    // NotAction: every action of every (loaded) service except the listed ones.
    const excluded = asList(s.NotAction).map(split);
    for (const prefix of this.catalog.prefixes()) {
      const loaded = this.catalog.service(prefix);
      if (!loaded) continue;
      const service = compileService(loaded);
      const marks = new Uint8Array(service.names.length).fill(1);
      const lower = prefix.toLowerCase();
      for (const x of excluded) if (wildcardRegExp(x.service.toLowerCase()).test(lower)) markMatches(service, x.name, marks, 0);
      if (!marks.includes(1)) continue;
      const b = this.builder(s.Effect, prefix);
      b.statements.add(s);
      marks.forEach((m, i) => { if (m) b.marks[i] = 1; });
    }
  }

  rows(): ServiceSummaryRow[] {
    return [...this.builders.values()].map((b) => this.row(b)).sort((x, y) =>
      x.effect !== y.effect ? (x.effect === 'Allow' ? -1 : 1)
        : x.status !== y.status ? (x.status === 'recognized' ? -1 : y.status === 'recognized' ? 1 : 0)
          : byName.compare(x.shortName, y.shortName));
  }

  private row(b: Builder): ServiceSummaryRow {
    const name = this.catalog.serviceName(b.prefix) ?? b.prefix;
    const levels = b.service ? countLevels(b.service.levels, b.marks, b.service.totals) : [];
    const statements = [...b.statements];
    const resources = this.resources(b, statements);
    const conditions = [...new Set(statements.flatMap((s) => conditionLines(s.Condition)))];
    return {
      effect: b.effect, prefix: b.prefix, name, shortName: shortServiceName(b.prefix, name), status: b.status,
      accessLevel: b.service ? accessLevelText(levels) : '', levels,
      resource: resources.text, resources: resources.list,
      requestCondition: conditions.length ? conditions.join('; ') : 'None', conditions,
      unrecognizedActions: b.unrecognized,
    };
  }

  private resources(b: Builder, statements: Statement[]): { text: string; list: SummaryResource[] | 'all' } {
    const excluded = statements.flatMap((s) => asList(s.NotResource));
    const all = statements.some((s) => s.NotResource === undefined && (s.Resource === undefined || asList(s.Resource).includes('*')));
    if (all) return { text: 'All resources', list: 'all' };
    const arns = [...new Set(statements.flatMap((s) => asList(s.Resource)))].filter((arn) => {
      const service = arn.split(':')[2] ?? '';
      return service === '' || /[*?]/.test(service) || service.toLowerCase() === b.prefix.toLowerCase();
    });
    if (excluded.length && !statements.some((s) => s.Resource !== undefined)) {
      return { text: `All resources except ${excluded.join(', ')}`, list: 'all' }; // (unconfirmed) wording
    }
    const catalog = b.service?.catalog;
    const list = arns.map((arn) => {
      const resourceType = catalog && resourceTypeOf(catalog, arn);
      return resourceType ? { arn, resourceType } : { arn };
    });
    const text = list.length ? list.map((r) => (r.resourceType ? `${r.resourceType} | ${r.arn}` : r.arn)).join(', ') : 'No resources';
    return { text, list };
  }
}

/**
 * Summarises a policy (document or JSON text) per service. Synchronous: preload the services
 * first (preloadServicesFor, or loadAllServices for "*" and NotAction). Unparsable text gives [].
 */
export function summarizePolicy(policy: PolicyDocument | string, options: { catalog?: CatalogLookup } = {}): ServiceSummaryRow[] {
  let document: PolicyDocument;
  if (typeof policy === 'string') {
    const parsed = parsePolicy(policy);
    if (!parsed.ok) return [];
    document = parsed.policy;
  } else {
    document = policy;
  }
  const summarizer = new Summarizer(options.catalog ?? sharedCatalog);
  for (const s of statementsOf(document)) summarizer.add(s);
  return summarizer.rows();
}
