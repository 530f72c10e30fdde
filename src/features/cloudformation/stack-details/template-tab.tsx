import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useGetTemplate } from '../../../api/cloudformation/get-template';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Template: the original template (GetTemplate), read-only, as it was submitted. */
export function TemplateTab({ stackId }: { stackId: string }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useGetTemplate(stackId);
  return (
    <Container header={<Header variant="h2" description={t('cloudformation.details.templateHint')}>{t('cloudformation.details.tabs.template')}</Header>}>
      {isPending ? <Spinner /> : error || !data ? <AwsErrorAlert error={error} /> : (
        <Box variant="code">
          <pre data-testid="stack-template" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{data.TemplateBody}</pre>
        </Box>
      )}
    </Container>
  );
}
