/**
 * The Create stack wizard's "Use a sample template" list: the two stacks of the "IAM Role" lesson. Text,
 * as a learner would download and edit it; YAML with the short forms, as AWS's own samples are written.
 */
export type SampleTemplate = { id: 's3-bucket' | 'bucket-and-instance'; name: string; body: string };

const S3_BUCKET = `AWSTemplateFormatVersion: '2010-09-09'
Description: An Amazon S3 bucket with versioning turned on (IAM Console Lab sample).
Resources:
  DataBucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
Outputs:
  BucketName:
    Description: The bucket's name
    Value: !Ref DataBucket
  BucketArn:
    Description: The bucket's ARN
    Value: !GetAtt DataBucket.Arn
`;

// No IAM resource of its own, so no capability to acknowledge: the instance takes an existing instance
// profile, if one is named, and CloudFormation then needs iam:PassRole on its role.
const BUCKET_AND_INSTANCE = `AWSTemplateFormatVersion: '2010-09-09'
Description: An S3 bucket and an Amazon EC2 instance, optionally with an existing instance profile (IAM Console Lab sample).
Parameters:
  InstanceType:
    Description: The instance type
    Type: String
    Default: t2.micro
    AllowedValues: [t2.micro, t3.micro]
  ImageId:
    Description: The AMI (Amazon Linux 2023)
    Type: String
    Default: ami-0a463f27534bdf246
  InstanceProfileName:
    Description: An existing instance profile for the instance (leave empty for none)
    Type: String
    Default: ''
Conditions:
  HasProfile: !Not [!Equals [!Ref InstanceProfileName, '']]
Resources:
  DataBucket:
    Type: AWS::S3::Bucket
  WebServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref ImageId
      InstanceType: !Ref InstanceType
      IamInstanceProfile: !If [HasProfile, !Ref InstanceProfileName, !Ref AWS::NoValue]
      Tags:
        - Key: Name
          Value: !Sub '\${AWS::StackName}-web'
Outputs:
  BucketName:
    Value: !Ref DataBucket
  InstanceId:
    Value: !Ref WebServer
`;

export const SAMPLE_TEMPLATES: readonly SampleTemplate[] = [
  { id: 's3-bucket', name: 'Amazon S3 bucket', body: S3_BUCKET },
  { id: 'bucket-and-instance', name: 'S3 bucket and Amazon EC2 instance', body: BUCKET_AND_INSTANCE },
];
