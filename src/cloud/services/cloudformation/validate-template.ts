import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { capabilityResourceTypes, requiredCapability } from '../../cloudformation/template/capabilities';
import { readTemplate, TemplateBody } from './template-input';

export type ValidateTemplateOutput = {
  Parameters: { ParameterKey: string; DefaultValue?: string; NoEcho: boolean; Description?: string }[];
  Description?: string;
  Capabilities?: string[];
  CapabilitiesReason?: string;
};

/** Checks a template as CreateStack would and names its parameters and the capabilities it needs. */
export const validateTemplate = defineOperation({
  service: 'cloudformation',
  name: 'ValidateTemplate',
  action: 'cloudformation:ValidateTemplate',
  access: 'read',
  input: z.object({ TemplateBody }),
  resource: () => '*',
  handler(world, input): HandlerResult<ValidateTemplateOutput> {
    const template = readTemplate('ValidateTemplate', input.TemplateBody);
    if (isAwsError(template)) return template;
    const needed = requiredCapability(template);
    return {
      world,
      output: {
        Parameters: Object.entries(template.Parameters).map(([key, p]) => ({
          ParameterKey: key, ...(p.Default !== undefined && { DefaultValue: p.Default }), NoEcho: p.NoEcho === true,
          ...(p.Description !== undefined && { Description: p.Description }),
        })),
        ...(template.Description !== undefined && { Description: template.Description }),
        ...(needed && {
          Capabilities: [needed],
          CapabilitiesReason: `The following resource(s) require capabilities: [${capabilityResourceTypes(template).join(', ')}]`,
        }),
      },
    };
  },
});
