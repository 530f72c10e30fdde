import Alert from '@cloudscape-design/components/alert';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { AwsError } from '../cloud/core/aws-error';
import type { DenialExplanation } from '../cloud/core/dispatch';

type ShownError = Partial<AwsError> & { explanation?: DenialExplanation };

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as AwsError).message);
  return String(error);
}

/** The engine's reasons behind a denial, which the real console does not show. */
function Why({ explanation: e }: { explanation: DenialExplanation }) {
  const { t } = useTranslation();
  const decided = e.decidingStatements[0];
  const verdict = decided
    ? t('explain.explicit', { policy: decided.policyName, statement: decided.sid ?? `#${decided.statementIndex + 1}` })
    : t('explain.implicit', { action: e.action });
  return (
    <ExpandableSection headerText={t('explain.why')} variant="footer">
      <KeyValuePairs columns={2} items={[
        { label: t('explain.decision'), value: verdict },
        { label: t('explain.deniedBy'), value: e.deniedBy ?? t('explain.identityBased') },
        { label: t('explain.principal'), value: e.principal },
        { label: t('explain.action'), value: e.action },
        { label: t('explain.resource'), value: e.resource },
        { label: t('explain.evaluated'), value: e.evaluatedPolicies.length ? e.evaluatedPolicies.join(', ') : t('explain.noPolicies') },
        ...(e.missingContextKeys.length ? [{ label: t('explain.missingKeys'), value: e.missingContextKeys.join(', ') }] : []),
      ]} />
    </ExpandableSection>
  );
}

/** Where a table or panel would be, the AWS error text exactly as the console shows it, and why. */
export function AwsErrorAlert({ error }: { error: unknown }) {
  const explanation = (error as ShownError | null)?.explanation;
  return (
    <Alert type="error" data-testid="aws-error">
      <div data-testid="aws-error-message">{messageOf(error)}</div>
      {explanation ? <Why explanation={explanation} /> : null}
    </Alert>
  );
}

/** A page whose first read failed: it keeps its heading, as the console does, with the AWS error below it. */
export function AwsErrorPage({ title, error }: { title: string; error: unknown }) {
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{title}</Header>
      <AwsErrorAlert error={error} />
    </SpaceBetween>
  );
}
