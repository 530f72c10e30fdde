/** An AWS service error as the SDK/CLI sees it. A plain value, so it serialises and compares easily. */
export type AwsError = {
  code: string;
  message: string;
  httpStatus: number;
  /** The API operation name, e.g. 'ListBuckets'. */
  operation: string;
  /** The service prefix, e.g. 's3'. */
  service: string;
};

export function awsError(
  service: string, operation: string, code: string, message: string, httpStatus = 400,
): AwsError {
  return { code, message, httpStatus, operation, service };
}

const ERROR_KEYS = ['code', 'message', 'httpStatus', 'operation', 'service'] as const;

/** True for exactly the AwsError shape (no API output has these five keys and nothing else). */
export function isAwsError(value: unknown): value is AwsError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return Object.keys(v).length === ERROR_KEYS.length
    && ERROR_KEYS.every((k) => typeof v[k] === (k === 'httpStatus' ? 'number' : 'string'));
}

/** botocore's ClientError text, as the CLI prints it (classic form, without the newer "aws: [ERROR]: " prefix). */
export function formatCliError(err: AwsError): string {
  return `An error occurred (${err.code}) when calling the ${err.operation} operation: ${err.message}`;
}
