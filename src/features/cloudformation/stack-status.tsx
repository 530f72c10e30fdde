import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

/**
 * A stack's or resource's status as the console colours it: *_IN_PROGRESS in progress, *_FAILED and
 * ROLLBACK_COMPLETE (a create that failed and was cleaned up) red, DELETE_COMPLETE and DELETE_SKIPPED grey,
 * any other *_COMPLETE green. The status code itself is the text, in both languages.
 */
export function statusType(status: string): StatusIndicatorProps.Type {
  if (status.endsWith('_IN_PROGRESS')) return 'in-progress';
  if (status.endsWith('_FAILED') || status === 'ROLLBACK_COMPLETE') return 'error';
  if (status === 'DELETE_COMPLETE' || status === 'DELETE_SKIPPED') return 'stopped';
  if (status.endsWith('_COMPLETE')) return 'success';
  return 'info';
}

export function StackStatus({ status }: { status: string }) {
  return <StatusIndicator type={statusType(status)}>{status}</StatusIndicator>;
}
