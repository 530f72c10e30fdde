/** A template after parsing: every section present (empty when the template left it out). */
export type TemplateParameter = {
  Type: string;
  Default?: string;
  AllowedValues?: string[];
  NoEcho?: boolean;
  Description?: string;
};

export type TemplateResource = {
  Type: string;
  Properties: Record<string, unknown>;
  /** Explicit DependsOn, as a list. */
  DependsOn: string[];
  Condition?: string;
  DeletionPolicy?: string;
};

export type TemplateOutput = { Value: unknown; Description?: string; Export?: { Name: unknown }; Condition?: string };

export type Template = {
  Description?: string;
  Parameters: Record<string, TemplateParameter>;
  Conditions: Record<string, unknown>;
  Resources: Record<string, TemplateResource>;
  Outputs: Record<string, TemplateOutput>;
};

/** The resource types this simulator can deploy (issue 16); any other is an "Unrecognized resource type". */
export const SUPPORTED_TYPES = [
  'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::EC2::Instance', 'AWS::IAM::Role', 'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy', 'AWS::IAM::InstanceProfile', 'AWS::IAM::User', 'AWS::IAM::Group',
  'AWS::Lambda::Function', 'AWS::Logs::LogGroup', 'AWS::DynamoDB::Table',
] as const;

export const TEMPLATE_SECTIONS = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions',
  'Transform', 'Resources', 'Outputs'];
