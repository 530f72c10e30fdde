import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useTestFunction } from '../../../api/lambda/invoke';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonCodeEditor } from '../../../components/json-code-editor';
import { useCurrentValue } from '../../../components/use-current-value';
import { TestResultAlert } from './test-result';

// The console's hello-world template event.
const DEFAULT_EVENT = `{
  "key1": "value1",
  "key2": "value2",
  "key3": "value3"
}`;

type Props = { config: FunctionConfiguration; test: ReturnType<typeof useTestFunction> };

/** Test: an event and the Test button (Invoke, LogType Tail); the result with the log tail below. */
export function TestTab({ config, test }: Props) {
  const { t } = useTranslation();
  const [eventName, setEventName] = useState('MyEventName');
  const [, setEvent, currentEvent] = useCurrentValue(DEFAULT_EVENT);
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
          <FormField label={t('lambda.details.eventJson')} stretch>
            <JsonCodeEditor defaultValue={DEFAULT_EVENT} onChange={setEvent} ariaLabel={t('lambda.details.eventJson')} height={200} />
          </FormField>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
