import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useEvent } from '../../../api/cloudtrail/lookup-events';
import { AwsErrorPage } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { JsonBlock } from '../../../components/json-block';
import { recordOf } from '../trail-record';

/** One event: the console's Details and Event record, plus how the policy engine decided. */
export function EventDetailsPage() {
  const { t, i18n } = useTranslation();
  const eventId = useParams().eventId ?? '';
  const { data, error, isPending } = useEvent(eventId);
  if (error) return <AwsErrorPage title={eventId} error={error} />;
  if (isPending) return <StatusIndicator type="loading">{t('app.loading')}</StatusIndicator>;
  const event = data.Events[0];
  if (!event) return <Alert type="warning">{t('eventDetails.notFound', { id: eventId })}</Alert>;
  const record = recordOf(event);
  const lab = record.iamConsoleLab;
  const statement = lab?.decidingStatement;
  const denied = lab?.decision && lab.decision !== 'Allowed';
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{event.EventName}</Header>
      <Container header={<Header variant="h2">{t('eventDetails.details')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('eventHistory.eventTime'), value: formatConsoleDate(event.EventTime, i18n.language) },
          { label: t('eventHistory.userName'), value: event.Username },
          { label: t('eventHistory.eventName'), value: event.EventName },
          { label: t('eventHistory.eventSource'), value: event.EventSource },
          { label: t('eventDetails.accessKey'), value: '-' },
          { label: t('eventDetails.sourceIp'), value: record.sourceIPAddress ?? '-' },
          { label: t('eventHistory.attributes.EventId'), value: event.EventId },
          { label: t('eventDetails.readOnly'), value: event.ReadOnly },
          { label: t('eventHistory.errorCode'), value: record.errorCode ?? '-' },
          { label: t('eventHistory.resourceName'), value: event.Resources.map((r) => r.ResourceName).join(', ') || '-' },
          { label: t('eventHistory.origin'), value: t(`eventHistory.origins.${lab?.source ?? 'console'}`) },
        ]} />
      </Container>
      {lab?.decision && (
        <Alert type={denied ? 'error' : 'success'} header={`${t('eventDetails.decision')}: ${t(`eventDetails.decisions.${lab.decision}`)}`}>
          <SpaceBetween size="xs">
            {lab.action && <span>{lab.action}</span>}
            {statement && (
              <span data-testid="deciding-statement">
                {t('eventDetails.decidingStatement')}: {statement.policyName} {statement.sid ?? `#${statement.statementIndex + 1}`}
              </span>
            )}
            {record.errorMessage && <span data-testid="event-error-message">{record.errorMessage}</span>}
          </SpaceBetween>
        </Alert>
      )}
      <Container header={<Header variant="h2">{t('eventDetails.record')}</Header>}>
        <JsonBlock text={event.CloudTrailEvent} />
      </Container>
    </SpaceBetween>
  );
}
