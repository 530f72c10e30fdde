import Alert from '@cloudscape-design/components/alert';
import type { AwsError } from '../cloud/core/aws-error';

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as AwsError).message);
  return String(error);
}

/** Where a table or panel would be, the AWS error text exactly as the console shows it. */
export function AwsErrorAlert({ error }: { error: unknown }) {
  return (
    <Alert type="error" data-testid="aws-error">
      {messageOf(error)}
    </Alert>
  );
}
