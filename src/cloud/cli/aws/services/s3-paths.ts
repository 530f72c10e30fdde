import { formatCliError, type AwsError } from '../../../core/aws-error';

export type S3Path = { bucket: string; key: string };

/** `s3://bucket/key` split into bucket and key, or undefined for a local path. */
export function s3Path(text: string): S3Path | undefined {
  if (!text.startsWith('s3://')) return undefined;
  const rest = text.slice(5);
  const cut = rest.indexOf('/');
  return cut === -1 ? { bucket: rest, key: '' } : { bucket: rest.slice(0, cut), key: rest.slice(cut + 1) };
}

/** `YYYY-MM-DD HH:MM:SS` in the host's time zone (UTC on EC2 and CloudShell), as `aws s3 ls` prints times. */
export const lsTime = (iso: string) => iso.replace('T', ' ').replace(/(\.\d+)?(Z|\+00:00)$/, '');

/**
 * A failed call as the s3 transfer commands print it. HEAD responses carry no error body, so botocore
 * only knows the status: "An error occurred (403) when calling the HeadObject operation: Forbidden".
 */
export function transferError(error: AwsError): string {
  if (error.operation !== 'HeadObject') return formatCliError(error);
  const reason = error.httpStatus === 404 ? 'Not Found' : error.httpStatus === 403 ? 'Forbidden' : 'Bad Request';
  return `An error occurred (${error.httpStatus}) when calling the HeadObject operation: ${reason}`;
}

export function humanSize(size: number): string {
  if (size < 1024) return `${size} Byte${size === 1 ? '' : 's'}`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return `${value.toFixed(1)} ${units[unit]}`;
}
