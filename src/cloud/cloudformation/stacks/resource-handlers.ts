import { awsError } from '../../core/aws-error';
import { dynamodbTable } from '../resources/dynamodb-table';
import { ec2Instance } from '../resources/ec2-instance';
import { iamGroup, iamInlinePolicy, iamManagedPolicy, iamUser } from '../resources/iam-identities';
import { iamInstanceProfile, iamRole } from '../resources/iam-role';
import { lambdaFunction } from '../resources/lambda-function';
import { logsLogGroup } from '../resources/logs-log-group';
import type { ResourceHandler } from '../resources/resource-handler';
import { s3Bucket, s3BucketPolicy } from '../resources/s3-resources';

const HANDLERS: Record<string, ResourceHandler> = {
  'AWS::S3::Bucket': s3Bucket, 'AWS::S3::BucketPolicy': s3BucketPolicy, 'AWS::IAM::Role': iamRole,
  'AWS::IAM::InstanceProfile': iamInstanceProfile, 'AWS::EC2::Instance': ec2Instance, 'AWS::Logs::LogGroup': logsLogGroup,
  'AWS::IAM::User': iamUser, 'AWS::IAM::Group': iamGroup, 'AWS::IAM::ManagedPolicy': iamManagedPolicy, 'AWS::IAM::Policy': iamInlinePolicy,
  'AWS::DynamoDB::Table': dynamodbTable, 'AWS::Lambda::Function': lambdaFunction,
};

/** A type the parser accepts but whose handler is not written yet fails loudly, naming itself. */
const notYet = (type: string): ResourceHandler => {
  const fail = () => { throw awsError('cloudformation', 'CreateStack', 'NotImplemented', `${type} is not simulated yet.`, 501); };
  return { create: fail, delete: fail };
};

export function handlerFor(type: string): ResourceHandler {
  return HANDLERS[type] ?? notYet(type);
}
