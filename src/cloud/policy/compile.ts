import { compileConditions, type ConditionInput, type ConditionTest } from './conditions';
import { parsePolicy, statementsOf, type Statement } from './grammar';
import { compilePrincipal, type PrincipalTest } from './principal-match';
import { parseTemplate, resolveTemplate } from './variables';
import { compileGlob, compileResourceMatcher, type Matcher } from './wildcard';

/** A statement made ready to evaluate many times: every pattern compiled once. */
export type CompiledStatement = {
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  /** Tested against the lower-cased action. */
  action: Matcher;
  resource: (resource: string, input: ConditionInput) => boolean;
  /** Undefined for identity-style statements that name no principal. */
  principal: PrincipalTest | undefined;
  condition: ConditionTest | undefined;
};
/**
 * `candidates(service)` lists, in statement order, the statements whose Action can name that
 * service (plus NotAction and wildcard-service ones): one Map lookup skips the rest.
 */
export type CompiledPolicy = { statements: CompiledStatement[]; candidates(service: string): CompiledStatement[] };

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const ANY = () => true;

function anyOf(matchers: Matcher[]): Matcher {
  if (matchers.length === 1) return matchers[0] as Matcher;
  return (v) => {
    for (const m of matchers) if (m(v)) return true;
    return false;
  };
}

function compileAction(s: Statement): Matcher {
  const not = s.NotAction !== undefined;
  const match = anyOf(asList(not ? s.NotAction : s.Action).map((p) => compileGlob(p, true)));
  return not ? (v) => !match(v) : match;
}

// Resource patterns resolved from policy variables, compiled on use.
const resolvedResources = new Map<string, Matcher>();
function resolvedMatcher(pattern: string): Matcher {
  let m = resolvedResources.get(pattern);
  if (!m) {
    if (resolvedResources.size > 1000) resolvedResources.clear();
    m = compileResourceMatcher(pattern);
    resolvedResources.set(pattern, m);
  }
  return m;
}

type ResourceTest = (resource: string, input: ConditionInput) => boolean | undefined; // undefined: unresolved variable

function compileResourcePattern(pattern: string, variables: boolean): ResourceTest {
  const template = variables ? parseTemplate(pattern) : undefined;
  if (!template) {
    const m = compileResourceMatcher(pattern);
    return (r) => m(r);
  }
  return (r, input) => {
    const text = resolveTemplate(template, input, true);
    return text === undefined ? undefined : resolvedMatcher(text)(r);
  };
}

function compileResource(s: Statement, variables: boolean): CompiledStatement['resource'] {
  // No Resource at all occurs in resource policies (e.g. trust policies), where it means "this resource".
  if (s.Resource === undefined && s.NotResource === undefined) return ANY;
  const not = s.NotResource !== undefined;
  const tests = asList(not ? s.NotResource : s.Resource).map((p) => compileResourcePattern(p, variables));
  if (!not && tests.length === 1 && !variables) return tests[0] as CompiledStatement['resource'];
  return (r, input) => {
    let hit = false;
    for (const t of tests) {
      const result = t(r, input);
      if (result === undefined && not) return false; // a NotResource we cannot resolve: the statement does not apply
      if (result === true) {
        if (!not) return true;
        hit = true;
      }
    }
    return not ? !hit : hit;
  };
}

/** The services a statement's Action names, or undefined when it may match any service. */
function servicesOf(s: Statement): Set<string> | undefined {
  if (s.NotAction !== undefined) return undefined;
  const services = new Set<string>();
  for (const pattern of asList(s.Action)) {
    const colon = pattern.indexOf(':');
    const service = colon === -1 ? '' : pattern.slice(0, colon).toLowerCase();
    if (service === '' || /[*?]/.test(service)) return undefined;
    services.add(service);
  }
  return services;
}

function compileStatements(statements: Statement[], variables: boolean): CompiledPolicy {
  const compiled = statements.map((s, index): CompiledStatement => ({
    index,
    sid: s.Sid,
    effect: s.Effect,
    action: compileAction(s),
    resource: compileResource(s, variables),
    principal: compilePrincipal(s.Principal, s.NotPrincipal),
    condition: compileConditions(s.Condition, variables),
  }));
  const serviceSets = statements.map(servicesOf);
  const anyService = compiled.filter((_, i) => serviceSets[i] === undefined);
  const byService = new Map<string, CompiledStatement[]>();
  for (const service of new Set(serviceSets.flatMap((set) => (set ? [...set] : [])))) {
    byService.set(service, compiled.filter((_, i) => serviceSets[i] === undefined || serviceSets[i]?.has(service)));
  }
  return { statements: compiled, candidates: (service) => byService.get(service) ?? anyService };
}

function compileText(text: string): CompiledPolicy | null {
  const result = parsePolicy(text);
  if (!result.ok) return null;
  // Policy variables only exist in Version 2012-10-17; older policies read `${...}` literally.
  return compileStatements(statementsOf(result.policy), result.policy.Version === '2012-10-17');
}

// The same managed policies are evaluated on every request: compile each document once.
const byText = new Map<string, CompiledPolicy | null>();
const byObject = new WeakMap<object, CompiledPolicy | null>();

/** The compiled form of a policy document (JSON text or parsed object); null when it does not parse. */
export function compilePolicy(document: string | object): CompiledPolicy | null {
  if (typeof document === 'string') {
    let compiled = byText.get(document);
    if (compiled === undefined) {
      if (byText.size >= 1000) byText.clear(); // bound the cache; compiling again is cheap
      compiled = compileText(document);
      byText.set(document, compiled);
    }
    return compiled;
  }
  let compiled = byObject.get(document);
  if (compiled === undefined) {
    compiled = compileText(JSON.stringify(document));
    byObject.set(document, compiled);
  }
  return compiled;
}
