import { z } from 'zod';
import { findJsonSyntaxError } from './json-position';

// The policy grammar of reference_policies_grammar (facts §3.4). Deeper checks (known actions,
// ARN formats, size limits) belong to validation, not to parsing.
const StringOrList = z.union([z.string(), z.array(z.string())]);
const PrincipalSchema = z.union([z.literal('*'), z.record(z.string(), StringOrList)]);
const ConditionScalar = z.union([z.string(), z.number(), z.boolean()]);
export const ConditionBlockSchema = z.record(
  z.string(), // operator, e.g. "StringEquals" or "ForAnyValue:StringLike"
  z.record(z.string(), z.union([ConditionScalar, z.array(ConditionScalar)])), // key -> value(s)
);
export type ConditionBlock = z.infer<typeof ConditionBlockSchema>;

export const StatementSchema = z
  .strictObject({
    Sid: z.string().optional(),
    Effect: z.enum(['Allow', 'Deny'], { error: 'The effect is not valid. Use Allow or Deny.' }),
    Principal: PrincipalSchema.optional(),
    NotPrincipal: PrincipalSchema.optional(),
    Action: StringOrList.optional(),
    NotAction: StringOrList.optional(),
    Resource: StringOrList.optional(),
    NotResource: StringOrList.optional(),
    Condition: ConditionBlockSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const pairs = [['Action', 'NotAction'], ['Resource', 'NotResource'], ['Principal', 'NotPrincipal']] as const;
    for (const [a, b] of pairs) {
      if (s[a] !== undefined && s[b] !== undefined) {
        ctx.addIssue({ code: 'custom', message: `A statement cannot have both ${a} and ${b}.`, path: [b] });
      }
    }
    if (s.Action === undefined && s.NotAction === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Add an Action or NotAction element to the policy statement.' });
    }
  });
export type Statement = z.infer<typeof StatementSchema>;

export const PolicyDocumentSchema = z.strictObject({
  Version: z.enum(['2012-10-17', '2008-10-17']).optional(),
  Id: z.string().optional(),
  Statement: z.union([StatementSchema, z.array(StatementSchema)]),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

export type PolicyParseError = {
  message: string;
  /** 1-based position; for a schema error, the start of the text. */
  line: number;
  column: number;
  kind: 'syntax' | 'schema';
  /** For schema errors, where in the policy, e.g. "Statement[0].Effect". */
  path?: string;
};
export type PolicyParseResult = { ok: true; policy: PolicyDocument } | { ok: false; error: PolicyParseError };

type Issue = z.ZodError['issues'][number];

// A union failure ("Statement" is an object or a list) hides the useful issue inside one of
// its branches: follow the branch whose first issue got deepest into the input.
function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const firsts = issue.errors.flatMap((branch) => (branch[0] ? [innermost(branch[0])] : []));
  const best = firsts.reduce<Issue | undefined>((a, b) => (!a || b.path.length > a.path.length ? b : a), undefined);
  return best ? { ...best, path: [...issue.path, ...best.path] } : issue;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

export function parsePolicy(text: string): PolicyParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const found = findJsonSyntaxError(text) ?? { line: 1, column: 1, message: 'Invalid JSON' };
    return { ok: false, error: { message: found.message, line: found.line, column: found.column, kind: 'syntax' } };
  }
  const result = PolicyDocumentSchema.safeParse(json);
  if (result.success) return { ok: true, policy: result.data };
  const first = result.error.issues[0];
  const issue = first && innermost(first);
  const path = issue ? formatPath(issue.path) : '';
  return {
    ok: false,
    error: { message: issue?.message ?? 'Invalid policy', line: 1, column: 1, kind: 'schema', path },
  };
}

/** The statements of a policy as a list (Statement may be a single object). */
export function statementsOf(policy: PolicyDocument): Statement[] {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}
