import { beforeAll, describe, expect, it } from 'vitest';
import { resolveValue, type ResolveContext } from './intrinsics';
import { parseTemplate } from './parse-template';
import { planTemplate } from './plan-template';
import { resolveParameters } from './parameters';
import type { Template } from './template';
import { loadTemplateYaml } from './yaml-loader';

beforeAll(loadTemplateYaml);

const parsed = (body: string): Template => {
  const result = parseTemplate(body);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const refused = (body: string) => {
  const result = parseTemplate(body);
  return result.ok ? planTemplate(result.value) : result;
};
const message = (result: { ok: boolean; error?: { message: string } }) => (result.ok ? 'ok' : result.error?.message);

const BUCKET_AND_POLICY = `
AWSTemplateFormatVersion: 2010-09-09
Description: A bucket and its policy
Parameters:
  Env:
    Type: String
    Default: dev
    AllowedValues: [dev, prod]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Join ['-', [!Ref 'AWS::StackName', !Select [1, [a, !Ref Env]]]]
      Tags: !If [IsProd, [{ Key: env, Value: prod }], !Ref 'AWS::NoValue']
Outputs:
  BucketArn:
    Value: !GetAtt Bucket.Arn
    Export: { Name: !Sub '\${AWS::StackName}-bucket' }
`;

describe('templates', () => {
  it('reads YAML short forms as their long forms, and JSON alike', () => {
    const t = parsed(BUCKET_AND_POLICY);
    expect(t.Resources.Policy!.Properties.Bucket).toEqual({ Ref: 'Bucket' });
    expect(t.Outputs.BucketArn!.Value).toEqual({ 'Fn::GetAtt': ['Bucket', 'Arn'] });
    const json = parsed(JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': 'x-${AWS::Region}' } } } } }));
    expect(json.Resources.B!.Properties.BucketName).toEqual({ 'Fn::Sub': 'x-${AWS::Region}' });
  });

  it('orders resources after what they reference, otherwise in template order', () => {
    expect(planTemplate(parsed(BUCKET_AND_POLICY))).toEqual({ ok: true, value: ['Bucket', 'Policy'] });
    const dependsOn = parsed('Resources:\n  A: { Type: AWS::S3::Bucket, DependsOn: B }\n  B: { Type: AWS::S3::Bucket }\n  C: { Type: AWS::S3::Bucket }\n');
    expect(planTemplate(dependsOn)).toEqual({ ok: true, value: ['B', 'A', 'C'] });
  });

  it('works out every intrinsic function, dropping AWS::NoValue', () => {
    const t = parsed(BUCKET_AND_POLICY);
    const params = resolveParameters(t, {});
    expect(params).toEqual({ ok: true, value: { Env: 'dev' } });
    const ctx: ResolveContext = {
      parameters: params.ok ? params.value : {}, conditions: { IsProd: false },
      pseudo: { AccountId: '123456789012', Region: 'ap-northeast-2', StackName: 'demo', StackId: 'arn:aws:cloudformation:ap-northeast-2:123456789012:stack/demo/1' },
      resources: { Bucket: { ref: 'demo-dev', attributes: { Arn: 'arn:aws:s3:::demo-dev' } } },
    };
    expect(resolveValue(t.Conditions.IsProd, ctx)).toBe(false);
    expect(resolveValue(t.Resources.Bucket!.Properties, ctx)).toEqual({ BucketName: 'demo-dev' });
    expect(resolveValue(t.Resources.Policy!.Properties, ctx)).toEqual({
      Bucket: 'demo-dev',
      PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::demo-dev/*' }] },
    });
    expect(resolveValue(t.Resources.Bucket!.Properties, { ...ctx, conditions: { IsProd: true } })).toMatchObject({ Tags: [{ Key: 'env', Value: 'prod' }] });
    expect(resolveValue({ 'Fn::Sub': 'arn:aws:s3:::x/${!aws:username}' }, ctx)).toBe('arn:aws:s3:::x/${aws:username}');
    expect(resolveValue({ 'Fn::Sub': ['${X}-${AWS::Region}', { X: { Ref: 'Env' } }] }, ctx)).toBe('dev-ap-northeast-2');
    expect(resolveValue({ 'Fn::And': [{ 'Fn::Not': [{ Condition: 'IsProd' }] }, { 'Fn::Or': [true, false] }] }, ctx)).toBe(true);
  });

  it('refuses bad templates with AWS\'s texts', () => {
    expect(message(refused('Resources:\n  B:\n    Type: AWS::S3::Buckett\n  Q: { Type: AWS::SQS::Queue }\n')))
      .toBe('Template format error: Unrecognized resource types: [AWS::S3::Buckett, AWS::SQS::Queue]');
    expect(message(refused('Resources:\n  B: [1,\n   x: }\n'))).toMatch(/^Template format error: YAML not well-formed\. \(line \d+, column \d+\)$/);
    // The trailing comma is found at the brace after it.
    const trailing = '{ "Resources": { "B": { "Type": "AWS::S3::Bucket" }, } }';
    expect(message(refused(trailing))).toBe(`Template format error: JSON not well-formed. (line 1, column ${trailing.indexOf('}, }') + 4})`);
    expect(message(refused('{\n  "Resources": {\n    "B": { "Type" "AWS::S3::Bucket" }\n  }\n}'))).toBe('Template format error: JSON not well-formed. (line 3, column 19)');
    expect(message(refused('Description: nothing\n'))).toBe('Template format error: At least one Resources member must be defined.');
    expect(message(refused('Resources:\n  B: { Type: AWS::S3::Bucket, Properties: { BucketName: !Ref Missing } }\n')))
      .toBe('Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template');
    expect(message(refused('Resources:\n  B: { Type: AWS::S3::Bucket, Properties: { BucketName: !GetAtt Nope.Arn } }\n')))
      .toBe('Template error: instance of Fn::GetAtt references undefined resource Nope');
    expect(message(refused('Resources:\n  A: { Type: AWS::S3::Bucket, Properties: { BucketName: !Ref B } }\n  B: { Type: AWS::S3::Bucket, DependsOn: A }\n')))
      .toBe('Circular dependency between resources: [A, B]');
    expect(message(refused('Resources:\n  B: { Type: AWS::S3::Bucket }\nOutputs:\n  X: { Value: !Ref Gone }\n')))
      .toBe('Template format error: Unresolved resource dependencies [Gone] in the Outputs block of the template');
    expect(message(refused('Resources:\n  B: { Type: AWS::S3::Bucket, Properties: { BucketName: !Foo x } }\n'))).toMatch(/^Template format error: YAML not well-formed/);
  });

  it('checks parameter values as CreateStack does', () => {
    const t = parsed('Parameters:\n  Env: { Type: String, AllowedValues: [dev, prod] }\n  Size: { Type: Number, Default: "2" }\nResources:\n  B: { Type: AWS::S3::Bucket }\n');
    expect(message(resolveParameters(t, {}))).toBe('Parameters: [Env] must have values');
    expect(message(resolveParameters(t, { Env: 'test' }))).toBe("Parameter 'Env' must be one of AllowedValues");
    expect(message(resolveParameters(t, { Env: 'dev', Colour: 'red' }))).toBe('Parameters: [Colour] do not exist in the template');
    expect(resolveParameters(t, { Env: 'prod' })).toEqual({ ok: true, value: { Env: 'prod', Size: '2' } });
  });
});
