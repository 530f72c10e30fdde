import { parseCondition, type Condition } from './condition-expression';
import type { DocPath } from './document-path';
import { expressionContext, syntaxOnly, type ExpressionContext, type ExpressionInput } from './expression-context';
import { parseProjection } from './projection';
import { parseUpdate, type UpdateAction } from './update-expression';

export type ExpressionMembers = ExpressionInput & {
  UpdateExpression?: string;
  ConditionExpression?: string;
  KeyConditionExpression?: string;
  FilterExpression?: string;
  ProjectionExpression?: string;
};

export type ParsedExpressions = {
  update?: UpdateAction[];
  condition?: Condition;
  keyCondition?: Condition;
  filter?: Condition;
  projection?: DocPath[];
};

/**
 * Every expression of a request, parsed before the table is read, as DynamoDB validates them: each one's
 * syntax first, then its names and values; last, the placeholders no expression used [obs].
 */
export function parseExpressions(input: ExpressionMembers): ParsedExpressions {
  const texts = [input.UpdateExpression, input.ConditionExpression, input.KeyConditionExpression, input.FilterExpression, input.ProjectionExpression];
  const placeholders = expressionContext(input, texts.some((t) => t !== undefined));
  const parse = <T>(label: string, text: string | undefined, parser: (ctx: ExpressionContext, text: string) => T): T | undefined => {
    if (text === undefined) return undefined;
    parser(syntaxOnly(label), text);
    return parser(placeholders.forLabel(label), text);
  };
  const parsed: ParsedExpressions = {
    update: parse('UpdateExpression', input.UpdateExpression, parseUpdate),
    condition: parse('ConditionExpression', input.ConditionExpression, parseCondition),
    keyCondition: parse('KeyConditionExpression', input.KeyConditionExpression, parseCondition),
    filter: parse('FilterExpression', input.FilterExpression, parseCondition),
    projection: parse('ProjectionExpression', input.ProjectionExpression, parseProjection),
  };
  placeholders.finish();
  return parsed;
}
