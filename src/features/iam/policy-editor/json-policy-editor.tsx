import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { policySize, usePolicyFindings, type PolicyType } from '../../../api/policy/policy-findings';
import { JsonCodeEditor } from '../../../components/json-code-editor';
import { PolicyFindingsTabs } from '../../../components/policy-findings-tabs';

type Props = { value: string; onChange: (text: string) => void; policyType: PolicyType; maxSize: number; ariaLabel: string };

/** The JSON policy editor: Cloudscape's code editor, the size counter and live Access Analyzer-style findings. */
export function JsonPolicyEditor({ value, onChange, policyType, maxSize, ariaLabel }: Props) {
  const { t } = useTranslation();
  const { data: findings = [] } = usePolicyFindings(value, policyType);
  const remaining = maxSize - policySize(value);
  return (
    <SpaceBetween size="s">
      <JsonCodeEditor defaultValue={value} onChange={onChange} ariaLabel={ariaLabel} />
      <Box color={remaining < 0 ? 'text-status-error' : 'text-body-secondary'} data-testid="policy-size">
        {t('policyEditor.remaining', { remaining, max: maxSize })}
      </Box>
      <PolicyFindingsTabs findings={findings} />
    </SpaceBetween>
  );
}
