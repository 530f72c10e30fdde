import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useTranslation } from 'react-i18next';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { useFollow, withBase } from '../../../components/router-link';
import { lambdaPaths } from '../lambda-paths';

/** Monitor: where the function's logs go, and the way to them. */
export function MonitorTab({ config }: { config: FunctionConfiguration }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const group = config.LoggingConfig.LogGroup;
  return (
    <Container header={
      <Header variant="h2" actions={<Button href={withBase(lambdaPaths.logGroup(group))} onFollow={follow}>{t('lambda.details.viewLogs')}</Button>}>
        {t('lambda.details.cloudWatchLogs')}
      </Header>
    }>
      <Box>{t('lambda.details.logsHint', { group })}</Box>
    </Container>
  );
}
