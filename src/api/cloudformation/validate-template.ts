import { useMutation } from '@tanstack/react-query';
import type { OperationOutput } from '../../cloud/core/registry';
import { callAsConsoleAsync as call } from '../call-as-console';

export type TemplateSummary = OperationOutput<'cloudformation:ValidateTemplate'>;

/**
 * Step 1's Next: ValidateTemplate on the template text. Its parameters and capabilities shape steps 2 and 3;
 * a bad template is AWS's ValidationError ("Template format error: ...").
 */
export function useValidateTemplate() {
  return useMutation({ mutationFn: (templateBody: string) => call('cloudformation:ValidateTemplate', { TemplateBody: templateBody }) });
}
