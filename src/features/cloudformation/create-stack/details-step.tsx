import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../api/cloudformation/validate-template';
import { parameterValue, sortedParameters, type StackDraft } from './stack-draft';

type Props = {
  draft: StackDraft;
  update: (change: Partial<StackDraft>) => void;
  summary: TemplateSummary | undefined;
  /** The Stack name's problem (a string key), or AWS's message for it. */
  stackNameError: string | undefined;
};

/**
 * Step 2, Specify stack details: the stack name and one field per template parameter, alphabetically by key
 * (ValidateTemplate gives no AllowedValues, so every parameter is a text field; NoEcho ones are masked).
 */
export function DetailsStep({ draft, update, summary, stackNameError }: Props) {
  const { t } = useTranslation();
  const parameters = sortedParameters(summary);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('cloudformation.create.provideName')}</Header>}>
        <FormField label={t('cloudformation.create.stackName')} constraintText={t('cloudformation.create.stackNameHint')} errorText={stackNameError}>
          <Input value={draft.stackName} placeholder={t('cloudformation.create.stackNamePlaceholder')} ariaRequired
            onChange={({ detail }) => update({ stackName: detail.value })} />
        </FormField>
      </Container>
      <Container header={<Header variant="h2" description={t('cloudformation.create.parametersHint')}>{t('cloudformation.create.parameters')}</Header>}>
        {parameters.length === 0 ? (
          <Box textAlign="center" color="text-body-secondary">
            <Box variant="strong" color="inherit">{t('cloudformation.create.noParameters')}</Box>
            <Box variant="p" color="inherit">{t('cloudformation.create.noParametersHint')}</Box>
          </Box>
        ) : (
          <SpaceBetween size="l">
            {parameters.map((p) => (
              <FormField key={p.ParameterKey} label={p.ParameterKey} description={p.Description}>
                <Input type={p.NoEcho ? 'password' : 'text'} value={parameterValue(draft, p)}
                  placeholder={t('cloudformation.create.parameterPlaceholder')}
                  onChange={({ detail }) => update({ parameters: { ...draft.parameters, [p.ParameterKey]: detail.value } })} />
              </FormField>
            ))}
          </SpaceBetween>
        )}
      </Container>
    </SpaceBetween>
  );
}
