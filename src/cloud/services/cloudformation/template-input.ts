import type { AwsError } from '../../core/aws-error';
import { memberString } from '../../core/validation';
import { parseTemplate } from '../../cloudformation/template/parse-template';
import { planTemplate } from '../../cloudformation/template/plan-template';
import type { Template } from '../../cloudformation/template/template';
import { cfnError } from './stack-store';

/** An inline template body: at most 51,200 bytes through the API [doc] (facts §2). */
export const TemplateBody = memberString(1, 51_200);

/** The template parsed and its resources ordered (refs resolved, no cycle), or AWS's ValidationError. */
export function readTemplate(operation: string, body: string): Template | AwsError {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return cfnError(operation, parsed.error.code, parsed.error.message);
  const plan = planTemplate(parsed.value);
  if (!plan.ok) return cfnError(operation, plan.error.code, plan.error.message);
  return parsed.value;
}
