import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultEventTemplate, EVENT_TEMPLATES, type EventTemplate } from '../../../api/lambda/get-function';
import type { useTestFunction } from '../../../api/lambda/invoke';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonCodeEditor } from '../../../components/json-code-editor';
import { useCurrentValue } from '../../../components/use-current-value';
import { TestResultAlert } from './test-result';

type Props = { config: FunctionConfiguration; test: ReturnType<typeof useTestFunction> };

/**
 * Test: an event (from a template: the code's own by default) and the Test button (Invoke, LogType Tail);
 * the result with the log tail below. Choosing a template replaces the event's text.
 */
export function TestTab({ config, test }: Props) {
  const { t } = useTranslation();
  const [eventName, setEventName] = useState('MyEventName');
  const [template, setTemplate] = useState<EventTemplate>(defaultEventTemplate(config.Behaviour));
  const [, setEvent, currentEvent] = useCurrentValue<string>(EVENT_TEMPLATES[template]);
  const option = (id: EventTemplate) => ({ value: id, label: id, description: t(`lambda.details.templates.${id}`) });
  const choose = (id: EventTemplate) => {
    setTemplate(id);
    setEvent(EVENT_TEMPLATES[id]);
  };
  const run = () => test.mutate({ functionName: config.FunctionName, event: currentEvent() });
  return (
    <SpaceBetween size="l">
      {test.data ? <TestResultAlert result={test.data} logGroup={config.LoggingConfig.LogGroup} /> : null}
      {test.error ? <AwsErrorAlert error={test.error} /> : null}
      <Container header={
        <Header variant="h2" description={t('lambda.details.testEventHint')}
          actions={<Button variant="primary" loading={test.isPending} onClick={run}>{t('lambda.details.test')}</Button>}>
          {t('lambda.details.testEvent')}
        </Header>
      }>
        <SpaceBetween size="l">
          <FormField label={t('lambda.details.eventName')}>
            <Input value={eventName} onChange={({ detail }) => setEventName(detail.value)} />
          </FormField>
          <FormField label={t('lambda.details.template')}>
            <Select selectedOption={option(template)} options={(Object.keys(EVENT_TEMPLATES) as EventTemplate[]).map(option)}
              ariaLabel={t('lambda.details.template')} onChange={({ detail }) => choose(detail.selectedOption.value as EventTemplate)} />
          </FormField>
          <FormField label={t('lambda.details.eventJson')} stretch>
            {/* Remounted with the template: the editor owns its text once seeded. */}
            <JsonCodeEditor key={template} defaultValue={EVENT_TEMPLATES[template]} onChange={setEvent}
              ariaLabel={t('lambda.details.eventJson')} height={template === 'hello-world' ? 200 : 260} />
          </FormField>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
