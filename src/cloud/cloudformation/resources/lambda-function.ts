import type { OperationInput } from '../../core/registry';
import type { LambdaBehaviour } from '../../core/world';
import { physicalName } from '../template/physical-name';
import { text, type ResourceHandler } from './resource-handler';

/**
 * Which simulated code a template's inline code (Code.ZipFile) stands for: code that lists buckets or
 * uses DynamoDB runs as those behaviours, anything else as the console's hello-world function.
 */
function behaviourOf(code: unknown): LambdaBehaviour {
  const source = typeof code === 'object' && code !== null ? String((code as { ZipFile?: unknown }).ZipFile ?? '') : '';
  if (/list_buckets|ListBucketsCommand/.test(source)) return 'list-buckets';
  if (/put_item|PutCommand|PutItemCommand/.test(source)) return 'dynamodb-put-get';
  return 'hello';
}

/**
 * AWS::Lambda::Function: CreateFunction with the execution role (Role, an ARN), which passes that role (so the
 * stack's identity needs iam:PassRole on it) and must trust Lambda; Ref is the name, Arn the function's ARN.
 */
export const lambdaFunction: ResourceHandler = {
  create(props, ctx, call) {
    const name = text(props.FunctionName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'plain', 64);
    const out = call('lambda:CreateFunction', {
      FunctionName: name, Role: text(props.Role) ?? '', Runtime: text(props.Runtime) as OperationInput<'lambda:CreateFunction'>['Runtime'], Handler: text(props.Handler),
      ...(props.Description !== undefined && { Description: text(props.Description) }),
      ...(props.Timeout !== undefined && { Timeout: Number(props.Timeout) }),
      ...(props.MemorySize !== undefined && { MemorySize: Number(props.MemorySize) }),
      Behaviour: behaviourOf(props.Code),
    });
    return { physicalId: name, ref: name, attributes: { Arn: out.FunctionArn } };
  },
  delete(name, _props, call) {
    call('lambda:DeleteFunction', { FunctionName: name });
  },
};
