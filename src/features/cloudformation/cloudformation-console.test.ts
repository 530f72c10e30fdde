import { describe, expect, it } from 'vitest';
import { cfnPaths, resourceHref } from './cloudformation-paths';
import { createStackInput, emptyDraft, stackNameProblem } from './create-stack/stack-draft';
import { statusType } from './stack-status';

describe('CloudFormation console helpers', () => {
  it('checks a stack name by the API rules before Next', () => {
    expect(stackNameProblem('')).toBe('cloudformation.create.stackNameRequired');
    expect(stackNameProblem('0MyStack')).toBe('cloudformation.create.stackNameFirst');
    expect(stackNameProblem('my_stack')).toBe('cloudformation.create.stackNameChars');
    expect(stackNameProblem(`a${'b'.repeat(128)}`)).toBe('cloudformation.create.stackNameLength');
    expect(stackNameProblem(`My-Stack-${'9'.repeat(119)}`)).toBeUndefined();
  });

  it('colours statuses as the console does', () => {
    expect(statusType('CREATE_COMPLETE')).toBe('success');
    expect(statusType('ROLLBACK_COMPLETE')).toBe('error');
    expect(statusType('DELETE_COMPLETE')).toBe('stopped');
    expect(statusType('DELETE_IN_PROGRESS')).toBe('in-progress');
    expect(statusType('CREATE_FAILED')).toBe('error');
  });

  it('builds CreateStack from the wizard: defaults kept, empty parameters without default left for the API to name', () => {
    const summary = {
      Parameters: [
        { ParameterKey: 'Size', DefaultValue: 't2.micro', NoEcho: false },
        { ParameterKey: 'Secret', NoEcho: true },
        { ParameterKey: 'Env', NoEcho: false },
      ],
      Capabilities: ['CAPABILITY_IAM'],
    };
    const draft = { ...emptyDraft, stackName: 'app', parameters: { Env: 'dev' }, acknowledged: true, onFailure: 'DO_NOTHING' as const,
      tags: [{ key: 'team', value: 'a' }, { key: '', value: '' }], role: { name: 'cfn', arn: 'arn:aws:iam::123456789012:role/cfn' } };
    expect(createStackInput(draft, 'body', summary)).toEqual({
      StackName: 'app', TemplateBody: 'body', OnFailure: 'DO_NOTHING', Capabilities: ['CAPABILITY_IAM'],
      RoleARN: 'arn:aws:iam::123456789012:role/cfn', Tags: [{ Key: 'team', Value: 'a' }],
      Parameters: [{ ParameterKey: 'Env', ParameterValue: 'dev' }, { ParameterKey: 'Size', ParameterValue: 't2.micro' }],
    });
    expect(createStackInput({ ...draft, acknowledged: false }, 'body', summary).Capabilities).toBeUndefined();
  });

  it('links a stack by name and ID, and a resource to its own console page', () => {
    expect(cfnPaths.stack('app', 'arn:aws:cloudformation:us-east-1:123456789012:stack/app/1', 'events'))
      .toBe('/cloudformation/stacks/app?stackId=arn%3Aaws%3Acloudformation%3Aus-east-1%3A123456789012%3Astack%2Fapp%2F1&tab=events');
    expect(resourceHref('AWS::S3::Bucket', 'app-databucket-1')).toBe('/s3/buckets/app-databucket-1');
    expect(resourceHref('AWS::IAM::Role', 'app-AppRole-X')).toBe('/iam/roles/details/app-AppRole-X');
    expect(resourceHref('AWS::Logs::LogGroup', '/app/logs')).toBe('/cloudwatch/log-groups/log-group/%2Fapp%2Flogs');
    expect(resourceHref('AWS::IAM::InstanceProfile', 'p')).toBeUndefined();
  });
});
