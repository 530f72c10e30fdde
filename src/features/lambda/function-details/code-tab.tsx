import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { functionSource } from '../../../api/lambda/get-function';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { runtimeLabel } from '../runtime-label';

/** Code source (read-only here: the simulated code follows the function's Behaviour) and runtime settings. */
export function CodeTab({ config }: { config: FunctionConfiguration }) {
  const { t } = useTranslation();
  const source = functionSource(config.Runtime, config.Behaviour);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('lambda.details.codeSource')}</Header>}>
        <SpaceBetween size="s">
          <Alert type="info">{t('lambda.details.codeReadOnly')}</Alert>
          <Box variant="awsui-key-label">{source.fileName}</Box>
          <Box variant="code">
            <pre data-testid="function-code" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{source.code}</pre>
          </Box>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">{t('lambda.details.runtimeSettings')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('lambda.details.runtime'), value: runtimeLabel(config.Runtime) },
          { label: t('lambda.details.handler'), value: config.Handler },
          { label: t('lambda.details.architecture'), value: config.Architectures.join(', ') },
        ]} />
      </Container>
    </SpaceBetween>
  );
}
