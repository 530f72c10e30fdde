import { z } from 'zod';
import { awsError, type AwsError } from './aws-error';

type Issue = z.ZodError['issues'][number];

/** A string member with the constraint texts AWS uses in its validation messages. */
export function memberString(min: number, max: number, pattern?: { regex: RegExp; text: string }) {
  const base = z
    .string({ error: 'Member must be a string' })
    .min(min, `Member must have length greater than or equal to ${min}`)
    .max(max, `Member must have length less than or equal to ${max}`);
  return pattern ? base.regex(pattern.regex, `Member must satisfy regular expression pattern: ${pattern.text}`) : base;
}

export function memberEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `Member must satisfy enum value set: [${values.join(', ')}]` });
}

// AWS names members in lowerCamelCase ("roleName") and list items 1-based ("instanceIds.1").
function memberPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'input';
  return path
    .map((p) => (typeof p === 'number' ? String(p + 1) : String(p).charAt(0).toLowerCase() + String(p).slice(1)))
    .join('.');
}

function shownValue(input: unknown): string {
  if (input === undefined || input === null) return 'null';
  return `'${typeof input === 'string' ? input : JSON.stringify(input)}'`;
}

function describe(issue: Issue, sensitive: readonly string[]): string {
  const input = (issue as { input?: unknown }).input;
  const constraint = input === undefined && issue.code === 'invalid_type' ? 'Member must not be null' : issue.message;
  // A secret's value is left out, as AWS does for members its API marks sensitive.
  const value = sensitive.includes(String(issue.path[0])) ? '' : ` ${shownValue(input)}`;
  return `Value${value} at '${memberPath(issue.path)}' failed to satisfy constraint: ${constraint}`;
}

/**
 * "1 validation error detected: Value 'a b' at 'roleName' failed to satisfy constraint: ...".
 * IAM, STS and CloudFormation (the query protocol) call it ValidationError; the other services here ValidationException.
 */
export function validationError(
  service: string, operation: string, issues: readonly Issue[], sensitive: readonly string[] = [],
): AwsError {
  const n = issues.length;
  const message = `${n} validation error${n === 1 ? '' : 's'} detected: ${issues.map((i) => describe(i, sensitive)).join('; ')}`;
  const code = service === 'iam' || service === 'sts' || service === 'cloudformation' ? 'ValidationError' : 'ValidationException';
  return awsError(service, operation, code, message, 400);
}
