import type { AwsError } from '../../../cloud/core/aws-error';

/** AWS's message when a validation error names this member (e.g. 'maxSessionDuration'), for its FormField. */
export function fieldError(error: unknown, member: string): string | undefined {
  const e = error as Partial<AwsError> | null;
  return e?.code === 'ValidationError' && e.message?.includes(`at '${member}`) ? e.message : undefined;
}
