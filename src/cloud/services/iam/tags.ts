import type { AwsError } from '../../core/aws-error';
import type { Tag } from '../../core/world';
import { invalidInput, limitExceeded } from './iam-errors';

/** Tags per role, user or policy (facts Appendix A). */
export const MAX_TAGS = 50;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Tag keys are case-insensitive in IAM; a request may not name one twice. */
export function duplicateTagKeys(operation: string, tags: readonly Tag[] | undefined): AwsError | undefined {
  const keys = (tags ?? []).map((t) => t.Key.toLowerCase());
  return new Set(keys).size === keys.length
    ? undefined
    : invalidInput(operation, 'Duplicate tag keys found. Please note that Tag keys are case insensitive.');
}

/** The tags after TagRole/TagUser/...: new keys added, existing keys (any case) given the new value. */
export function mergeTags(operation: string, existing: readonly Tag[], added: readonly Tag[]): Tag[] | AwsError {
  const duplicate = duplicateTagKeys(operation, added);
  if (duplicate) return duplicate;
  const kept = existing.filter((t) => !added.some((a) => same(a.Key, t.Key)));
  const merged = [...kept, ...added];
  if (merged.length > MAX_TAGS) return limitExceeded(operation, 'The number of tags has reached the maximum limit.'); // (unconfirmed)
  return merged;
}

export function removeTags(existing: readonly Tag[], keys: readonly string[]): Tag[] {
  return existing.filter((t) => !keys.some((k) => same(k, t.Key)));
}
