import { z } from 'zod';
import type { Node } from 'jsonc-parser';
import { lineStarts, MAX_JSON_DEPTH, positionAt } from './json-position';
import { deepestNode, duplicateKeyNodes, propertyOf, readJson } from './validation/json-tree';
import { messages, POLICY_VERSIONS } from './validation/messages';

// The policy grammar of reference_policies_grammar (facts §3.4). Deeper checks (known actions,
// ARN formats, size limits) belong to validation, not to parsing.
// A value in an error message: strings as they are, anything else as JSON (String() can throw,
// e.g. on {"toString": null}).
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

export const PRINCIPAL_KEYS = ['AWS', 'Federated', 'Service', 'CanonicalUser'] as const;
const StringOrList = z.union([z.string(), z.array(z.string())]);
const PrincipalSchema = z.union(
  [
    z.literal('*'),
    // A record keeps the type indexable by any string; the keys are checked here.
    z.record(z.string(), StringOrList).refine(
      (p) => Object.keys(p).length > 0 && Object.keys(p).every((k) => (PRINCIPAL_KEYS as readonly string[]).includes(k)),
      { message: messages.invalidPrincipalFormat() },
    ),
  ],
  { error: messages.invalidPrincipalFormat() },
);
const ConditionScalar = z.union([z.string(), z.number(), z.boolean()]);
export const ConditionBlockSchema = z.record(
  z.string(), // operator, e.g. "StringEquals" or "ForAnyValue:StringLike"
  z.record(z.string(), z.union([ConditionScalar, z.array(ConditionScalar)])), // key -> value(s)
);
export type ConditionBlock = z.infer<typeof ConditionBlockSchema>;

export const StatementSchema = z
  .strictObject({
    Sid: z.string().optional(),
    Effect: z.enum(['Allow', 'Deny'], {
      error: (iss) => iss.input === undefined ? messages.missingEffect() : messages.invalidEffect(show(iss.input)),
    }),
    Principal: PrincipalSchema.optional(),
    NotPrincipal: PrincipalSchema.optional(),
    Action: StringOrList.optional(),
    NotAction: StringOrList.optional(),
    Resource: StringOrList.optional(),
    NotResource: StringOrList.optional(),
    Condition: ConditionBlockSchema.optional(),
  }, { error: (iss) => iss.code === 'unrecognized_keys' ? messages.invalidPolicyElement(iss.keys.join(', ')) : undefined })
  .superRefine((s, ctx) => {
    const pairs = [['Action', 'NotAction'], ['Resource', 'NotResource'], ['Principal', 'NotPrincipal']] as const;
    for (const [a, b] of pairs) {
      if (s[a] !== undefined && s[b] !== undefined) {
        ctx.addIssue({ code: 'custom', message: messages.unsupportedElementCombination(a, b), path: [b] });
      }
    }
    if (s.Action === undefined && s.NotAction === undefined) {
      ctx.addIssue({ code: 'custom', message: messages.missingAction() });
    }
  });
export type Statement = z.infer<typeof StatementSchema>;

export const PolicyDocumentSchema = z.strictObject({
  Version: z.enum(POLICY_VERSIONS, { error: (iss) => messages.invalidVersion(show(iss.input)) }).optional(),
  Id: z.string().optional(),
  Statement: z.union([StatementSchema, z.array(StatementSchema)], {
    error: (iss) => iss.input === undefined
      ? messages.missingStatement()
      : messages.dataTypeMismatch('Statement', 'a statement object or a list of statements'),
  }),
}, { error: (iss) => iss.code === 'unrecognized_keys' ? messages.invalidPolicyElement(iss.keys.join(', ')) : undefined });
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

export type PolicyParseError = {
  message: string;
  /** 1-based position of the offending node (or of the JSON syntax error). */
  line: number;
  column: number;
  kind: 'syntax' | 'schema';
  /** For schema errors, where in the policy, e.g. "Statement[0].Effect". */
  path?: string;
  /** The offending text: offset (0-based, UTF-16 units) and length. */
  offset: number;
  length: number;
};
export type PolicyParseResult = { ok: true; policy: PolicyDocument } | { ok: false; error: PolicyParseError };

type Issue = z.ZodError['issues'][number];

// A union failure ("Statement" is an object or a list) hides the useful issue inside one of
// its branches: follow the branch whose first issue got deepest into the input, if any did.
function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const firsts = issue.errors.flatMap((branch) => (branch[0] ? [innermost(branch[0])] : []));
  const best = firsts.reduce<Issue | undefined>((a, b) => (!a || b.path.length > a.path.length ? b : a), undefined);
  return best && best.path.length > 0 ? { ...best, path: [...issue.path, ...best.path] } : issue;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** The node an issue is about: an unknown element's key, else the deepest node on its path. */
function issueNode(root: Node, issue: Issue): Node {
  const node = deepestNode(root, issue.path);
  if (issue.code === 'unrecognized_keys') return propertyOf(node, issue.keys[0] ?? '')?.children?.[0] ?? node;
  return node;
}

// Every string token of a JSON text, in order (outside strings a quote only opens a string), and
// whether it is a key. Counting keys this way finds duplicates without building a tree.
const STRING_TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?/g;
function keyTokens(text: string): number {
  let count = 0;
  for (const m of text.matchAll(STRING_TOKEN)) if (m[1]) count++;
  return count;
}
// NaN (never equal to a count) past MAX_JSON_DEPTH, so that the slow path reports the nesting.
function keysIn(value: unknown, depth = 0): number {
  if (depth > MAX_JSON_DEPTH) return NaN;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keysIn(v, depth + 1), 0);
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const v of Object.values(value)) count += 1 + keysIn(v, depth + 1);
  return count;
}

// The slow path, with a jsonc-parser tree: only for text that fails somewhere, to locate the failure.
function locatedFailure(text: string): PolicyParseError | undefined {
  const read = readJson(text);
  const at = (offset: number) => positionAt(lineStarts(text), offset);
  if (read.problem) {
    const { message, offset, length } = read.problem;
    return { message, ...at(offset), kind: 'syntax', offset, length };
  }
  const duplicate = duplicateKeyNodes(read.root)[0];
  if (duplicate) {
    const { offset, length } = duplicate;
    return { message: messages.duplicateKey(String(duplicate.value)), ...at(offset), kind: 'schema', offset, length };
  }
  const result = PolicyDocumentSchema.safeParse(JSON.parse(text));
  if (result.success) return undefined;
  const first = result.error.issues[0];
  const issue = first ? innermost(first) : undefined;
  const node = issue ? issueNode(read.root, issue) : read.root;
  const extra = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  const path = issue ? formatPath([...issue.path, ...extra]) : '';
  return { message: issue?.message ?? 'Invalid policy', ...at(node.offset), kind: 'schema', path, offset: node.offset, length: node.length };
}

/**
 * Parses a policy document from strict JSON text. Every error carries its 1-based line and column
 * and the offending node's offset and length. Valid text takes a fast path (JSON.parse and zod)
 * that builds no tree: managed policies such as ReadOnlyAccess are about 90 KB.
 */
export function parsePolicy(text: string): PolicyParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (json !== undefined && keyTokens(text) === keysIn(json)) {
    const result = PolicyDocumentSchema.safeParse(json);
    if (result.success) return { ok: true, policy: result.data };
  }
  const error = locatedFailure(text);
  if (error) return { ok: false, error };
  // JSON.parse accepted what jsonc-parser rejects or the reverse: trust the slow path's verdict.
  const result = PolicyDocumentSchema.safeParse(json);
  return result.success ? { ok: true, policy: result.data } : { ok: false, error: { message: 'Invalid policy', line: 1, column: 1, kind: 'schema', offset: 0, length: 0 } };
}

/** The statements of a policy as a list (Statement may be a single object). */
export function statementsOf(policy: PolicyDocument): Statement[] {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}
