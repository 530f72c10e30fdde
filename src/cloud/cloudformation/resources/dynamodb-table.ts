import type { OperationInput } from '../../core/registry';
import { physicalName } from '../template/physical-name';
import { text, type ResourceHandler } from './resource-handler';

type CreateTableInput = OperationInput<'dynamodb:CreateTable'>;

/** AWS::DynamoDB::Table: CreateTable with the template's key schema and billing; Ref is the table name. */
export const dynamodbTable: ResourceHandler = {
  create(props, ctx, call) {
    const tableName = text(props.TableName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'iam', 255);
    const { TableDescription } = call('dynamodb:CreateTable', {
      TableName: tableName,
      KeySchema: props.KeySchema as CreateTableInput['KeySchema'],
      AttributeDefinitions: props.AttributeDefinitions as CreateTableInput['AttributeDefinitions'],
      // CloudFormation's default is PROVISIONED, which then needs ProvisionedThroughput, as the API does.
      BillingMode: (text(props.BillingMode) ?? 'PROVISIONED') as CreateTableInput['BillingMode'],
      ...(props.ProvisionedThroughput !== undefined && { ProvisionedThroughput: props.ProvisionedThroughput as CreateTableInput['ProvisionedThroughput'] }),
    });
    return { physicalId: tableName, ref: tableName, attributes: { Arn: TableDescription.TableArn ?? '' } };
  },
  delete(tableName, _props, call) {
    call('dynamodb:DeleteTable', { TableName: tableName });
  },
};
