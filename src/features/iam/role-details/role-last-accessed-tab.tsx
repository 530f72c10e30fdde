import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useServiceLastAccessed } from '../../../api/iam/last-accessed';
import type { ServiceLastAccessed } from '../../../cloud/services/iam/get-service-last-accessed-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';

/** Last Accessed: the services the role's sessions used in the 400-day tracking period (facts §1.3). */
export function RoleLastAccessedTab({ roleArn }: { roleArn: string }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useServiceLastAccessed(roleArn);
  const rows = data?.ServicesLastAccessed ?? [];
  return (
    <Table<ServiceLastAccessed>
      header={<Header variant="h2" counter={`(${rows.length})`} description={t('lastAccessed.description')}>{t('lastAccessed.title')}</Header>}
      trackBy="ServiceNamespace"
      loading={isPending}
      loadingText={t('app.loading')}
      items={error ? [] : rows}
      empty={error ? <AwsErrorAlert error={error} /> : t('lastAccessed.empty')}
      columnDefinitions={[
        { id: 'service', header: t('lastAccessed.service'), cell: (s) => s.ServiceName, isRowHeader: true },
        {
          id: 'lastAccessed', header: t('lastAccessed.lastAccessed'),
          cell: (s) => (s.LastAuthenticated ? formatConsoleDate(s.LastAuthenticated, i18n.language) : t('lastAccessed.notAccessed')),
        },
      ]}
    />
  );
}
