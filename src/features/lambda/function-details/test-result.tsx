import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { TestResult } from '../../../api/lambda/invoke';
import { RouterLink } from '../../../components/router-link';
import { lambdaPaths } from '../lambda-paths';

function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/** "Execution result: succeeded (logs)": the response, the function's log tail and the request id. */
export function TestResultAlert({ result, logGroup }: { result: TestResult; logGroup: string }) {
  const { t } = useTranslation();
  return (
    <Alert type={result.failed ? 'error' : 'success'} data-testid="test-result"
      header={<>{t(result.failed ? 'lambda.details.failed' : 'lambda.details.succeeded')}{' ('}
        <RouterLink to={lambdaPaths.logGroup(logGroup)}>{t('lambda.details.logsLink')}</RouterLink>{')'}</>}>
      <SpaceBetween size="s">
        <Box variant="h4">{t('lambda.details.response')}</Box>
        <Box variant="code"><pre data-testid="test-response" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{pretty(result.payload)}</pre></Box>
        <Box variant="h4">{t('lambda.details.functionLogs')}</Box>
        <Box variant="code"><pre data-testid="test-logs" style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{result.log}</pre></Box>
        <Box variant="h4">{t('lambda.details.requestId')}</Box>
        <Box data-testid="test-request-id">{result.requestId}</Box>
      </SpaceBetween>
    </Alert>
  );
}
