import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { LambdaBehaviour } from '../../../cloud/core/world';

/** Author from scratch > Function code (simulator): not in AWS; what the new function's code does. */
export function SimulatedCodeFields({ behaviour, onBehaviour }: { behaviour: LambdaBehaviour; onBehaviour: (b: LambdaBehaviour) => void }) {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2">{t('lambda.create.behaviour')}</Header>}>
      <SpaceBetween size="m">
        <Alert type="info">{t('lambda.create.behaviourInfo')}</Alert>
        <RadioGroup
          ariaLabel={t('lambda.create.behaviour')}
          value={behaviour}
          onChange={({ detail }) => onBehaviour(detail.value as LambdaBehaviour)}
          items={[
            { value: 'hello', label: t('lambda.create.hello'), description: t('lambda.create.helloHint') },
            { value: 'list-buckets', label: t('lambda.create.listBuckets'), description: t('lambda.create.listBucketsHint') },
            { value: 'dynamodb-put-get', label: t('lambda.create.dynamodb'), description: t('lambda.create.dynamodbHint') },
          ]}
        />
      </SpaceBetween>
    </Container>
  );
}
