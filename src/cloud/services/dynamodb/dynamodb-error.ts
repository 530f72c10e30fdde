import { awsError, type AwsError } from '../../core/aws-error';

/**
 * A DynamoDB error raised deep in validation or expression code, which does not know the operation's
 * name; `guard` turns it into the operation's AwsError.
 */
export class DynamoFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export const invalid = (message: string) => new DynamoFailure('ValidationException', message);

/** Runs a handler body. DynamoDB answers every client error with HTTP 400, whatever the code. */
export function guard<T>(operation: string, body: () => T): T | AwsError {
  try {
    return body();
  } catch (thrown) {
    if (thrown instanceof DynamoFailure) return awsError('dynamodb', operation, thrown.code, thrown.message, 400);
    throw thrown;
  }
}
