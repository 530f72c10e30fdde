import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../api/cloudformation/validate-template';

type Props = { summary: TemplateSummary; acknowledged: boolean; onChange: (acknowledged: boolean) => void };

/**
 * Capabilities, at the bottom of step 3 (facts §2): ValidateTemplate's CapabilitiesReason as AWS words it
 * ("The following resource(s) require capabilities: [AWS::IAM::Role]") and the acknowledgement, whose text
 * names custom names when the template needs CAPABILITY_NAMED_IAM.
 */
export function CapabilitiesSection({ summary, acknowledged, onChange }: Props) {
  const { t } = useTranslation();
  const named = summary.Capabilities?.includes('CAPABILITY_NAMED_IAM') ?? false;
  return (
    <Container header={<Header variant="h2">{t('cloudformation.create.capabilities')}</Header>}>
      <SpaceBetween size="m">
        <Alert type="info" header={summary.CapabilitiesReason}>
          <Box variant="p">{t(named ? 'cloudformation.create.namedIamNote' : 'cloudformation.create.iamNote')}</Box>
        </Alert>
        <Checkbox checked={acknowledged} onChange={({ detail }) => onChange(detail.checked)}>
          {t(named ? 'cloudformation.create.acknowledgeNamedIam' : 'cloudformation.create.acknowledgeIam')}
        </Checkbox>
      </SpaceBetween>
    </Container>
  );
}
