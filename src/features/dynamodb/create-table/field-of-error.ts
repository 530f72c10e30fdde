import type { AwsError } from '../../../cloud/core/aws-error';

export type CreateTableField = 'tableName' | 'partitionKey' | 'sortKey';

/**
 * Which field of Create table DynamoDB's error is about, from the member it names ("at 'tableName'",
 * "at 'keySchema.2.attributeName'") or what it says; undefined for anything else (a denial, say).
 */
export function fieldOfError(error: Pick<AwsError, 'code' | 'message'>): CreateTableField | undefined {
  const { code, message } = error;
  if (code === 'ResourceInUseException' || /at 'tableName'/.test(message)) return 'tableName';
  if (code !== 'ValidationException') return undefined;
  if (/at '(keySchema|attributeDefinitions)\.2\./.test(message) || /Range Key|second KeySchemaElement/.test(message)) return 'sortKey';
  if (/at '(keySchema|attributeDefinitions)\.1\./.test(message) || /KeySchema|AttributeDefinitions/.test(message)) return 'partitionKey';
  return undefined;
}
