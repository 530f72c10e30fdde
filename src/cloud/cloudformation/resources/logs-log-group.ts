import { physicalName } from '../template/physical-name';
import { text, type ResourceHandler } from './resource-handler';

/** AWS::Logs::LogGroup: CreateLogGroup (and its retention); Ref is the name, Arn ends with `:*` (facts §6). */
export const logsLogGroup: ResourceHandler = {
  create(props, ctx, call) {
    const name = text(props.LogGroupName) ?? physicalName(ctx.stackName, ctx.logicalId, ctx.stackId, 'plain', 512);
    call('logs:CreateLogGroup', { logGroupName: name });
    if (props.RetentionInDays !== undefined) call('logs:PutRetentionPolicy', { logGroupName: name, retentionInDays: Number(props.RetentionInDays) });
    return { physicalId: name, ref: name, attributes: { Arn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:log-group:${name}:*` } };
  },
  delete(name, _props, call) {
    call('logs:DeleteLogGroup', { logGroupName: name });
  },
};
